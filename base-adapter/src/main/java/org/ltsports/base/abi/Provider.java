package org.ltsports.base.abi;

/** Where a needed library resolved: in the LTS release, in a keg of the prefix, on the host, or nowhere. */
public enum Provider {
    BASE, KEG, HOST, MISSING
}

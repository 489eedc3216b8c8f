package org.ltsports.base;

/**
 * How a release binds builds. A {@code SYSROOT} release brings its own libc and dynamic loader;
 * an {@code OVERLAY} release provides libraries only and runs on the host's libc.
 */
public enum ReleaseMode {
    SYSROOT, OVERLAY
}

package org.ltsports.base.plan;

/**
 * What a pin does to a keg (DESIGN §3). KEEP: nothing. REPOINT: rewrite its interpreter, DT_RPATH and
 * text references to the new release, no rebuild. REBUILD: build it again from its recipe.
 */
public enum Decision {
    KEEP, REPOINT, REBUILD
}

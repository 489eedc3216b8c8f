package org.ltsports.ports.unpack;

/**
 * One entry of an archive as read, before any check: its name in the archive, what kind of
 * thing it is, its permission bits, and for links the target as written in the archive.
 */
record Member(String name, Kind kind, int mode, String linkTarget) {

    enum Kind { FILE, DIRECTORY, SYMLINK, HARDLINK, SPECIAL }
}

package org.ltsports.ports.unpack;

import java.nio.file.attribute.FileTime;

/**
 * One entry of an archive as read, before any check: its name in the archive, what kind of
 * thing it is, its permission bits, for links the target as written in the archive, and its
 * modification time (null when the archive has none). Times matter: make compares them, and a
 * source tree unpacked with fresh times asks to regenerate its configure script.
 */
record Member(String name, Kind kind, int mode, String linkTarget, FileTime modified) {

    Member(String name, Kind kind, int mode, String linkTarget) {
        this(name, kind, mode, linkTarget, null);
    }

    enum Kind { FILE, DIRECTORY, SYMLINK, HARDLINK, SPECIAL }
}

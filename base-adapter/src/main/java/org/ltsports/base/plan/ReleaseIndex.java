package org.ltsports.base.plan;

import java.util.HashMap;
import java.util.Map;
import org.ltsports.base.abi.ComponentAbi;
import org.ltsports.base.abi.LibraryAbi;
import org.ltsports.base.abi.ReleaseAbi;

/** A release's libraries by SONAME and its components by name and by the SONAMEs they provide. */
final class ReleaseIndex {

    final ReleaseAbi abi;
    private final Map<String, LibraryIndex> libraries = new HashMap<>();
    private final Map<String, ComponentAbi> providers = new HashMap<>();
    private final Map<String, ComponentAbi> components = new HashMap<>();

    ReleaseIndex(ReleaseAbi abi) {
        this.abi = abi;
        for (ComponentAbi component : abi.components()) {
            components.put(component.name(), component);
            for (LibraryAbi library : component.libraries()) {
                libraries.putIfAbsent(library.soname(), LibraryIndex.of(library, component.name()));
                providers.putIfAbsent(library.soname(), component);
            }
        }
    }

    LibraryIndex library(String soname) {
        return libraries.get(soname);
    }

    /** The component that provides a SONAME, null when none does. */
    ComponentAbi provider(String soname) {
        return providers.get(soname);
    }

    ComponentAbi component(String name) {
        return components.get(name);
    }

    String name() {
        return abi.name();
    }

    String path() {
        return abi.path();
    }

    /** True when a path lies in this release ({@code /lts/1.0} or below). */
    boolean contains(String path) {
        return path != null && (path.equals(abi.path()) || path.startsWith(abi.path() + "/"));
    }
}

package org.ltsports.base.abi;

import java.util.List;

/**
 * What the rebuild planner knows of an installed keg.
 *
 * @param name           the keg (recipe) name
 * @param dependencies   the kegs it depends on at run time
 * @param elfFiles       the linkage of each ELF file in it
 * @param textReferences the files that name the release it was built against (ELF files included)
 * @param baseComponents components it uses beyond what its ELF files show (headers only, data), by name
 */
public record KegFacts(String name, List<String> dependencies, List<ElfLinkage> elfFiles,
                       List<TextReference> textReferences, List<String> baseComponents) {

    public KegFacts {
        dependencies = List.copyOf(dependencies);
        elfFiles = List.copyOf(elfFiles);
        textReferences = List.copyOf(textReferences);
        baseComponents = List.copyOf(baseComponents);
    }
}

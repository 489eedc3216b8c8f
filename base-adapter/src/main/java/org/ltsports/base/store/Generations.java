package org.ltsports.base.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.ltsports.base.BaseException;

/** The generations of one release under {@code <root>/.generations/<release>/}, newest last. */
final class Generations {

    private final Path root;
    private final String release;
    private final Path dir;

    Generations(Path root, String release) {
        this.root = root;
        this.release = release;
        this.dir = root.resolve(".generations").resolve(release);
    }

    /** The generations in order; the newest is the current one. */
    List<Generation> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> numbered = entries.filter(p -> p.getFileName().toString().matches("[0-9]+"))
                    .sorted(Comparator.comparingInt(Generations::number)).toList();
            List<Generation> generations = new ArrayList<>();
            for (int i = 0; i < numbered.size(); i++) {
                Path tree = root.resolve(".store").resolve(Files.readSymbolicLink(numbered.get(i)).getFileName());
                generations.add(new Generation(release, number(numbered.get(i)), tree, i == numbered.size() - 1));
            }
            return generations;
        } catch (IOException e) {
            throw new BaseException("cannot read the generations of " + release + ": " + e.getMessage(), e);
        }
    }

    int next() {
        List<Generation> all = list();
        return all.isEmpty() ? 1 : all.get(all.size() - 1).number() + 1;
    }

    /** Records a new generation pointing at a tree of the store. */
    Generation add(int number, Path tree) {
        try {
            Files.createDirectories(dir);
            Files.createSymbolicLink(dir.resolve(Integer.toString(number)),
                    Path.of("../../.store").resolve(tree.getFileName()));
            return new Generation(release, number, tree, true);
        } catch (IOException e) {
            throw new BaseException("cannot record generation " + number + " of " + release + ": " + e.getMessage(), e);
        }
    }

    void remove(Generation generation) {
        try {
            Files.delete(dir.resolve(Integer.toString(generation.number())));
        } catch (IOException e) {
            throw new BaseException("cannot remove generation " + generation.number() + " of " + release
                    + ": " + e.getMessage(), e);
        }
    }

    private static int number(Path entry) {
        return Integer.parseInt(entry.getFileName().toString());
    }
}

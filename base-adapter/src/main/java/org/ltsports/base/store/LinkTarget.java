package org.ltsports.base.store;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Rewrites a link's target so that it points inside the tree, read as the tree's chroot reads it. */
final class LinkTarget {

    private LinkTarget() {
    }

    /**
     * The target to write for a link at {@code link} (relative to the tree top): unchanged when it is
     * relative and stays inside the tree; else relative from the link's directory to where the tree's
     * chroot would resolve it ({@code /usr/lib/x} becomes {@code ../usr/lib/x} for a link in {@code lib/}, {@code x} for one in {@code usr/lib/}).
     */
    static String inTree(Path link, Path target) {
        Deque<String> resolved = new ArrayDeque<>();
        Path parent = link.getParent();
        if (!target.isAbsolute() && parent != null) {
            parent.forEach(part -> resolved.addLast(part.toString()));
        }
        boolean escapes = false;
        for (Path part : target) {
            String name = part.toString();
            if (name.equals("..")) {
                escapes |= resolved.isEmpty();
                resolved.pollLast();
            } else if (!name.equals(".") && !name.isEmpty()) {
                resolved.addLast(name);
            }
        }
        if (!target.isAbsolute() && !escapes) {
            return target.toString();
        }
        List<String> from = new ArrayList<>();
        if (parent != null) {
            parent.forEach(part -> from.add(part.toString()));
        }
        List<String> to = new ArrayList<>(resolved);
        int common = 0;
        while (common < from.size() && common < to.size() && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder relative = new StringBuilder();
        for (int i = common; i < from.size(); i++) {
            relative.append(relative.length() == 0 ? "" : "/").append("..");
        }
        for (String name : to.subList(common, to.size())) {
            relative.append(relative.length() == 0 ? "" : "/").append(name);
        }
        return relative.length() == 0 ? "." : relative.toString();
    }
}

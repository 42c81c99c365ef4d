package org.ketamineinfo.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The first stage: finds the content files under the root and reads each as UTF-8 text. Anything the
 * site does not understand (a folder, a file type, a link out of the folder, a file too large or not
 * UTF-8) is a problem here, so later stages see only readable files of known kinds.
 */
final class ContentFiles {

    private static final Pattern ARTICLE_FILE = Pattern.compile("articles/[^/]+\\.md");
    private static final Pattern PAGE_FILE = Pattern.compile("pages/[^/]+\\.md");

    private ContentFiles() {
    }

    /**
     * A file as last read, with the size and time it had then: an unchanged one is not read again, and
     * {@link #find} hands back this {@code source} (for an article or page, without its text).
     */
    record Stamped(long size, FileTime modified, SourceFile source) {
    }

    static final class Found {
        /** Every file read (or reused), by its display name, for the next load. */
        final Map<String, Stamped> stamps = new HashMap<>();
        @Nullable SourceFile sectionsFile;
        @Nullable SourceFile glossaryFile;
        @Nullable SourceFile prepareFile;
        final List<SourceFile> articles = new ArrayList<>();
        final List<SourceFile> pages = new ArrayList<>();
        /** The newest modification time of a content file or folder (a deleted file changes its folder's). */
        FileTime newest = FileTime.fromMillis(0);
        /** What was on disk, for the next load to patch; null when it must walk the folder again. */
        @Nullable Listing listing;

        private void saw(FileTime modified) {
            if (modified.compareTo(newest) > 0) {
                newest = modified;
            }
        }
    }

    /** A file of a kind the site reads, as seen on disk. */
    record Entry(Path file, String display, String kind, long size, FileTime modified, boolean link) {
    }

    /**
     * One folder's files as last seen, and what was wrong with the ones the site does not understand. A
     * reload the watcher can account for patches this instead of walking thousands of files again.
     *
     * @param folders the folders the walk entered ({@code articles}, {@code pages})
     * @param patchable false when the walk broke off or met a symbolic link (a link's target can change
     *     without an event for the link), so the next load walks again
     */
    record Listing(Map<String, Entry> files, Map<String, ContentProblem> fileProblems,
            List<ContentProblem> folderProblems, Set<String> folders, boolean patchable) {
    }

    static Found find(Path root, String rootName, List<ContentProblem> problems) {
        return find(root, rootName, problems, Map.of(), null, null, Set.of());
    }

    /**
     * @param before the files of the last load: one the watcher did not name, with the same size and
     *     modification time, is taken from there instead of being read again
     * @param last what the last load saw on disk; with {@code changed}, it is patched instead of walking
     * @param changed every file and folder the watcher saw change since the last load; null when it cannot
     *     tell (at start-up, after a lost event), and then every file is read
     * @param editionFolders top-level folders that hold another edition ({@code es}), read on their own
     */
    static Found find(Path root, String rootName, List<ContentProblem> problems, Map<String, Stamped> before,
            @Nullable Listing last, @Nullable Set<Path> changed, Set<String> editionFolders) {
        Set<String> named = changed == null ? null : relative(root, changed);
        Listing listing = last == null || named == null ? null : patch(root, rootName, last, named, editionFolders);
        if (listing == null) {
            listing = walk(root, rootName, editionFolders);
        }
        Found crawl = new Found();
        crawl.listing = listing.patchable() ? listing : null;
        problems.addAll(listing.folderProblems());
        problems.addAll(listing.fileProblems().values());
        crawl.saw(folderTime(root));
        for (String folder : listing.folders()) {
            crawl.saw(folderTime(root.resolve(folder)));
        }
        Set<String> namedFiles = named == null ? null : new HashSet<>();
        if (named != null) {
            named.forEach(relative -> namedFiles.add(rootName + "/" + relative));
        }
        List<Visited> visited = new ArrayList<>(listing.files().size());
        for (Entry entry : listing.files().values()) {
            Stamped earlier = entry.link() ? null : before.get(entry.display());
            // Only the watcher's word tells an edit that kept the size and the time (see the tests).
            boolean unnamed = namedFiles != null && !namedFiles.contains(entry.display());
            boolean same = unnamed && earlier != null && earlier.size() == entry.size()
                    && earlier.modified().equals(entry.modified());
            visited.add(new Visited(entry, same ? earlier.source() : null));
        }
        // Read on every core: one core alone spent 3 s reading 10,000 articles.
        List<Read> reads = EveryCore.map(visited, file -> file.kept() != null ? new Read(file.kept(), List.of())
                : read(file.entry().file(), file.entry().display()));
        for (int i = 0; i < visited.size(); i++) {
            Entry file = visited.get(i).entry();
            SourceFile source = reads.get(i).source();
            problems.addAll(reads.get(i).problems());
            if (source == null) {
                continue;
            }
            crawl.saw(file.modified());
            // Articles and pages are the bulk of a site: the next load needs only their place.
            boolean bulk = file.kind().equals("article") || file.kind().equals("page");
            SourceFile kept = visited.get(i).kept() != null || !bulk ? source : source.forgetText(file.file());
            crawl.stamps.put(file.display(), new Stamped(file.size(), file.modified(), kept));
            switch (file.kind()) {
                case "sections" -> crawl.sectionsFile = source;
                case "glossary" -> crawl.glossaryFile = source;
                case "prepare" -> crawl.prepareFile = source;
                case "article" -> crawl.articles.add(source);
                default -> crawl.pages.add(source);
            }
        }
        crawl.articles.sort(Comparator.comparing(SourceFile::display));
        crawl.pages.sort(Comparator.comparing(SourceFile::display));
        return crawl;
    }

    /** Every file and folder under the root, classified. */
    private static Listing walk(Path root, String rootName, Set<String> editionFolders) {
        Map<String, Entry> files = new HashMap<>();
        Map<String, ContentProblem> fileProblems = new HashMap<>();
        List<ContentProblem> folderProblems = new ArrayList<>();
        Set<String> folders = new HashSet<>();
        Set<String> links = new HashSet<>();
        boolean whole = true;
        try {
            Path realRoot = root.toRealPath();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = root.relativize(dir).toString().replace('\\', '/');
                    if (dir.getFileName().toString().startsWith(".") || editionFolders.contains(relative)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!relative.equals("articles") && !relative.equals("pages")) {
                        folderProblems.add(new ContentProblem(rootName + "/" + relative, 0, "unexpected folder; "
                                + "content holds only articles/, pages/, sections.yml and glossary.yml"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.add(relative);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.CONTINUE; // editors' swap and lock files
                    }
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    String display = rootName + "/" + relative;
                    if (attrs.isSymbolicLink()) {
                        links.add(display);
                        if (!insideRoot(file, realRoot)) {
                            fileProblems.put(display, new ContentProblem(display, 0, "symbolic link to a file outside "
                                    + "the content folder; copy the file in instead"));
                            return FileVisitResult.CONTINUE;
                        }
                        if (!Files.isRegularFile(file)) {
                            fileProblems.put(display, new ContentProblem(display, 0, "symbolic link to something that "
                                    + "is not a file; replace it with the file itself"));
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    classify(file, relative, display, attrs, files, fileProblems);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            folderProblems.add(new ContentProblem(rootName, 0, "could not read the content folder: " + e.getMessage()));
            whole = false;
        }
        return new Listing(files, fileProblems, folderProblems, folders, whole && links.isEmpty());
    }

    /**
     * The last listing (never one with a link: see {@link Listing#patchable}) with the named files looked
     * at again, or null when a walk is needed: a folder or a link was named, or a file somewhere the last
     * walk did not go (it has things to report there).
     */
    private static @Nullable Listing patch(Path root, String rootName, Listing last, Set<String> named,
            Set<String> editionFolders) {
        Map<String, Entry> files = new HashMap<>(last.files());
        Map<String, ContentProblem> fileProblems = new HashMap<>(last.fileProblems());
        for (String relative : named) {
            String[] parts = relative.split("/");
            if (editionFolders.contains(parts[0]) || parts[parts.length - 1].startsWith(".")) {
                continue; // another edition's file, or an editor's swap file: the walk skips them too
            }
            if (parts.length > 2 || parts.length == 2 && !last.folders().contains(parts[0])
                    || parts.length == 1 && (relative.equals("articles") || relative.equals("pages"))) {
                return null;
            }
            Path file = root.resolve(relative);
            String display = rootName + "/" + relative;
            files.remove(display);
            fileProblems.remove(display);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException deleted) {
                if (last.folderProblems().stream().anyMatch(problem -> problem.file().equals(display))) {
                    return null; // an unexpected folder went away: its problem goes with it
                }
                continue;
            } catch (IOException e) {
                return null;
            }
            if (!attrs.isRegularFile()) {
                return null;
            }
            classify(file, relative, display, attrs, files, fileProblems);
        }
        return new Listing(files, fileProblems, last.folderProblems(), last.folders(), true);
    }

    private static void classify(Path file, String relative, String display, BasicFileAttributes attrs,
            Map<String, Entry> files, Map<String, ContentProblem> fileProblems) {
        String kind = kind(relative);
        if (kind.equals("unknown")) {
            fileProblems.put(display, new ContentProblem(display, 0, unexpectedFileMessage(relative)));
        } else {
            files.put(display, new Entry(file, display, kind, attrs.size(), attrs.lastModifiedTime(),
                    attrs.isSymbolicLink()));
        }
    }

    /** The changed paths under the root, relative to it with / between names. */
    private static Set<String> relative(Path root, Set<Path> changed) {
        Path absolute = root.toAbsolutePath().normalize();
        Set<String> relative = new HashSet<>();
        for (Path path : changed) {
            if (path.startsWith(absolute) && !path.equals(absolute)) {
                relative.add(absolute.relativize(path).toString().replace('\\', '/'));
            }
        }
        return relative;
    }

    /** A folder's modification time (a file added or deleted changes it), or the epoch when it is gone. */
    private static FileTime folderTime(Path folder) {
        try {
            return Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .lastModifiedTime();
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }

    private static boolean insideRoot(Path file, Path realRoot) {
        try {
            return file.toRealPath().startsWith(realRoot);
        } catch (IOException broken) {
            return false;
        }
    }

    private static String kind(String relative) {
        if (relative.equals("sections.yml")) {
            return "sections";
        }
        if (relative.equals("glossary.yml")) {
            return "glossary";
        }
        if (relative.equals("prepare.yml")) {
            return "prepare";
        }
        if (ARTICLE_FILE.matcher(relative).matches()) {
            return "article";
        }
        if (PAGE_FILE.matcher(relative).matches()) {
            return "page";
        }
        return "unknown";
    }

    private static String unexpectedFileMessage(String relative) {
        if (relative.endsWith(".markdown") || relative.endsWith(".txt")) {
            return "unexpected file; articles and pages must end in .md";
        }
        return "unexpected file; content holds only articles/*.md, pages/*.md, sections.yml, glossary.yml and "
                + "prepare.yml";
    }

    /** A content file found by the crawl, and its source from the last load when it is unchanged. */
    private record Visited(Entry entry, @Nullable SourceFile kept) {
    }

    /** A file's text, or the problems that kept it from being read. */
    private record Read(@Nullable SourceFile source, List<ContentProblem> problems) {
    }

    private static Read read(Path file, String display) {
        List<ContentProblem> problems = new ArrayList<>(1);
        return new Read(read(file, display, problems), problems);
    }

    private static @Nullable SourceFile read(Path file, String display, List<ContentProblem> problems) {
        try {
            long size = Files.size(file);
            if (size > ContentLoader.MAX_FILE_BYTES) {
                problems.add(new ContentProblem(display, 0, "file is " + (size + 1023) / 1024 + " KiB; the limit is "
                        + ContentLoader.MAX_FILE_BYTES / 1024 + " KiB, so split it into smaller articles"));
                return null;
            }
            return new SourceFile(display, decode(file));
        } catch (CharacterCodingException notUtf8) {
            problems.add(new ContentProblem(display, 0, "file is not UTF-8 text; save it as UTF-8 in your editor"));
        } catch (IOException e) {
            problems.add(new ContentProblem(display, 0, "could not read the file: " + e.getMessage()));
        }
        return null;
    }

    /** A file's text: strict UTF-8 (an invalid byte is an error, not a replacement), no BOM, \n line ends. */
    static String decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        // The String constructor is the JDK's fast path but replaces invalid bytes with U+FFFD; only a
        // text that has one (a writer may also have typed it) is decoded again strictly to tell which.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}

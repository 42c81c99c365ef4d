package org.ketamineinfo.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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

        private void saw(FileTime modified) {
            if (modified.compareTo(newest) > 0) {
                newest = modified;
            }
        }
    }

    static Found find(Path root, String rootName, List<ContentProblem> problems) {
        return find(root, rootName, problems, Map.of(), file -> true, Set.of());
    }

    /**
     * @param before the files of the last load: one that {@code maybeChanged} does not name, with the same
     *     size and modification time, is taken from there instead of being read again
     * @param maybeChanged the files an edit may have touched (all of them when the caller cannot tell)
     * @param editionFolders top-level folders that hold another edition ({@code es}), read on their own
     */
    static Found find(Path root, String rootName, List<ContentProblem> problems, Map<String, Stamped> before,
            Predicate<Path> maybeChanged, Set<String> editionFolders) {
        Found crawl = new Found();
        List<Visited> visited = new ArrayList<>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        crawl.saw(attrs.lastModifiedTime());
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = root.relativize(dir).toString().replace('\\', '/');
                    if (dir.getFileName().toString().startsWith(".") || editionFolders.contains(relative)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!relative.equals("articles") && !relative.equals("pages")) {
                        problems.add(new ContentProblem(rootName + "/" + relative, 0, "unexpected folder; content "
                                + "holds only articles/, pages/, sections.yml and glossary.yml"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    crawl.saw(attrs.lastModifiedTime());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".")) {
                        return FileVisitResult.CONTINUE; // editors' swap and lock files
                    }
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    String display = rootName + "/" + relative;
                    if (attrs.isSymbolicLink()) {
                        if (!insideRoot(file, realRoot)) {
                            problems.add(new ContentProblem(display, 0, "symbolic link to a file outside the content "
                                    + "folder; copy the file in instead"));
                            return FileVisitResult.CONTINUE;
                        }
                        if (!Files.isRegularFile(file)) {
                            problems.add(new ContentProblem(display, 0, "symbolic link to something that is not a "
                                    + "file; replace it with the file itself"));
                            return FileVisitResult.CONTINUE;
                        }
                    }
                    String kind = kind(relative);
                    if (kind.equals("unknown")) {
                        problems.add(new ContentProblem(display, 0, unexpectedFileMessage(relative)));
                        return FileVisitResult.CONTINUE;
                    }
                    Stamped earlier = attrs.isSymbolicLink() ? null : before.get(display);
                    boolean same = earlier != null && earlier.size() == attrs.size()
                            && earlier.modified().equals(attrs.lastModifiedTime()) && !maybeChanged.test(file);
                    visited.add(new Visited(file, display, kind, attrs, same ? earlier.source() : null));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new ContentProblem(rootName, 0, "could not read the content folder: " + e.getMessage()));
        }
        // Read on every core: one core alone spent 3 s reading 10,000 articles.
        List<Read> reads = EveryCore.map(visited, file -> file.kept() != null ? new Read(file.kept(), List.of())
                : read(file.file(), file.display()));
        for (int i = 0; i < visited.size(); i++) {
            Visited file = visited.get(i);
            SourceFile source = reads.get(i).source();
            problems.addAll(reads.get(i).problems());
            if (source == null) {
                continue;
            }
            crawl.saw(file.attrs().lastModifiedTime());
            // Articles and pages are the bulk of a site: the next load needs only their place.
            boolean bulk = file.kind().equals("article") || file.kind().equals("page");
            SourceFile kept = file.kept() != null || !bulk ? source : source.forgetText(file.file());
            crawl.stamps.put(file.display(), new Stamped(file.attrs().size(), file.attrs().lastModifiedTime(), kept));
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
    private record Visited(Path file, String display, String kind, BasicFileAttributes attrs,
            @Nullable SourceFile kept) {
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

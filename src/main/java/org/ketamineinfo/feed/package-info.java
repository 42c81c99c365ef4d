/**
 * Pages for machines, published with each snapshot like every other page: the sitemap, robots.txt and
 * an Atom feed of the articles. XML is written with the JDK's StAX writer, which does the escaping.
 */
@NullMarked
package org.ketamineinfo.feed;

import org.jspecify.annotations.NullMarked;

/**
 * The content pipeline: reads {@code content/}, validates it, renders Markdown once and publishes an
 * immutable {@link org.ketamineinfo.content.SiteContent} snapshot. No web imports here.
 */
@NullMarked
package org.ketamineinfo.content;

import org.jspecify.annotations.NullMarked;

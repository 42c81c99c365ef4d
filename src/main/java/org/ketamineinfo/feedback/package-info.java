/**
 * "Was this page helpful?": what a reader's answer and comment become before they are stored, and the
 * store itself (an embedded H2 file by default, PostgreSQL when several instances share one).
 */
@NullMarked
package org.ketamineinfo.feedback;

import org.jspecify.annotations.NullMarked;

/** "Prepare for your appointment": a checklist built from the reader's answers, stored nowhere. */
@NullMarked
package org.ketamineinfo.prepare;

import org.jspecify.annotations.NullMarked;

/** Site-wide plumbing: settings, MVC configuration, error pages. */
@NullMarked
package org.ketamineinfo.system;

import org.jspecify.annotations.NullMarked;

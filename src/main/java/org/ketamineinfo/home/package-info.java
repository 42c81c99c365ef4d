@NullMarked
package org.ketamineinfo.home;

import org.jspecify.annotations.NullMarked;

package org.ketamineinfo.content.clinical;

/** One place where content breaks a clinical rule, said as a writer needs it: where, what, and the fix. */
record Finding(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}

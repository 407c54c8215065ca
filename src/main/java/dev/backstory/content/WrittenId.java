package dev.backstory.content;

/** An id written on an element of the body, and where its value starts in the text. */
record WrittenId(String id, int offset) {}

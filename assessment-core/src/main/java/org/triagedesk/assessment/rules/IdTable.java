package org.triagedesk.assessment.rules;

import java.util.List;

/**
 * Question ids or option values to their index, built once at load: an open-addressed table probed
 * with the string's cached hash and compared by identity first (ids parsed by Jackson are interned,
 * as are the protocol's), so resolving an answer's key costs an array read in the common case and
 * no {@code HashMap} node walk.
 */
final class IdTable {

  private final String[] keys;
  private final int[] indexes;
  private final int mask;

  IdTable(List<String> ids) {
    int size = Integer.highestOneBit(Math.max(4, ids.size() * 4 - 1)) << 1;
    keys = new String[size];
    indexes = new int[size];
    mask = size - 1;
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i).intern();
      int slot = slot(id);
      while (keys[slot] != null) {
        if (keys[slot].equals(id)) {
          throw new IllegalArgumentException("duplicate id " + id);
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = id;
      indexes[slot] = i;
    }
  }

  /** The index of {@code id}, or -1 when it is not in the table (or null). */
  @SuppressWarnings(
      "ReferenceEquality") // identity first: the protocol's own interned ids, then equals
  int indexOf(String id) {
    if (id == null) {
      return -1;
    }
    int slot = slot(id);
    for (String key = keys[slot]; key != null; key = keys[slot]) {
      if (key == id || key.equals(id)) {
        return indexes[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private int slot(String id) {
    int hash = id.hashCode();
    return (hash ^ (hash >>> 16)) & mask;
  }
}

"""Sets of small integers (slots) as Python integers: bit `slot` set when the slot is in the
set. Intersections and counts of sets of 10,000 members cost a microsecond
(`a & b`, `bits.bit_count()`), which is what the catalogue's facet counts need."""

# 0 and 1 bytes as the ASCII digits "0" and "1": int() reads a string of 10,000 binary digits
# in C, much faster than setting bits one by one in Python.
DIGITS = bytes.maketrans(b"\x00\x01", b"01")


def from_marks(marks):
    """The bitset of the slots whose byte in `marks` (a bytearray) is 1."""
    return int(marks.translate(DIGITS)[::-1], 2) if marks else 0


def from_slots(slots, size):
    """The bitset of `slots` (integers in range(size))."""
    marks = bytearray(size)
    for slot in slots:
        marks[slot] = 1
    return from_marks(marks)


def full(size):
    """The bitset of range(size)."""
    return (1 << size) - 1


def slots_of(bits):
    """The slots of `bits`, ascending."""
    digits = bin(bits)[:1:-1]  # least significant bit first, without "0b"
    slots, position = [], digits.find("1")
    while position >= 0:
        slots.append(position)
        position = digits.find("1", position + 1)
    return slots


def union(bitsets):
    result = 0
    for bits in bitsets:
        result |= bits
    return result

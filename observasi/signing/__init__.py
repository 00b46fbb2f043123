"""Observer keys, PAdES signatures and their verification: the feedback sheet and the recap sign through here."""

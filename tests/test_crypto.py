"""The keyring's ciphertexts: ``encrypt_many`` (the bulk seed's path) writes what ``encrypt`` writes,
each value under its own nonce, bound to its column's context."""

from __future__ import annotations

import pytest

from rihai.crypto import Keyring, KeyringError


def test_encrypt_many_matches_encrypt_value_for_value() -> None:
    ring = Keyring.generate()
    texts = ["Ayesha Khan (SYNTHETIC)", "", "عائشہ", '["a", "b"]'] * 50
    sealed = ring.encrypt_many(texts, "persons.given_name")
    assert [ring.decrypt(c, "persons.given_name") for c in sealed] == texts
    one = ring.encrypt(texts[0], "persons.given_name")
    assert len(sealed[0]) == len(one) and sealed[0][:15] != one[:15]  # same layout, another nonce
    nonces = {c[3 + c[2]:15 + c[2]] for c in sealed}
    assert len(nonces) == len(texts)  # equal values never share a nonce or a ciphertext
    with pytest.raises(KeyringError):  # bound to the column: moved to another, it fails
        ring.decrypt(sealed[0], "persons.family_name")
    assert ring.encrypt_many([], "persons.given_name") == []


def test_the_column_type_binds_a_column_as_it_binds_a_value(keyring) -> None:  # type: ignore[no-untyped-def]
    from rihai.crypto import Encrypted, current_keyring

    col = Encrypted("persons.aliases", json_value=True)
    values = [["Thai wala (TEST)"], None, []]
    sealed = col.bind_many(values)
    assert sealed[1] is None
    assert [col.process_result_value(b, None) for b in sealed] == values
    assert current_keyring().decrypt(sealed[0], "persons.aliases") == '["Thai wala (TEST)"]'

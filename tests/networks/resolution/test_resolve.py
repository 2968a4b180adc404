"""resolve: who is one person, which records are one network, and the traps (namesakes, generic
numbers), reviews and stable ids. Every person here is synthetic ("Test ..." names, numbers in
mobile ranges chosen for the test)."""

from __future__ import annotations

import hashlib

from rihai.networks.resolution import Identifier, Reviews, parse_record, resolve


def records(*objs):
    return [parse_record(o)[0] for o in objs]


def rec(record_id, *people, **fields):
    return {"record_id": record_id, "people": list(people), **fields}


def person(ref, name=None, **fields):
    return {"ref": ref, "name": name, **fields} if name else {"ref": ref, **fields}


def entity(res, record_id, ref):
    return res.person(record_id, ref).entity_id


def network(res, record_id):
    return next(p.network_id for p in res.persons if p.record_id == record_id)


def test_one_recruiter_written_three_ways_across_agencies_is_one_entity_with_evidence():
    res = resolve(records(
        rec("case-1", person("r", "Muhammad Imran Butt", role="recruiter", phones=["0300-1234567"]), agency="NGO"),
        rec("tip-1", person("r", "محمد عمران بٹ", role="recruiter", phones=["+92 (300) 123 4567"]), agency="FIA"),
        rec("trace-1", person("r", "Thai wala", phones=["03OO l234567"])),
    ))
    ids = {entity(res, r, "r") for r in ("case-1", "tip-1", "trace-1")}
    assert len(ids) == 1
    assert len({network(res, r) for r in ("case-1", "tip-1", "trace-1")}) == 1
    link = next(l for l in res.links if {l.a, l.b} == {("case-1", "r"), ("tip-1", "r")})
    assert "phone" in link.evidence and any(e.startswith("name~") for e in link.evidence)
    assert 0.9 < link.probability <= 1.0
    ent = res.entities[ids.pop()]
    assert ("phone", "+923001234567") in ent.identifiers and "recruiter" in ent.roles


def test_namesakes_sharing_only_a_name_stay_two_people_in_two_networks():
    res = resolve(records(
        rec("a", person("r", "Test Recruiter Khan", role="recruiter", phones=["0300 1111111"]), licences=["OEP 0101/TST"]),
        rec("b", person("r", "Test Recruiter Khan", role="recruiter", phones=["0311 2222222"]), licences=["OEP 0202/TST"]),
        rec("c", person("r", "Test Recruiter Khan", role="recruiter")),
    ))
    assert len({entity(res, r, "r") for r in "abc"}) == 3
    assert len({network(res, r) for r in "abc"}) == 3


def test_a_name_with_shared_context_merges_licence_father_alias_or_cnic():
    res = resolve(records(
        rec("a", person("r", "Test Agent Malik", role="recruiter"), licences=["OEP 0696/RWP"]),
        rec("b", person("r", "Test Agent Malik", role="recruiter"), licences=["Licence No. 0696/Rawalpindi"]),
        rec("c", person("r", "Test Broker Awan", father_name="Test Elder Awan")),
        rec("d", person("r", "Test Broker Awan", father_name="Test Elder Awan")),
        rec("e", person("r", "Test Fixer Gill", aliases=["Dubai wala"])),
        rec("f", person("r", "Test Fixer Gill", aliases=["Dubai Wala"])),
        rec("g", person("r", "Test Dealer Shah", cnic="35202-1234567-1")),
        rec("h", person("r", "Test Dealer Shah", cnic="3520212345671")),
    ))
    for x, y in ("ab", "cd", "ef", "gh"):
        assert entity(res, x, "r") == entity(res, y, "r"), (x, y)
    assert len({entity(res, r, "r") for r in "aceg"}) == 4


def test_namesake_victims_of_one_network_stay_two_people():
    res = resolve(records(
        rec("a", person("r", "Test Recruiter Butt", role="recruiter", phones=["0300 1111111"]),
            person("v", "Test Victim Bibi", role="victim"), phones=["0321 5555555"]),
        rec("b", person("r", "Test Recruiter Butt", role="recruiter", phones=["0300 1111111"]),
            person("v", "Test Victim Bibi", role="victim"), phones=["0321 5555555"]),
    ))
    assert entity(res, "a", "r") == entity(res, "b", "r")
    assert entity(res, "a", "v") != entity(res, "b", "v")
    assert network(res, "a") == network(res, "b")


def test_different_names_on_one_phone_are_two_people_in_one_network():
    res = resolve(records(
        rec("a", person("r", "Test Recruiter Butt", phones=["0300 1111111"])),
        rec("b", person("r", "Test Driver Baloch", phones=["0300-1111111"])),
    ))
    assert entity(res, "a", "r") != entity(res, "b", "r")
    assert network(res, "a") == network(res, "b")
    assert any(l.kind == "phone" for l in res.record_links)


def test_public_and_caller_generic_numbers_never_join_networks_but_stay_as_evidence():
    res = resolve(records(
        rec("a", person("r", "Test One", phones=["1122"]), phones=["111-247-786"]),
        rec("b", person("r", "Test One", phones=["1122"]), phones=["051-111-247-786"]),
        rec("c", person("r", "Test Two", phones=["0300 9999999"])),
        rec("d", person("r", "Test Three", phones=["0300-9999999"])),
    ), generic=[("phone", "+92 300 9999999")])
    assert len({network(res, r) for r in "abcd"}) == 4
    assert entity(res, "a", "r") != entity(res, "b", "r")
    assert res.generic[("phone", "1122")].startswith("public number")
    assert "111247786" in dict(res.generic).get(("phone", "111247786"), "") or ("phone", "111247786") in res.generic
    assert res.generic[("phone", "+923009999999")] == "listed as generic by the caller"


def test_a_frequent_number_with_no_one_name_behind_it_is_generic_by_structure():
    bus = "+92 51 5550100"
    objs = [rec(f"r{i}", person("v", f"Test Victim {chr(65 + i % 26)}{chr(65 + i // 26)}", role="victim"),
                person("a", f"Test Agent {chr(65 + i % 26)}{chr(65 + i // 26)}", phones=[f"0300 {1000000 + i}"]),
                phones=[bus]) for i in range(40)]
    # A recruiter's phone as frequent, always beside his name, is not generic.
    objs += [rec(f"s{i}", person("v", f"Test Victim Z{chr(65 + i % 26)}{i}", role="victim"),
                 person("a", "Test Recruiter Qureshi", phones=["0345 7654321"])) for i in range(40)]
    res = resolve(records(*objs))
    assert ("phone", "+92515550100") in res.generic
    assert ("phone", "+923457654321") not in res.generic
    assert len({network(res, f"r{i}") for i in range(40)}) == 40
    assert len({network(res, f"s{i}") for i in range(40)}) == 1


def test_reviews_same_always_merges_and_different_never_ends_in_one_entity():
    objs = [rec("a", person("r", "Test Agent Malik", phones=["0300 1111111"])),
            rec("b", person("r", "Test Agent Malik", phones=["0300 1111111"], cnic="35202-1234567-1")),
            rec("c", person("r", "Test Agent Malik", cnic="3520212345671")),
            rec("d", person("r", "Test Someone Else"))]
    plain = resolve(records(*objs))
    assert len({entity(plain, r, "r") for r in "abc"}) == 1
    reviewed = resolve(records(*objs), reviews=Reviews(
        same=frozenset({frozenset({("a", "r"), ("d", "r")})}),
        different=frozenset({frozenset({("a", "r"), ("c", "r")})})))
    assert entity(reviewed, "a", "r") == entity(reviewed, "d", "r")
    assert entity(reviewed, "a", "r") != entity(reviewed, "c", "r")
    # Split minimally: b stays with one side, not alone.
    assert entity(reviewed, "b", "r") in {entity(reviewed, "a", "r"), entity(reviewed, "c", "r")}
    assert any("review:same" in l.evidence for l in reviewed.links)


def test_ids_are_stable_when_more_data_arrives():
    base = [rec("case-2", person("r", "Test Agent Malik", phones=["0300 1111111"])),
            rec("case-5", person("r", "Test Agent Malik", phones=["0300-1111111"]))]
    first = resolve(records(*base))
    more = resolve(records(*base, rec("case-9", person("r", "Test Agent Malik", phones=["+923001111111"])),
                           rec("case-0", person("x", "Test Stranger"))))
    assert entity(first, "case-2", "r") == entity(more, "case-9", "r") == entity(more, "case-2", "r")
    assert network(first, "case-5") == network(more, "case-9")
    smallest = hashlib.sha256("case-2\x1fr".encode()).hexdigest()[:12]
    assert entity(first, "case-2", "r") == "E-" + smallest
    assert network(first, "case-2") == "N-" + hashlib.sha256(b"case-2").hexdigest()[:12]


def test_the_callers_key_is_applied_and_keyed_identifiers_are_used_as_they_are():
    def digest(kind, value):
        return "k:" + hashlib.sha256(f"{kind}|{value}".encode()).hexdigest()[:16]

    keyed = digest("phone", "+923001234567")
    recs = records(rec("a", person("r", "Test Agent Malik", phones=["0300 1234567"])))
    recs.append(parse_record(rec("b", person("r", "Test Agent Malik")))[0])
    b = recs[1]
    b = type(b)(record_id="b", people=(type(b.people[0])(ref="r", name="Test Agent Malik",
                                                           identifiers=(Identifier("phone", keyed, keyed=True),)),))
    res = resolve([recs[0], b], key=digest)
    assert entity(res, "a", "r") == entity(res, "b", "r")
    ent = res.entities[entity(res, "a", "r")]
    assert ent.identifiers == (("phone", keyed),)
    assert all("+92" not in link.key for link in res.record_links)


def test_progress_is_reported_and_empty_input_resolves_to_nothing():
    seen = []
    res = resolve(records(rec("a", person("r", "Test One"))), progress=lambda s, d, t: seen.append(s))
    assert {"normalise", "link"} <= set(seen) and len(res.persons) == 1
    empty = resolve([])
    assert empty.persons == [] and empty.networks == {}

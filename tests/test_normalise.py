"""The matching view: folded forms, separators removed, offsets that map back exactly, clause boundaries, pinyin."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from audit.analysers.pii import _simplified_view
from audit.normalise import DIALECT_FILE, fold_dialect, normalise, normalise_term, pinyin_keys, pinyin_tokens
from audit.rulepack import read_yaml


@pytest.mark.parametrize(("text", "view"), [
    pytest.param("ＡＢＣ１２３ｓｂ", "abc123sb", id="full-width"),
    pytest.param("打斷你的腿", "打断你的腿", id="traditional"),
    pytest.param("我們從未說過要起訴", "我们从未说过要起诉", id="traditional-sentence"),
    pytest.param("頭髮乾淨", "头发干净", id="traditional-phrase"),
    pytest.param("等著進看守所吧", "等着进看守所吧", id="taiwan-zhe"),
    pytest.param("什么这么", "什么这么", id="simplified-unchanged"),
    pytest.param("SB 傻逼 ShaBi", "sb傻逼shabi", id="case-and-spaces"),
    pytest.param("傻 逼", "傻逼", id="space"),
    pytest.param("傻*逼", "傻逼", id="symbol"),
    pytest.param("傻😊逼", "傻逼", id="emoji"),
    pytest.param("傻\u200b逼", "傻逼", id="zero-width-space"),
    pytest.param("傻\u200d逼", "傻逼", id="zero-width-joiner"),
    pytest.param("傻\ufeff逼", "傻逼", id="bom"),
    pytest.param("傻\u2060逼", "傻逼", id="word-joiner"),
    pytest.param("傻\u3000\t逼", "傻逼", id="ideographic-space-and-tab"),
    pytest.param("打-断-你-的-腿！！", "打断你的腿", id="hyphens"),
    pytest.param("还款日：2026年7月1日。", "还款日2026年7月1日", id="digits-kept"),
    pytest.param("恁再不还，俺们明儿去恁单位", "你再不还我们明儿去你单位", id="henan-pronouns"),
    pytest.param("我哋知你哋住边，叫佢哋还钱", "我们知你们住边叫他们还钱", id="cantonese-pronouns"),
    pytest.param("伊利牛奶，阮小姐，汝州分行", "伊利牛奶阮小姐汝州分行", id="names-not-folded"),
    pytest.param("我哋知你喺邊度住，聽日唔還就去你屋企", "我们知你在哪里住明天不还就去你家里", id="cantonese-words"),
    pytest.param("唔好再拖，唔好意思，好唔好", "不要再拖不好意思好不好", id="cantonese-do-not"),
    pytest.param("阿拉晓得侬住勒浦东，阿拉伯语", "我们知道你住在浦东阿拉伯语", id="wu-words"),
    pytest.param("耽搁了，心狠手辣，拉拢", "耽搁了心狠手辣拉拢", id="pii-only-folds-kept-out"),
    pytest.param("重点解决，不使用暴力", "重点解决不使用暴力", id="mandarin-words-not-folded"),
])
def test_view_folds_dodges(text: str, view: str) -> None:
    assert normalise(text).text == view


@pytest.mark.parametrize("text", ["傻 逼", "傻*逼", "ｓ ｂ", "打斷 你的腿", "我们。。不会 上门！", "a\u200bb\u200cc"])
def test_every_view_char_maps_to_the_char_it_came_from(text: str) -> None:
    view = normalise(text)
    for i, char in enumerate(view.text):
        start, end = view.to_original(i, i + 1)
        assert normalise(text[start:end]).text == char


def test_span_maps_back_to_the_original_as_written() -> None:
    text = "您好，再不还 钱就打＊断你的腿！"
    view = normalise(text)
    start = view.text.index("打断你的腿")
    ostart, oend = view.to_original(start, start + len("打断你的腿"))
    assert text[ostart:oend] == "打＊断你的腿"


def test_expanding_char_maps_all_its_outputs_to_itself() -> None:
    view = normalise("ﬁ㈱")         # NFKC: ﬁ -> fi, ㈱ -> (株)
    assert view.text == "fi株"
    assert view.to_original(0, 2) == (0, 1)
    assert view.to_original(2, 3) == (1, 2)


_ALPHABET = st.sampled_from(list("你是骗子我们会上门还钱傻逼打断腿說頭還錢ＡＢｓｂ１２ab ，。！？\n*😊\u200b\ufeff-"))


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join), st.data())
def test_any_view_span_maps_to_an_original_span_that_reads_the_same(text: str, data: st.DataObject) -> None:
    view = normalise(text)
    # a fold that reads a character by its neighbours (上们 -> 上门) holds only for the whole typo: see the typo tests
    assume(view.text == "".join(normalise(char).text for char in text))
    if not view.text:
        return
    start = data.draw(st.integers(0, len(view.text) - 1))
    end = data.draw(st.integers(start + 1, len(view.text)))
    ostart, oend = view.to_original(start, end)
    assert 0 <= ostart < oend <= len(text)
    assert normalise(text[ostart:oend]).text == view.text[start:end]


def test_sentence_end_is_a_boundary() -> None:
    view = normalise("你是骗子。我们会上门")
    hit = view.text.index("骗子我们")
    assert view.crosses_sentence(hit, hit + 4)
    assert not view.crosses_sentence(0, 4)


@pytest.mark.parametrize("text", ["傻。逼", "弄，死，你", "打断。你。的腿"])
def test_single_inserted_stop_inside_a_word_is_a_dodge_not_a_boundary(text: str) -> None:
    view = normalise(text)
    assert view.sentence_breaks == [] and view.clause_breaks == []


def test_clause_breaks_scope_a_clause() -> None:
    view = normalise("我们不会上门，但再不还就起诉")
    assert view.clause_breaks == [len("我们不会上门")]
    assert view.sentence_breaks == []
    assert view.clause_of(2, 4) == (0, 6)
    assert view.clause_of(8, 10) == (6, len(view.text))


def test_line_break_ends_a_sentence() -> None:
    assert normalise("您好请还款\n我们在你楼下").sentence_breaks == [5]


def test_pinyin_view_has_one_token_per_view_char() -> None:
    tokens = pinyin_tokens("你是傻b")
    assert tokens == "|ni|shi|sha|b|"


def test_pinyin_keys_of_two_syllable_term_need_some_latin() -> None:
    keys = pinyin_keys("傻逼")
    assert {"|sha|b|", "|s|bi|", "|s|h|a|b|i|", "|sha|b|i|"} <= set(keys)
    assert "|sha|bi|" not in keys      # pure homophones of two syllables (含沙比例) are not spelled out
    assert "|s|b|" not in keys         # nor two bare initials: sb is a lexicon term of its own


def test_pinyin_keys_of_longer_term_include_homophones_and_initials() -> None:
    keys = pinyin_keys("操你妈")
    assert {"|cao|ni|ma|", "|c|n|m|", "|c|a|o|n|i|m|a|"} <= set(keys)
    assert pinyin_keys("你妈死了")[0].startswith("|")
    assert "|n|m|s|l|" in pinyin_keys("你妈死了")


def test_pinyin_keys_cover_every_reading_of_a_polyphone() -> None:
    keys = pinyin_keys("曝光了")                   # 曝 reads pu (usual) and bao
    assert {"|pu|guang|le|", "|bao|guang|le|", "|b|g|l|"} <= set(keys)


def test_pinyin_keys_spell_the_u_after_j_q_x_y_also_as_v() -> None:
    assert {"|j|u|liu|", "|j|v|liu|", "|ju|l|i|u|"} <= set(pinyin_keys("拘留"))
    assert "|l|v|" not in pinyin_keys("路人")           # only the u that stands for ü: 路 (lu) is no lü


def test_pinyin_keys_of_a_long_term_allow_a_few_latin_typed_syllables_and_stay_few() -> None:
    keys = set(pinyin_keys("让你在公司待不下去"))
    assert "|rang|ni|zai|g|o|n|g|s|i|dai|bu|xia|qu|" in keys         # 让你在gongsi待不下去
    assert "|r|n|z|g|s|d|b|x|q|" in keys                             # initials throughout
    assert "|rang|n|i|zai|g|o|n|g|s|i|dai|bu|xia|qu|" not in keys   # three syllables typed: not spelt out
    assert len(keys) < 5000


def test_an_emoji_that_stands_for_a_word_reads_as_that_word_mapped_back_to_the_emoji() -> None:
    text = "再不还🔪你，⛓️👮明天到"
    view = normalise(text)
    assert view.text == "再不还刀你手铐警察明天到"
    start = view.text.index("手铐警察")
    assert view.to_original(start, start + 4) == (text.index("⛓"), text.index("👮") + 1)


def test_friendly_emoji_stay_separators() -> None:
    assert normalise("谢谢您😊🙏🌹☎️，祝好👍").text == "谢谢您祝好"


@pytest.mark.parametrize(("text", "view"), [
    pytest.param("你在不还，我就给你通训录里的人打一边", "你再不还我就给你通讯录里的人打一遍", id="refusal-contacts-round"),
    pytest.param("我不知到你己经换号了", "我不知道你已经换号了", id="know-already"),
    pytest.param("等着座牢吧，你门全家都知道", "等着坐牢吧你们全家都知道", id="prison-plural"),
])
def test_collectors_typos_read_as_the_word_meant(text: str, view: str) -> None:
    assert normalise(text).text == view


@pytest.mark.parametrize("text", [
    pytest.param("现在不还也没关系，月底前处理即可", id="now-not-again"),
    pytest.param("你在不在家？快递到了", id="are-you-home"),
    pytest.param("已经通知到了，请放心", id="notified"),
    pytest.param("我们放在你门口的通知单", id="your-door"),
    pytest.param("这是你自己经手的借款", id="yourself"),
    pytest.param("一边打电话一边骂人", id="while"),
])
def test_ordinary_words_holding_a_typo_stay(text: str) -> None:
    assert normalise(text).text == normalise_term(text) == "".join(c for c in text if c not in "，？")


def test_a_folded_typo_maps_back_to_the_typed_characters() -> None:
    text = "再拖，把你通训录全打一边"
    view = normalise(text)
    start = view.text.index("通讯录")
    assert text[slice(*view.to_original(start, start + 3))] == "通训录"
    assert view.text.endswith("全打一遍")


def test_lexicon_terms_fold_the_same_typos() -> None:
    assert normalise_term("通训录") == normalise_term("通讯录") == "通讯录"


@pytest.mark.parametrize("text", [
    "我哋知你喺邊度住，聽日唔還就去你屋企搵你阿媽",
    "侬再勿还，阿拉晓得侬住勒啥地方",
    "你老细话唔使咁急，佢哋仲冇還咗",
])
def test_wording_view_and_pii_view_fold_a_dialect_sentence_alike(text: str) -> None:
    """One table (lexicons/data/dialect.yml) for both views: the PII view (punctuation kept) reads the same words
    as the wording view (punctuation dropped), one character for one."""
    pii_view = _simplified_view(text)
    assert len(pii_view) == len(text)
    assert normalise(pii_view).text == normalise(text).text
    assert normalise_term(fold_dialect("我们知你在哪里住")) == "我们知你在哪里住"


def test_every_dialect_fold_keeps_its_length_and_reads_its_standard_form() -> None:
    data = read_yaml(DIALECT_FILE)
    for table in ("characters", "words"):
        for source, entry in data[table].items():
            standard = entry["as"] if isinstance(entry, dict) else entry
            assert len(source) == len(standard), source
            assert fold_dialect(source) == standard or (isinstance(entry, dict) and entry.get("unless_next")), source
            if not (isinstance(entry, dict) and entry.get("views") == "pii"):
                assert normalise_term(source) == normalise_term(standard), source

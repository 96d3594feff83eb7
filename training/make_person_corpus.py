"""`python -m training.make_person_corpus`: invented sentences with personal names marked, for the PERSON model.

Writes `training/person_corpus.jsonl`, one `{"text", "names": [[start, end], ...], "split"}` a line, from:
- sentences from templates in many registers (chats, comments on public figures, family talk, the office,
  collection SMS and calls), each slot filled with an invented name of one of many forms: surname + given
  name, compound surname, 小王 / 老李 / 王总 / 李姐 / 阿强, a doubled given name (丽丽), a given name alone,
  a foreign name in transliteration characters, a name after @;
- name-free templates full of look-alike words (小心, 老师, 金额, 王者), as sentences without names.
`cold_sentences` adds, at training time only (COLD's text is not copied into the project), COLD train
comments (Apache-2.0, `../shared/datasets/cold/train.csv`) with one 他 / 她 replaced by an invented name, so
that names also sit in real informal text, and COLD comments left as they are.
Role titles (王经理, 张先生) are not names here, as in the recognizer. No Weibo NER text is read. Names are
drawn at random from the recognizer's own tables (fixed seed): every name is invented.
"""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

from audit.recognizers.data import load_data

OUT = Path(__file__).parent / "person_corpus.jsonl"
COLD_TRAIN = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "cold" / "train.csv"
SEED = 20261203
DEV_SHARE = 0.1
TEMPLATE_SENTENCES = 9000
COLD_WITH_NAME = 5000
COLD_WITHOUT_NAME = 6000
COLD_ADDRESSED = 3000
# How a comment is addressed to someone, or reposted from them: {N} is the name.
ADDRESSES = ("{N}，", "@{N} ", "//@{N}:", "回复@{N}:", "{N}：", "{N}你", "和{N}说")
NEGATIVE_SENTENCES = 2500

# {N} is a name; {M} a second one. Registers: chats, comments, family, office, news, collection SMS and calls.
TEMPLATES = """
{N}今天发微博了，好开心
转发微博 //@{N}:哈哈哈笑死我了
@{N} 你看这个，是不是很像你
回复@{N}:谢谢亲，一起加油
{N}的新歌太好听了，单曲循环一整天
我家{N}最帅了，谁也别跟我抢
{N}和{M}同框了！！！
支持{N}，永远爱你
刚看了{N}的电影，哭成狗
{N}你到底什么时候更新啊
听说{N}要来我们学校开演唱会
{N}说得太对了，转了
求{N}的签名照
{N}加油！明年见
今天在机场偶遇{N}，本人好瘦
跟{N}约了周末去爬山
{N}，晚上一起吃饭不
{N}刚给我打电话说他到楼下了
我和{N}是高中同学
{N}又迟到了，等了半个小时
谢谢{N}送的礼物，超喜欢
{N}你个坏蛋，又放我鸽子
周末{N}结婚，大家都去吗
生日快乐{N}！
{N}怎么还不回我消息
让{N}帮你带一下呗
{N}推荐的这家店真的好吃
这件事你问{N}吧，他比较清楚
{N}今天请假了，明天再说
{N}，你妈叫你回家吃饭
我妈说{N}小时候可调皮了
昨天{N}来我家玩，带了一箱水果
{N}跟{M}吵架了，谁劝都没用
亲爱的{N}，新年快乐
{N}在群里发了个红包
刚才{N}在朋友圈晒娃
{N}的女儿今年考上大学了
这个锅{N}来背
{N}真是个好人
看到{N}的评论笑死了
为什么{N}不理我了
{N}老师讲课真有意思
今天是{N}值班
请{N}到前台领取快递
{N}明天上午九点来办公室一趟
会议由{N}主持
{N}负责这个项目的对接
把报表发给{N}
{N}已经离职了
新来的同事叫{N}，人挺好的
据报道，{N}昨日出席了发布会
{N}表示，将继续努力
记者从{N}处获悉
{N}在接受采访时说
{N}，男，三十五岁
{N}您好，您的借款已逾期，请尽快还款
请转告{N}尽快处理欠款
{N}欠款三千元，已逾期十天
你好，请问是{N}本人吗
坐席：请问{N}在家吗
客户：我不认识{N}，别打了
{N}的紧急联系人留的是你的电话
{N}说下周一定还上
{N}让我跟你说一声，钱月底到
你告诉{N}，再不还就上门了
{N}你个老赖，赶紧还钱
我是{N}的朋友，他最近联系不上
他老婆{N}也在找他
{N}和{M}都是担保人
哈哈{N}你太逗了
{N}yyds
{N}我爱你！
今天的{N}也好可爱
{N}的粉丝们集合
{N}工作室发声明了
{N}退圈了？？？
心疼{N}，网暴太可怕
{N}那个综艺你看了没
终于等到{N}的新剧
{N}演技又进步了
跟着{N}学做菜
{N}在直播间卖货
{N}的书我看了三遍
{N}说：坚持就是胜利
谁能告诉我{N}是谁
这不是{N}吗
{N}呢？怎么没来
等{N}回来再商量
{N}啊{N}，你让我说什么好
""".strip().splitlines()

NEGATIVES = """
小心路滑，注意安全
老师说明天考试
阿姨你好，请问这里怎么走
今天加班到十点，累死了
您的余额不足，请及时充值
本期账单金额为三千元，请于周末前还款
黄金价格又涨了
这个李子好甜
马上就到，等我五分钟
周一开会，别迟到
大哥，能便宜点吗
文明催收，从我做起
王者荣耀又输了
高明的做法是先沟通
已经等了两个小时
老板说今年没有年终奖
小时候的梦想是当科学家
宝宝今天很乖
这家店的服务真不错
明天天气晴，适合出游
金额有误请联系客服
林业局发布了通知
请按时还款，以免影响征信
兄弟们冲啊
姐妹们，这个口红绝了
老公今天做饭了
我妈又催婚了
期待下一期节目
今天的月亮好圆
这首歌太好听了
高兴得睡不着觉
万一下雨怎么办
平安夜快乐
一路平安
江湖再见
房子的贷款还有二十年
白天太热，晚上出门
张开嘴巴检查一下
刘海剪短了
程序又崩了
司法程序已经启动
管理员已删除该评论
全部都是套路
石头剪刀布
杨柳依依
叶子黄了
温度下降了，多穿衣服
舒服的周末
辛苦了，早点休息
欧洲杯开始了
吉利汽车降价了
牛逼，太厉害了
焦急地等待结果
一个小王子的故事
大小姐脾气
老人家身体还好吗
小孩子不懂事
阿里巴巴的股价跌了
王经理说可以分期
张先生您好，您的账单已出
请李老师转告家长
尊敬的客户，您的还款日是本月十五日
麦穗金融提醒您按时还款
""".strip().splitlines()

KINSHIP = ["老婆", "老公", "女儿", "儿子", "闺女", "媳妇", "妹妹", "姐姐", "哥哥", "弟弟", "女朋友", "男朋友",
           "闺蜜", "室友", "表妹", "表哥", "宝宝"]
KIN_TEMPLATES = ["你{K}{G}今天来了吗", "我{K}{G}说想吃火锅", "他{K}{G}在医院上班", "{K}{G}又考了第一",
                 "她{K}{G}下个月结婚", "叫你{K}{G}回个电话", "我家{K}{G}最近迷上了画画"]
TITLES = ["经理", "先生", "女士", "老师", "主任", "医生", "律师"]
TITLE_TEMPLATES = ["{T}说可以分期", "请联系{T}处理", "{T}您好，款项已到", "这事得问{T}"]


class NameMaker:
    """Invented names of every form, from the recognizer's surname and name-character tables."""

    def __init__(self, rng: random.Random) -> None:
        surnames, names = load_data("surnames"), load_data("names")
        self.rng = rng
        self.common = list(surnames["common"])
        self.weak = list(surnames["weak"])
        self.compound = list(surnames["compound"])
        self.given = list(str(names["given_name_chars"]))
        self.translit = list(str(names["transliteration_chars"]))
        # Given names also use everyday characters; these make the model look past the table.
        self.other_given = list("一士大之中文方心东北南西力少长石水永玉正世立汉夫海红光秀兴守宗定宜宝忠怀承"
                                "斌昌明朋杭林武治宗波泰秀春荣树思恒政家振晓峰桂涛海祥萍崇康得惠敦景智朝渊")

    def _given(self, length: int) -> str:
        pool = self.given if self.rng.random() < 0.8 else self.other_given
        return "".join(self.rng.choice(pool) for _ in range(length))

    def _surname(self) -> str:
        roll = self.rng.random()
        if roll < 0.05:
            return self.rng.choice(self.compound)
        if roll < 0.2:
            return self.rng.choice(self.weak)
        return self.rng.choice(self.common[:60] if self.rng.random() < 0.7 else self.common)

    def make(self) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return self._surname() + self._given(self.rng.choice((1, 2, 2)))
        if roll < 0.58:
            return self.rng.choice("小老") + self.rng.choice(self.common[:80])
        if roll < 0.66:
            return self.rng.choice(self.common[:80]) + self.rng.choice(("哥", "姐", "总", "叔"))
        if roll < 0.7:
            return "阿" + self.rng.choice(self.given)
        if roll < 0.76:
            char = self.rng.choice(self.given)
            return char + char
        if roll < 0.8:
            return "小" + self.rng.choice(self.given)
        if roll < 0.88:
            return self._given(2)
        parts = ["".join(self.rng.choice(self.translit) for _ in range(self.rng.choice((2, 3, 3, 4))))
                 for _ in range(self.rng.choice((1, 1, 2)))]
        return "·".join(parts)


def fill(template: str, names: list[str]) -> tuple[str, list[list[int]]]:
    """The template with each {N} / {M} slot filled, and the spans of the names put in."""
    text, spans, at = "", [], 0
    for match in re.finditer(r"\{([NM])\}", template):
        text += template[at:match.start()]
        name = names[0] if match.group(1) == "N" else names[1]
        spans.append([len(text), len(text) + len(name)])
        text += name
        at = match.end()
    return text + template[at:], spans


def cold_comments(path: Path = COLD_TRAIN) -> list[str]:
    with path.open(encoding="utf-8-sig") as handle:
        return [row["TEXT"].strip() for row in csv.DictReader(handle) if row["TEXT"].strip()]


# A 他 / 她 that stands for one person (not 他们, 其他, 他人, 她们).
_PRONOUN = re.compile(r"(?<![其吉利])[他她](?![们人乡国日])")


def invented_sentences(rng: random.Random) -> list[dict]:
    maker = NameMaker(rng)
    rows = []
    for _ in range(TEMPLATE_SENTENCES):
        text, spans = fill(rng.choice(TEMPLATES), [maker.make(), maker.make()])
        rows.append({"text": text, "names": spans})
    for template in KIN_TEMPLATES * 60:
        char = rng.choice(maker.given)
        given = rng.choice((char + char, "小" + rng.choice(maker.given), maker._given(2)))
        kin = rng.choice(KINSHIP)
        text = template.replace("{K}", kin)
        start = text.index("{G}")
        rows.append({"text": text.replace("{G}", given), "names": [[start, start + len(given)]]})
    for template in TITLE_TEMPLATES * 50:
        title = rng.choice(maker.common[:80]) + rng.choice(TITLES)
        rows.append({"text": template.replace("{T}", title), "names": []})
    rows += [{"text": rng.choice(NEGATIVES), "names": []} for _ in range(NEGATIVE_SENTENCES)]
    return _split(rows, rng)


def cold_sentences(rng: random.Random) -> list[dict]:
    """COLD train comments, some with a 他 / 她 replaced by an invented name, split like the invented ones."""
    maker = NameMaker(rng)
    rows = []
    comments = cold_comments()
    rng.shuffle(comments)
    with_pronoun = [c for c in comments if _PRONOUN.search(c)][:COLD_WITH_NAME]
    for comment in with_pronoun:
        matches = list(_PRONOUN.finditer(comment))
        chosen = rng.choice(matches)
        name = maker.make()
        text = comment[:chosen.start()] + name + comment[chosen.end():]
        rows.append({"text": text, "names": [[chosen.start(), chosen.start() + len(name)]]})
    rest = [c for c in comments if c not in set(with_pronoun)]
    for comment in rest[:COLD_ADDRESSED]:
        text, spans = fill(rng.choice(ADDRESSES) + comment, [maker.make()])
        rows.append({"text": text, "names": spans})
    rows += [{"text": c, "names": []} for c in rest[COLD_ADDRESSED:COLD_ADDRESSED + COLD_WITHOUT_NAME]]
    return _split(rows, rng)


def _split(rows: list[dict], rng: random.Random) -> list[dict]:
    rng.shuffle(rows)
    for index, row in enumerate(rows):
        row["split"] = "dev" if index < len(rows) * DEV_SHARE else "train"
    return rows


def main() -> None:
    rows = invented_sentences(random.Random(SEED))
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(rows)} sentences, {sum(len(r['names']) for r in rows)} names")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Deterministic generator of the Tiaojie demo dataset.

Writes seeds/organisations.json, seeds/users.json and seeds/cases.json for an invented county
(青禾县, codes "QH-…"), then re-reads them and checks them (identifiers, references, the workflow
state machine, dates, text lengths).  Standard library only; same output on every run.

    python3 seeds/tools/make_demo.py            # generate + check
    python3 seeds/tools/make_demo.py --check    # only check the existing JSON

All people, companies, numbers and events are invented.
"""
import collections
import datetime as dt
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import demo_templates as DT  # noqa: E402

SEEDS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = 20260301
END = dt.date(2026, 11, 20)          # no step after this day
LAST_CLOSE = dt.date(2026, 11, 18)   # closed cases finish by this day
COUNTY_AREA = "131121"              # administrative division code used for the invented county
COURT_CODE = "冀1121"               # court code used in filed case numbers
CATEGORY_TARGET = {"婚姻家庭": 31, "邻里": 31, "房屋宅基地": 22, "合同": 29, "山林土地": 18, "劳动争议": 20,
                   "损害赔偿": 10, "道路交通事故": 10, "生产经营": 6, "物业": 6, "消费": 5, "征地拆迁": 4,
                   "环境污染": 4, "医疗": 4, "其他": 4}
ACTIONS = ("accept", "reject", "session", "refer", "delegate", "receive", "return", "close")

# ============================================================ check characters
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def id_check_char(first17):
    """GB 11643 / ISO 7064 MOD 11-2 check character of a resident ID number."""
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS)) % 11]


def age_on(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def id_valid(s, on=END):
    """Valid GB 11643 number of a person aged 18 on `on` and at most 85 on END."""
    if len(s) != 18 or not s[:17].isdigit() or s[17] != id_check_char(s[:17]):
        return False
    try:
        birth = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return age_on(birth, on) >= 18 and age_on(birth, END) <= 85 and s[14:17] != "000"


def uscc_check_char(first17):
    """GB 32100 check character of a unified social credit code."""
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    c = 31 - total % 31
    return USCC_CHARS[0 if c == 31 else c]


def uscc_valid(s):
    return (len(s) == 18 and all(c in USCC_CHARS for c in s) and s[2:8].isdigit()
            and s[17] == uscc_check_char(s[:17]))


def orgcode_check_char(first8):
    """GB 11714 check character of the 9-character organisation code inside a USCC."""
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55  # noqa: E731
    c = 11 - sum(val(ch) * w for ch, w in zip(first8, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def self_test_checks():
    assert id_check_char("11010519491231002") == "X"           # the example of GB 11643
    assert uscc_check_char("91350100M000100Y4") == "3"         # widely published sample code
    assert uscc_check_char("91440300708461136") == "T"
    assert uscc_check_char("91110000802100433") == "B"
    assert orgcode_check_char("D2143569") == "X"               # example of GB 11714 (D2143569-X)


# ============================================================ small helpers
def fmt(fen):
    return "%d.%02d" % (fen // 100, fen % 100)


def parse_money(s):
    yuan, _, cents = s.partition(".")
    assert len(cents) == 2 and yuan.isdigit() and cents.isdigit(), s
    return int(yuan) * 100 + int(cents)


def cn(d):
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def iso(d):
    return d.isoformat()


def _span(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return {a + dt.timedelta(days=i) for i in range((b - a).days + 1)}


# Days on which the demo schedules nothing (weekends are skipped too).  Approximate public holidays:
# this is only to make the dates look like office days, not the deadline calendar.
NO_WORK = set().union(
    _span("2025-01-01", "2025-01-01"), _span("2025-01-28", "2025-02-04"), _span("2025-04-04", "2025-04-06"),
    _span("2025-05-01", "2025-05-05"), _span("2025-05-31", "2025-06-02"), _span("2025-10-01", "2025-10-08"),
    _span("2026-01-01", "2026-01-03"), _span("2026-02-15", "2026-02-23"), _span("2026-04-04", "2026-04-06"),
    _span("2026-05-01", "2026-05-05"), _span("2026-06-19", "2026-06-21"), _span("2026-09-25", "2026-09-27"),
    _span("2026-10-01", "2026-10-07"))


def workday(d):
    while d.weekday() >= 5 or d in NO_WORK:
        d += dt.timedelta(days=1)
    return d


def add_months_end(d, k):
    y, m = d.year, d.month + k
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    nxt = dt.date(y + (m // 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# ============================================================ names
SURNAMES = [("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("赵", "zhao"),
            ("黄", "huang"), ("周", "zhou"), ("吴", "wu"), ("徐", "xu"), ("孙", "sun"), ("胡", "hu"), ("朱", "zhu"),
            ("高", "gao"), ("林", "lin"), ("何", "he"), ("郭", "guo"), ("马", "ma"), ("梁", "liang"), ("宋", "song"),
            ("郑", "zheng"), ("谢", "xie"), ("韩", "han"), ("唐", "tang"), ("冯", "feng"), ("于", "yu"), ("董", "dong"),
            ("程", "cheng"), ("曹", "cao"), ("袁", "yuan"), ("邓", "deng"), ("许", "xu"), ("沈", "shen"), ("彭", "peng"),
            ("吕", "lv"), ("苏", "su"), ("卢", "lu"), ("蒋", "jiang"), ("贾", "jia"), ("丁", "ding"), ("魏", "wei"),
            ("薛", "xue"), ("阎", "yan"), ("潘", "pan"), ("杜", "du"), ("田", "tian"), ("任", "ren"), ("姜", "jiang"),
            ("范", "fan"), ("石", "shi"), ("姚", "yao"), ("郝", "hao"), ("孔", "kong"), ("白", "bai"), ("崔", "cui"),
            ("康", "kang"), ("孟", "meng"), ("耿", "geng"), ("牛", "niu"), ("齐", "qi"), ("霍", "huo"), ("常", "chang"),
            ("武", "wu"), ("付", "fu"), ("申", "shen"), ("焦", "jiao"), ("边", "bian"), ("尹", "yin"), ("段", "duan")]
MALE = [("建", "jian"), ("国", "guo"), ("军", "jun"), ("伟", "wei"), ("强", "qiang"), ("志", "zhi"), ("明", "ming"),
        ("永", "yong"), ("海", "hai"), ("春", "chun"), ("文", "wen"), ("立", "li"), ("新", "xin"), ("德", "de"),
        ("振", "zhen"), ("宝", "bao"), ("福", "fu"), ("成", "cheng"), ("刚", "gang"), ("勇", "yong"), ("平", "ping"),
        ("俊", "jun"), ("辉", "hui"), ("涛", "tao"), ("磊", "lei"), ("鹏", "peng"), ("斌", "bin"), ("超", "chao"),
        ("东", "dong"), ("学", "xue"), ("庆", "qing"), ("民", "min"), ("占", "zhan"), ("树", "shu"), ("林", "lin"),
        ("山", "shan"), ("忠", "zhong"), ("保", "bao"), ("金", "jin"), ("贵", "gui"), ("江", "jiang"), ("满", "man"),
        ("全", "quan"), ("长", "chang"), ("胜", "sheng"), ("广", "guang"), ("喜", "xi"), ("书", "shu"), ("良", "liang"),
        ("义", "yi"), ("卫", "wei"), ("兵", "bing"), ("浩", "hao"), ("宇", "yu"), ("旭", "xu"), ("博", "bo"),
        ("凯", "kai"), ("泽", "ze"), ("阳", "yang"), ("华", "hua")]
FEMALE = [("秀", "xiu"), ("英", "ying"), ("兰", "lan"), ("芳", "fang"), ("桂", "gui"), ("珍", "zhen"), ("凤", "feng"),
          ("霞", "xia"), ("玉", "yu"), ("荣", "rong"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("艳", "yan"),
          ("娟", "juan"), ("燕", "yan"), ("红", "hong"), ("梅", "mei"), ("琴", "qin"), ("云", "yun"), ("莲", "lian"),
          ("淑", "shu"), ("爱", "ai"), ("萍", "ping"), ("慧", "hui"), ("婷", "ting"), ("雪", "xue"), ("晓", "xiao"),
          ("颖", "ying"), ("佳", "jia"), ("欣", "xin"), ("洁", "jie"), ("月", "yue"), ("素", "su"), ("翠", "cui"),
          ("巧", "qiao"), ("彩", "cai"), ("丹", "dan"), ("娜", "na"), ("华", "hua")]
PHONE_PREFIXES = ["130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "157",
                  "158", "159", "166", "176", "177", "180", "181", "183", "185", "187", "188", "189", "198", "199"]
OUTSIDE = [("131102", "衡水市桃城区"), ("130102", "石家庄市长安区"), ("131182", "深州市"), ("130902", "沧州市新华区"),
           ("411627", "河南省太康县"), ("371425", "山东省齐河县"), ("130181", "辛集市")]

# ============================================================ organisations
TOWNSHIPS = [  # tribunal, code, name, villages (code suffix, name, community?)
    ("QH-FT-DS", "QH-DS", "东山镇", [("LS", "柳树村"), ("QY", "前营村"), ("HY", "后营村"), ("WJZ", "王家庄村"), ("DN", "大碾村")]),
    ("QH-FT-DS", "QH-LQ", "龙泉镇", [("BG", "北关村"), ("NG", "南关村"), ("QT", "泉头村"), ("XL", "杏林村"), ("XLZ", "小刘庄村")]),
    ("QH-FT-DS", "QH-TY", "桃园乡", [("TY", "桃园村"), ("LJT", "李家屯村"), ("SZ", "孙庄村"), ("HY", "河沿村"), ("YSL", "杨树林村")]),
    ("QH-FT-XH", "QH-XH", "西河镇", [("XH", "西河村"), ("MT", "马头村"), ("GZ", "高庄村"), ("SF", "石佛村"), ("DK", "堤口村")]),
    ("QH-FT-XH", "QH-CG", "城关街道", [("DG", "东关社区"), ("XG", "西关社区"), ("WC", "文昌社区"), ("XH", "新华社区"), ("CN", "城南村")]),
    ("QH-FT-XH", "QH-MZ", "马庄乡", [("MZ", "马庄村"), ("HJY", "韩家营村"), ("ZL", "枣林村"), ("BT", "白塔村"), ("SLT", "三里屯村")]),
]
ESTATES = ["富民小区", "文昌花园", "锦华苑", "新华里小区", "康宁家园", "阳光城小区"]


class World:
    def __init__(self, rng):
        self.rng = rng
        self.orgs = collections.OrderedDict()
        self.villages = []
        self.users = []
        self.users_by_org = collections.defaultdict(list)
        self.used_names = set()
        self.used_ids = set()
        self.used_phones = set()
        self.used_logins = set()
        self.companies = {}
        self.invited = {}

    # ---------------------------------------------------------------- tree
    def build_orgs(self):
        r = self.rng
        self.add_org("QH-FY", "青禾县人民法院", "court", None)
        self.add_org("QH-FY-SQ", "青禾县人民法院诉前联合调解中心", "court", "QH-FY")
        self.add_org("QH-FT-DS", "青禾县人民法院东山人民法庭", "tribunal", "QH-FY")
        self.add_org("QH-FT-XH", "青禾县人民法院西河人民法庭", "tribunal", "QH-FY")
        for trib, tcode, tname, vills in TOWNSHIPS:
            self.add_org(tcode, "%s矛盾纠纷联合调解中心" % tname, "township", trib)
            for suffix, vname in vills:
                community = vname.endswith("社区")
                if trib == "QH-FT-DS":
                    name = "%s矛盾纠纷联合调解室" % vname
                else:
                    name = "%s人民调解委员会" % vname
                pop = r.randrange(6000, 12500, 10) if community else r.randrange(780, 4200, 10)
                code = "%s-%s" % (tcode, suffix)
                self.add_org(code, name, "village", tcode, pop)
                self.villages.append(dict(code=code, short=vname, town=tname, township=tcode, tribunal=trib,
                                          community=community, name=name))
        for o in self.orgs.values():   # populations bottom-up
            if o["tier"] == "township":
                o["population"] = sum(v["population"] for v in self.orgs.values() if v["parent"] == o["code"])
        for o in self.orgs.values():
            if o["tier"] == "tribunal":
                o["population"] = sum(v["population"] for v in self.orgs.values() if v["parent"] == o["code"])
        self.orgs["QH-FY"]["population"] = sum(o["population"] for o in self.orgs.values() if o["tier"] == "tribunal")

    def add_org(self, code, name, tier, parent, population=None):
        self.orgs[code] = dict(code=code, name=name, tier=tier, parent=parent, population=population)

    def ancestors(self, code):
        out, p = [], self.orgs[code]["parent"]
        while p:
            out.append(p)
            p = self.orgs[p]["parent"]
        return out

    def village(self, code):
        return next(v for v in self.villages if v["code"] == code)

    def villages_under(self, code):
        return [v for v in self.villages if v["code"] == code or code in self.ancestors(v["code"])]

    def place(self, org):
        o = self.orgs[org]
        if o["tier"] == "village":
            return o["name"]
        if o["tier"] == "township":
            return "%s综治中心联合调解室" % o["name"].replace("矛盾纠纷联合调解中心", "")
        if org == "QH-FY-SQ":
            return "青禾县人民法院诉前联合调解中心调解室"
        if o["tier"] == "tribunal":
            return "%s调解室" % o["name"].replace("青禾县人民法院", "")
        return "青禾县人民法院诉讼服务中心调解室"

    # ---------------------------------------------------------------- people
    def new_name(self, sex, surname=None):
        r = self.rng
        for _ in range(1000):
            s = surname or r.choice(SURNAMES)[0]
            pool = MALE if sex == "M" else FEMALE
            given = r.choice(pool)[0] + (r.choice(pool)[0] if r.random() < 0.8 else "")
            if len(set(given)) < len(given):
                continue
            name = s + given
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise RuntimeError("names exhausted")

    def new_user_name(self, sex):
        r = self.rng
        while True:
            s, sp = r.choice(SURNAMES)
            pool = MALE if sex == "M" else FEMALE
            g1, g2 = r.choice(pool), r.choice(pool)
            if g1 == g2:
                continue
            name, login = s + g1[0] + g2[0], sp + g1[1] + g2[1]
            if name in self.used_names or login in self.used_logins:
                continue
            self.used_names.add(name)
            self.used_logins.add(login)
            return name, login

    def new_id(self, area, age, sex):
        r = self.rng
        while True:
            year = 2026 - age
            birth = dt.date(year, 1, 1) + dt.timedelta(days=r.randrange(0, 365))
            seq = r.randrange(1, 500) * 2 + (1 if sex == "M" else 0)
            s17 = "%s%s%03d" % (area, birth.strftime("%Y%m%d"), seq)
            s = s17 + id_check_char(s17)
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def new_phone(self):
        r = self.rng
        while True:
            p = r.choice(PHONE_PREFIXES) + "%08d" % r.randrange(0, 10 ** 8)
            if p not in self.used_phones:
                self.used_phones.add(p)
                return p

    def address(self, v):
        r = self.rng
        if v["community"]:
            return "青禾县城关街道%s%s%d号楼%d单元%d0%d室" % (v["short"], r.choice(ESTATES), r.randint(1, 18),
                                                   r.randint(1, 3), r.randint(1, 6), r.randint(1, 2))
        return "青禾县%s%s%d组%d号" % (v["town"], v["short"], r.randint(1, 8), r.randint(1, 120))

    def person(self, v, sex=None, age=(30, 65), surname=None, outsider=False):
        r = self.rng
        sex = sex or r.choice("MF")
        lo, hi = max(age[0], 19), min(age[1], 84)
        a = r.randint(lo, hi)
        if outsider:
            area, place = r.choice(OUTSIDE)
            addr = "%s%s村%d号" % (place, r.choice(["李庄", "张营", "后屯", "刘堤"]), r.randint(1, 200))
        else:
            area, addr = COUNTY_AREA, self.address(v)
        return dict(kind="person", name=self.new_name(sex, surname), id_number=self.new_id(area, a, sex),
                    phone=self.new_phone(), address=addr)

    def new_uscc(self, prefix, area):
        r = self.rng
        while True:
            if r.random() < 0.5:
                body = "MA" + "".join(r.choice(USCC_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
            else:
                body = "".join(r.choice("0123456789") for _ in range(8))
            s17 = prefix + area + body + orgcode_check_char(body)
            s = s17 + uscc_check_char(s17)
            if s not in self.used_ids:
                self.used_ids.add(s)
                return s

    def company(self, name, v, prefix="91", legal=None, area=None, address=None):
        if name in self.companies:
            return self.companies[name]
        r = self.rng
        if area is None:
            area = COUNTY_AREA if name.startswith("青禾县") or name.endswith("青禾支公司") else r.choice(OUTSIDE[:4])[0]
        if address is None:
            if area == COUNTY_AREA:
                town = v["town"] if v else "城关街道"
                address = "青禾县%s%s" % (town, r.choice(["工业园区纬二路%d号", "府前街%d号", "建设大街%d号", "兴业路%d号"]) % r.randint(3, 188))
            else:
                address = "%s%s" % (dict(OUTSIDE)[area], r.choice(["人民路%d号", "胜利街%d号", "开发区创业大道%d号"]) % r.randint(3, 300))
        c = dict(kind="organisation", name=name, credit_code=self.new_uscc(prefix, area),
                 legal_representative=legal or self.new_name(r.choice("MMMF")), address=address, phone=self.new_phone())
        self.companies[name] = c
        return c

    def village_committee(self, v):
        kind = "居民委员会" if v["community"] else "村民委员会"
        name = "青禾县%s%s%s" % (v["town"], v["short"], kind)
        return self.company(name, v, prefix="54", address="青禾县%s%s" % (v["town"], v["short"]))

    def invited_names(self, org):
        if org not in self.invited:
            self.invited[org] = [self.new_name(self.rng.choice("MMF")) for _ in range(2)]
        return self.invited[org]

    # ---------------------------------------------------------------- users
    def build_users(self):
        r = self.rng

        def add(org, role, sex=None, fixed=None):
            if fixed:
                name, login = fixed
                self.used_names.add(name)
                self.used_logins.add(login)
            else:
                name, login = self.new_user_name(sex or r.choice("MMF"))
            u = dict(login=login, name=name, org=org, role=role)
            self.users.append(u)
            self.users_by_org[org].append(u)

        add("QH-FY", "admin", fixed=("系统管理员", "admin"))
        add("QH-FY", "judge")
        add("QH-FY", "judge")
        add("QH-FY-SQ", "staff")
        add("QH-FY-SQ", "staff")
        for trib in ("QH-FT-DS", "QH-FT-XH"):
            add(trib, "judge")
            add(trib, "judge")
        for _, tcode, _, _ in TOWNSHIPS:
            add(tcode, "staff")
            add(tcode, "staff")
        for v in self.villages:
            add(v["code"], "mediator")
            if r.random() < 0.5:
                add(v["code"], "mediator")

    def actors(self, org):
        return [u for u in self.users_by_org[org] if u["role"] != "admin"]


# ============================================================ case context for templates
class Ctx:
    def __init__(self, world, v, fixed=None):
        self.w, self.v, self.r = world, v, world.rng
        self.fixed_parties = fixed or {}

    def surname(self):
        return self.r.choice(SURNAMES)[0]

    def person(self, sex=None, age=(30, 65), surname=None, outsider=False, v=None):
        return self.w.person(v or self.v, sex=sex, age=age, surname=surname, outsider=outsider)

    def company(self, name, prefix="91", legal=None):
        return self.w.company(name, self.v, prefix=prefix, legal=legal)

    def villagecommittee(self):
        return self.w.village_committee(self.v)

    def fixed(self, key, factory):
        return self.fixed_parties[key] if key in self.fixed_parties else factory()

    def money(self, lo, hi, step=100):
        return self.r.randrange(lo, hi + 1, step) * 100


class Helpers:
    """Passed to templates that build their own obligations."""

    def __init__(self, rng):
        self.r = rng

    @staticmethod
    def obligation(debtor, creditor, amount, instalments):
        assert sum(a for _, a in instalments) == amount
        return dict(debtor=debtor, creditor=creditor, amount=amount, instalments=instalments)

    @staticmethod
    def quarterly(per, n, close):
        firsts = [add_months_end(close, 3 * k) + dt.timedelta(days=10) for k in range(n)]   # 10th of a month
        return [(d, per) for d in firsts]

    @staticmethod
    def share(total, n):
        s = total // n
        return s - s % 10000

    def schedule(self, amount, plan, close):
        r = self.r
        if plan == "either":
            plan = "split" if amount >= 2000000 and r.random() < 0.7 else "lump"
        if plan == "lump":
            due = close + dt.timedelta(days=r.choice([0, 0, 7, 10, 15, 30]))
            return [(due, amount)]
        n = 2 if amount < 1000000 else (3 if amount < 5000000 else r.choice([3, 4, 6]))
        if amount < 300000:
            n = 1
        per = amount // n
        per -= per % 10000 if per > 10000 else 0
        out = []
        for k in range(n):
            due = add_months_end(close, k + 1) if r.random() < 0.7 or k else close + dt.timedelta(days=15)
            out.append((due, per if k < n - 1 else amount - per * (n - 1)))
        for k in range(1, len(out)):   # keep dues strictly increasing
            if out[k][0] <= out[k - 1][0]:
                out[k] = (add_months_end(out[k - 1][0], 1), out[k][1])
        return out


def schedule_text(obligations, single=True):
    parts = []
    for ob in obligations:
        ins = ob["instalments"]
        if len(ins) == 1:
            due, amt = ins[0]
            txt = "于协议签订时当场付清" if due == ob.get("_close") else "于%s前一次性付清" % cn(due)
        else:
            txt = "分%d期支付：" % len(ins) + "、".join("%s前支付%s" % (cn(d), DT.yt(a)) for d, a in ins)
        parts.append(txt if single and len(obligations) == 1 else "向%s支付%s，%s" % (ob["creditor"], DT.yt(ob["amount"]), txt))
    return "；".join(parts)


# ============================================================ workflow builder
TIER_INTRO = {"township": "联合调解中心会同司法所研判后组织调解，",
              "tribunal": "法官主持调解，结合类案裁判分析诉讼风险，",
              "court": "诉前联合调解中心采取“法官+调解员”模式调解，"}


FAIL_AGAIN = {"village": "经再次调解，",
              "township": "虽经联合调解中心会同司法所、派出所多方做工作，",
              "tribunal": "虽经法官释法析理、分析诉讼风险，",
              "court": "虽经调解团队多轮沟通，"}


class Flow:
    def __init__(self, gen, T, org, received, source):
        self.g, self.w, self.r, self.T = gen, gen.w, gen.w.rng, T
        self.handling, self.status, self.pending = org, "registered", None
        self.d = received
        self.received = received
        self.source = source
        self.steps = []
        self.settled = None
        self.tier_sessions = 0
        self.agreement = None
        self.handler = {}
        self.registrar = self.user(org)

    # ---------------------------------------------------------------- basics
    def user(self, org):
        if org not in self.handler:
            self.handler[org] = self.r.choice(self.w.actors(org))
        return self.handler[org]

    def adv(self, lo, hi):
        self.d = workday(self.d + dt.timedelta(days=self.r.randint(lo, hi)))
        return self.d

    def step(self, action, org, **kw):
        s = dict(action=action, on=iso(self.d), user=self.user(org)["login"])
        s.update(kw)
        self.steps.append(s)
        return s

    # ---------------------------------------------------------------- actions
    def accept(self, lo=0, hi=2):
        self.adv(lo, hi)
        self.step("accept", self.handling)
        self.status = "in_mediation"
        self.tier_sessions = 0
        return self

    def reject(self, reason, lo=0, hi=3):
        self.adv(lo, hi)
        self.step("reject", self.handling, reason=reason)
        self.status = "not_accepted"
        return self

    def record(self, kind):
        T = self.T
        tier = self.w.orgs[self.handling]["tier"]
        intro = "" if tier == "village" else TIER_INTRO.get(tier, "")
        if self.handling == "QH-FY":
            intro = "法官组织双方调解，"
        first_here = self.tier_sessions == 0
        if kind == "agree":
            return T["agree"](self.settled_amount())
        if kind == "fail":
            again = any(s["action"] == "session" and s.get("_kind") == "fail" for s in self.steps)
            return (FAIL_AGAIN[tier] + T["fail"]) if again and len(FAIL_AGAIN[tier] + T["fail"]) <= 150 else T["fail"]
        if kind == "withdraw":
            return "%s表示双方已在私下协商解决，准备撤回申请；调解员告知撤回的后果，并提醒有问题可随时再来。" % T["A"]
        if kind == "neutral":
            m = self.r.choice(T["mid"])
            tail = "双方仍有分歧，约定下次调解前各自考虑方案。"
            return m + tail if len(m + tail) <= 150 else m
        if first_here and self.steps and not any(s["action"] == "session" for s in self.steps):
            return T["first"]
        m = self.r.choice(T["mid"])
        if first_here and intro and len(intro + m) <= 150:
            return intro + m
        return m

    def session(self, kind, lo=1, hi=7, place=None):
        assert self.status == "in_mediation"
        self.adv(lo, hi)
        org = self.handling
        tier = self.w.orgs[org]["tier"]
        users = self.w.actors(org)
        me = self.user(org)
        mediators = [me["name"]]
        others = [u for u in users if u is not me]
        if others and self.r.random() < 0.4:
            mediators.append(self.r.choice(others)["name"])
        if tier == "village" and self.r.random() < 0.35:
            mediators.append(self.r.choice(self.w.invited_names(org)))
        if tier == "township" and self.r.random() < 0.3:   # the tribunal joins difficult township mediations
            trib = self.w.orgs[org]["parent"]
            mediators.append(self.r.choice(self.w.actors(trib))["name"])
        if org == "QH-FY-SQ" and self.r.random() < 0.6:
            mediators.append(self.r.choice(self.w.invited_names(org)))
        if place is None:
            place = self.T.get("place") if (tier == "village" and self.tier_sessions == 0 and self.T.get("place")
                                              and self.r.random() < 0.7) else self.w.place(org)
        first = not any(s["action"] == "session" for s in self.steps)
        sess = dict(date=iso(self.d), place=place, mediators=mediators,
                    participants=self.g.participants(self.T), record=self.record(kind))
        st = self.step("session", org, session=sess)
        st["_kind"] = "first" if (first and kind == "mid") else kind
        st["_who"] = "法官" if tier == "tribunal" or org == "QH-FY" else "调解员"
        self.tier_sessions += 1
        return self

    def sessions(self, n, last, gap=(2, 9), first_gap=(1, 6)):
        for i in range(n):
            kind = last if i == n - 1 else "mid"
            self.session(kind, *(first_gap if i == 0 else gap))
        return self

    def refer(self, to, reason, lo=0, hi=2):
        assert to in self.w.ancestors(self.handling)
        self.adv(lo, hi)
        self.step("refer", self.handling, to=to, reason=reason)
        self.status, self.pending, self.sender = "referred", to, self.handling
        return self

    def delegate(self, to, reason, lo=0, hi=1):
        assert self.handling in self.w.ancestors(to)
        self.adv(lo, hi)
        self.step("delegate", self.handling, to=to, reason=reason)
        self.status, self.pending, self.sender = "delegated", to, self.handling
        return self

    def receive(self, lo=1, hi=3):
        self.adv(lo, hi)
        self.step("receive", self.pending)
        self.handling, self.pending, self.status = self.pending, None, "in_mediation"
        self.tier_sessions = 0
        return self

    def ret(self, reason, lo=1, hi=2):
        self.adv(lo, hi)
        self.step("return", self.pending, reason=reason)
        self.pending, self.status = None, "in_mediation"
        return self

    def settled_amount(self):
        if self.settled is None:
            T = self.T
            amount = T["amount"]
            lo, hi = T.get("ratio", (1.0, 1.0))
            if amount == 0 or not T.get("money"):
                self.settled = 0
            elif lo == hi == 1.0:
                self.settled = amount
            else:
                v = int(amount * self.r.uniform(lo, hi))
                v -= v % 10000 if v > 20000 else v % 100
                self.settled = max(min(v, amount), 100)
        return self.settled

    def close(self, outcome, lo=0, hi=0, **kw):
        assert self.status == "in_mediation"
        self.adv(lo, hi)
        s = self.step("close", self.handling, outcome=outcome)
        if outcome == "settled":
            s["agreement"] = self.g.agreement(self, kw.get("oral"))
        elif outcome == "filed":
            s["filed_number"] = "__FILED__"
        else:
            s["reason"] = kw["reason"]
        self.status = outcome
        return self


# ============================================================ the generator
class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.w = World(self.rng)
        self.w.build_orgs()
        self.w.build_users()
        self.h = Helpers(self.rng)
        self.cases = []

    # ---------------------------------------------------------------- parts of a case
    def participants(self, T):
        ps = T["parties"]
        apps = [p for p in ps if p["role"] == "applicant"]
        rest = [p for p in ps if p["role"] != "applicant"]
        if len(apps) > 4:
            rep = [p for p in apps if p.get("representative")] or apps[:1]
            apps = rep + [p for p in apps if p not in rep][:2]
        out = [p["name"] for p in apps + rest]
        return out

    def agreement(self, flow, oral=None):
        T, r = flow.T, self.rng
        close = flow.d
        settled = flow.settled_amount()
        obligations = []
        if T.get("money") and settled > 0:
            if "oblig" in T:
                raw = T["oblig"](settled, close, self.h)
            else:
                raw = [self.h.obligation(T["debtor"], T["creditor"], settled,
                                         self.h.schedule(settled, T.get("plan", "either"), close))]
            for ob in raw:
                ob["_close"] = close
            obligations = raw
            content = T["content"](DT.yt(sum(o["amount"] for o in raw)), schedule_text(raw))
        else:
            content = T["content_nm"]
        tier = self.w.orgs[flow.handling]["tier"]
        if oral is None:
            oral = (T.get("oral_ok") and tier == "village" and settled <= 300000 and r.random() < 0.6)
        if obligations:
            ins = [i for o in obligations for i in o["instalments"]]
            if len(ins) == len(obligations) and all(d == close for d, _ in ins):
                manner = "当场一次性给付"
            elif len(ins) == len(obligations):
                manner = "一次性给付"
            else:
                manner = "分期给付"
            place = r.choice(["%s（现金当面交付）" % self.w.orgs[flow.handling]["name"], "银行转账至权利人账户",
                              "微信或银行转账至权利人账户"]) if manner != "当场一次性给付" else self.w.orgs[flow.handling]["name"]
        else:
            manner, place = "按协议约定履行", T["parties"][0]["address"] if T["parties"][0]["kind"] == "person" else "当事人住所地"
        ag = dict(kind="oral" if oral else "written", facts=T["afacts"], responsibilities=T["resp"], content=content,
                  performance=dict(manner=manner, place=place),
                  obligations=[dict(debtor=o["debtor"], creditor=o["creditor"], amount=fmt(o["amount"]),
                                    instalments=[dict(due=iso(d), amount=fmt(a)) for d, a in o["instalments"]])
                               for o in obligations],
                  signed=[] if oral else [dict(who=p["name"], on=iso(close)) for p in T["parties"]
                                          if p["role"] in ("applicant", "respondent")])
        flow.agreement = ag
        flow.obligations = obligations
        return ag

    def payments(self, flow, late=0.08, miss=0.06):
        """Payments made under the agreement so far (optional replay via `agreement pay`)."""
        r = self.rng
        out = []
        for ob in getattr(flow, "obligations", []):
            broke = False
            for due, amt in ob["instalments"]:
                if due > END or broke:
                    continue
                x = r.random()
                if x < miss:
                    broke = True
                    continue
                close = ob["_close"]
                if due == close:
                    on = close
                elif x < miss + late:
                    on = due + dt.timedelta(days=r.randint(3, 25))
                else:
                    on = due - dt.timedelta(days=r.randint(0, min(6, (due - close).days)))
                if on > END:
                    continue
                on = max(on, close)
                out.append(dict(on=iso(on), amount=fmt(amt), payer=ob["debtor"], payee=ob["creditor"]))
        out.sort(key=lambda p: p["on"])
        return out

    def finish_records(self, steps):
        """Complete short session records with what the mediator told the parties next."""
        for j, s in enumerate(steps):
            kind = s.pop("_kind", None)
            who = s.pop("_who", "调解员")
            if s["action"] != "session" or kind is None:
                continue
            rec = s["session"]["record"]
            nxt = steps[j + 1] if j + 1 < len(steps) else None
            pre, post = "", ""
            if kind == "first":
                pre = "%s告知双方权利义务及调解规则后听取陈述。" % who
            elif kind == "mid":
                post = "双方态度有所松动，%s要求各自考虑方案，约定择日再次调解。" % who
            elif kind == "agree":
                ag = nxt.get("agreement") if nxt else None
                post = "双方口头达成协议，调解员当场记录在案。" if ag and ag["kind"] == "oral" else \
                    "%s当场制作调解协议书，告知各方履行义务及可申请司法确认。" % who
            elif kind == "fail":
                if nxt is None or nxt["action"] == "session":
                    post = "%s要求双方回去后认真考虑调解方案，约定择日再次组织调解。" % who
                elif nxt["action"] == "refer":
                    post = "%s告知双方，依照分级调处机制将纠纷移交上级组织继续调解。" % who
                elif nxt.get("outcome") == "filed":
                    post = "法官告知双方调解不成将依法登记立案，当事人可依法举证。"
                else:
                    post = "调解员依照人民调解法第二十六条终止调解，告知双方可通过仲裁、行政或者司法途径维护权利。"
            if len(rec) < 60 and pre and len(pre + rec) <= 150:
                rec = pre + rec
            if len(rec) < 60 and post and len(rec + post) <= 150:
                rec = rec + post
            s["session"]["record"] = rec

    def emit(self, flow, reg_org, payments=True, **pay_kw):
        T = flow.T
        self.finish_records(flow.steps)
        parties = []
        for p in T["parties"]:
            q = {k: v for k, v in p.items() if not k.startswith("_")}
            if "claim_amount" in q:
                q["claim_amount"] = fmt(q["claim_amount"]) if isinstance(q["claim_amount"], int) else q["claim_amount"]
            order = ["role", "kind", "name", "id_number", "credit_code", "legal_representative", "phone", "address",
                     "claim_amount", "representative"]
            parties.append({k: q[k] for k in order if k in q and q[k] is not None and q[k] is not False})
        c = collections.OrderedDict(
            org=reg_org, user=flow.registrar["login"], received_on=iso(flow.received), source=flow.source,
            category=T["cat"], subcategory=T["sub"], title=T["title"], facts=T["facts"], claims=T["claims"],
            amount=fmt(T["amount"]), risk=bool(T.get("risk")), parties=parties, steps=flow.steps)
        if payments and flow.status == "settled":
            pays = self.payments(flow, **pay_kw)
            if pays:
                c["payments"] = pays
        c["_template"] = T.get("_name")
        self.cases.append(c)
        return c

    # ---------------------------------------------------------------- template choice
    def make_T(self, tname, v, fixed=None):
        meta = next(t for t in DT.TEMPLATES if t["name"] == tname)
        T = meta["fn"](Ctx(self.w, v, fixed))
        T["cat"], T["sub"], T["_name"] = meta["cat"], meta["sub"], tname
        return T

    def pick_template(self, level, v, need=None):
        need = need or level
        cands = [t for t in DT.TEMPLATES if all(ch in t["levels"] for ch in need)
                 and (t["where"] == "any" or (t["where"] == "urban") == v["community"])]
        done = collections.Counter(c["category"] for c in self.cases)
        # steer towards the category mix of CATEGORY_TARGET (a rural county's typical mix)
        weights = [t["weight"] * max(0.03, (CATEGORY_TARGET[t["cat"]] - done[t["cat"]]) / CATEGORY_TARGET[t["cat"]])
                   for t in cands]
        x = self.rng.uniform(0, sum(weights))
        for t, wt in zip(cands, weights):
            x -= wt
            if x <= 0:
                return t["name"]
        return cands[-1]["name"]

    def source_for(self, T, tier):
        r = self.rng
        if "source" in T:
            return T["source"]
        if tier == "village":
            return r.choices(["application", "initiative", "hotline", "transfer"], [60, 30, 5, 5])[0]
        if tier == "township":
            return r.choices(["application", "transfer", "hotline", "initiative"], [40, 35, 20, 5])[0]
        return "application"


# ============================================================ the paths
def build(gen):
    w, r = gen.w, gen.rng
    villages = list(w.villages)

    # village queue: every village gets a fair share of the village-registered cases
    vq = []
    while len(vq) < 200:
        vs = list(villages)
        r.shuffle(vs)
        vq.extend(vs)
    vq_iter = iter(vq)

    def next_village(exclude_community=False):
        while True:
            v = next(vq_iter)
            if not (exclude_community and v["community"]):
                return v

    # evenly spread received dates for ordinary closed cases
    start, stop = dt.date(2025, 1, 6), dt.date(2026, 10, 9)

    def date_pool(n):
        span = (stop - start).days
        ds = [workday(start + dt.timedelta(days=int(span * (i + r.random()) / n))) for i in range(n)]
        r.shuffle(ds)
        return ds

    def run(path_fn, received, *a, **kw):
        """Build a case; if it would end after LAST_CLOSE, start it earlier."""
        state = r.getstate()
        for _ in range(12):
            r.setstate(state)
            snapshot = (set(w.used_names), set(w.used_ids), set(w.used_phones), dict(w.companies))
            flow, reg = path_fn(received, *a, **kw)
            last = dt.date.fromisoformat(flow.steps[-1]["on"]) if flow.steps else received
            if last <= LAST_CLOSE:
                return flow, reg
            w.used_names, w.used_ids, w.used_phones, w.companies = (set(snapshot[0]), set(snapshot[1]),
                                                                    set(snapshot[2]), dict(snapshot[3]))
            received = workday(received - dt.timedelta(days=(last - LAST_CLOSE).days + 10))
        raise RuntimeError("cannot fit case")

    # ---------------------------------------------------------------- path functions
    def p_village(received, v, outcome, tname=None, fixed=None, n=None, oral=None):
        tname = tname or gen.pick_template("V", v)
        T = gen.make_T(tname, v, fixed)
        f = Flow(gen, T, v["code"], received, gen.source_for(T, "village"))
        if outcome == "reject":
            f.reject(T["reject"])
            return f, v["code"]
        f.accept()
        if outcome == "settled":
            f.sessions(n or r.choice([1, 1, 2, 2, 2, 3]), "agree")
            f.close("settled", 0, r.choice([0, 0, 0, 1]), oral=oral)
        elif outcome == "failed":
            f.sessions(n or r.choice([2, 3]), "fail")
            f.close("failed", 0, 2, reason=T["fail_reason"])
        elif outcome == "withdrawn":
            f.sessions(1, "withdraw")
            f.close("withdrawn", 1, 6, reason=T["withdraw"])
        return f, v["code"]

    def p_township_direct(received, township, outcome, tname=None, T=None):
        vs = w.villages_under(township)
        v = r.choice(vs)
        if T is None:
            tname = tname or gen.pick_template("T", v)
            T = gen.make_T(tname, v)
        f = Flow(gen, T, township, received, gen.source_for(T, "township"))
        if outcome == "reject":
            f.reject(T["reject"])
            return f, township
        f.accept()
        if outcome == "settled":
            f.sessions(r.choice([1, 2, 2, 3]), "agree")
            f.close("settled", 0, 1)
        elif outcome == "failed":
            f.sessions(r.choice([2, 3]), "fail")
            f.close("failed", 0, 2, reason=T["fail_reason"])
        elif outcome == "withdrawn":
            f.sessions(1, "withdraw")
            f.close("withdrawn", 1, 5, reason=T["withdraw"])
        return f, township

    def refer_reason_v(T, v):
        return "%s，经村调解组织调解未能达成协议，依照分级调处机制移交%s。" % (T["difficulty"], w.orgs[v["township"]]["name"])

    def refer_reason_t(T, v):
        return "乡镇联合调解中心组织调解未果（%s），移交%s调解或依法立案。" % (
            T["difficulty"], w.orgs[v["tribunal"]]["name"].replace("青禾县人民法院", ""))

    def p_vt(received, v, outcome="settled", tname=None, T=None):
        if T is None:
            tname = tname or gen.pick_template("V", v, need="VT")
            T = gen.make_T(tname, v)
        f = Flow(gen, T, v["code"], received, gen.source_for(T, "village"))
        f.accept()
        f.sessions(r.choice([1, 2, 2]), "fail")
        f.refer(v["township"], refer_reason_v(T, v))
        f.receive(1, 3)
        if outcome == "settled":
            f.sessions(r.choice([1, 2, 2, 3]), "agree")
            f.close("settled", 0, 1)
        return f, v["code"]

    def p_ladder(received, v, outcome, tname=None):
        tname = tname or gen.pick_template("V", v, need="VT")
        T = gen.make_T(tname, v)
        f = Flow(gen, T, v["code"], received, gen.source_for(T, "village"))
        f.accept()
        f.sessions(r.choice([1, 2]), "fail")
        f.refer(v["township"], refer_reason_v(T, v))
        f.receive(1, 3)
        f.sessions(r.choice([1, 2]), "fail", gap=(3, 10))
        f.refer(v["tribunal"], refer_reason_t(T, v))
        f.receive(1, 3)
        if outcome == "settled":
            f.sessions(r.choice([1, 2]), "agree", gap=(5, 12))
            f.close("settled", 0, 2)
        else:
            f.sessions(r.choice([1, 2]), "fail", gap=(5, 12))
            f.close("filed", 1, 3)
        return f, v["code"]

    def p_deleg(received, court, target, outcome, tname=None, T=None):
        vs = w.villages_under(target if w.orgs[target]["tier"] != "court" else court)
        v = r.choice(vs)
        if T is None:
            tname = tname or gen.pick_template("C", v)
            T = gen.make_T(tname, v)
        f = Flow(gen, T, court, received, "delegation")
        f.accept(0, 0)
        f.delegate(target, "当事人起诉至法院，经征得双方同意，立案前委派%s进行诉前调解。" % w.orgs[target]["name"], 0, 1)
        f.receive(1, 2)
        if outcome == "settled":
            f.sessions(r.choice([1, 2, 2, 3]), "agree", gap=(3, 8))
            f.close("settled", 0, 1)
        elif outcome == "failed":
            f.sessions(r.choice([2, 3]), "fail", gap=(3, 8))
            f.close("failed", 0, 1, reason="诉前调解不成，已告知当事人，案件退回法院依法立案审理。")
        elif outcome == "up_filed":
            f.sessions(2, "fail", gap=(3, 8))
            f.refer(court, "诉前调解未能达成协议，当事人坚持诉讼，报请法院依法立案。", 0, 1)
            f.receive(1, 2)
            f.close("filed", 0, 2)
        return f, court

    def p_trib(received, trib, outcome, tname=None, T=None, n=None):
        vs = w.villages_under(trib)
        v = r.choice(vs)
        if T is None:
            tname = tname or gen.pick_template("C", v)
            T = gen.make_T(tname, v)
        f = Flow(gen, T, trib, received, "application")
        if outcome == "reject":
            f.reject("当事人不同意诉前调解，要求直接立案，已转立案登记。")
            return f, trib
        f.accept()
        if outcome == "settled":
            f.sessions(n or r.choice([1, 2, 2]), "agree")
            f.close("settled", 0, 1)
        elif outcome == "filed":
            f.sessions(n or r.choice([1, 2]), "fail")
            f.close("filed", 1, 3)
        return f, trib

    def emit(res, **kw):
        flow, reg = res
        return gen.emit(flow, reg, **kw)

    # ================================================================ special cases
    specials_closed = []
    specials_closed.append(special_garment(gen))
    specials_closed.append(special_construction(gen))
    for c in special_newenergy(gen):
        specials_closed.append(c)
    specials_closed.append(special_fabric(gen))
    specials_closed.append(special_workers16(gen))
    specials_closed.append(special_ne_labor(gen))
    specials_closed.append(special_coop12(gen))

    # recurring neighbours in 龙泉镇南关村: three disputes over two years
    nv = w.village("QH-LQ-NG")
    na = w.person(nv, sex="M", age=(52, 60))
    nb = w.person(nv, sex="M", age=(45, 55))
    fixed = dict(A=na, B=nb)
    emit(run(p_village, workday(dt.date(2025, 3, 18)), nv, "settled", tname="nb_drain", fixed=fixed, n=1, oral=True))
    emit(run(p_village, workday(dt.date(2025, 9, 8)), nv, "settled", tname="nb_passage", fixed=dict(A=nb, B=na), n=2))

    def p_neigh3(received):
        T = gen.make_T("nb_fight", nv, fixed)
        T["risk"] = True
        f = Flow(gen, T, nv["code"], received, "transfer")
        f.accept(0, 1)
        f.d = dt.date(2026, 11, 4)
        f.session("fail", 0, 0)
        f.d = dt.date(2026, 11, 16)
        f.refer("QH-LQ", "双方系多年老矛盾（已两次调解），此次发生肢体冲突且有再次激化风险，已报派出所；移交镇联合调解中心会同派出所处理。", 0, 0)
        return f, nv["code"]
    emit(run(p_neigh3, dt.date(2026, 11, 2)))

    # recurring borrower: two lenders, the first agreement is breached, the second lender sues
    bv = w.village("QH-MZ-ZL")
    borrower = w.person(bv, sex="M", age=(36, 44))
    emit(run(p_village, workday(dt.date(2025, 7, 14)), bv, "settled", tname="ct_loan", fixed=dict(B=borrower), n=2),
              miss=1.0)
    T2 = gen.make_T("ct_loan", bv, dict(B=borrower))
    T2["facts"] = T2["facts"][:-1] + "。此前其另欠他人借款经村调解室调解后亦未按约履行。"
    emit(run(p_trib, workday(dt.date(2026, 2, 26)), "QH-FT-XH", "filed", T=T2, n=1))

    # flagship ladder: homestead boundary in 东山镇柳树村 (village -> township -> tribunal -> settled)
    lv = w.village("QH-DS-LS")
    emit(run(p_ladder, workday(dt.date(2025, 5, 12)), lv, "settled", tname="hz_boundary"))

    # ================================================================ ordinary cases
    plan = []
    plan += [("V", "settled")] * 72
    plan += [("Vforce", "settled", t) for t in ("family_support", "family_support", "family_inherit", "hz_boundary")]
    plan += [("T", "settled")] * 4
    plan += [("VT", "settled")] * 25
    plan += [("LAD", "settled")] * 9 + [("LAD", "filed")] * 6
    plan += [("DEL", "QH-FY", "QH-FY-SQ", "settled")] * 4 + [("DEL", "QH-FY", "QH-FY-SQ", "up_filed"),
                                                            ("DEL", "QH-FY", "QH-FY-SQ", "failed"),
                                                            ("DEL", "QH-FY", "QH-CG", "settled")]
    plan += [("DEL", "QH-FT-DS", "QH-DS", "settled"), ("DEL", "QH-FT-DS", "QH-TY", "settled"),
             ("DEL", "QH-FT-XH", "QH-MZ", "settled"), ("DEL", "QH-FT-XH", "QH-XH", "settled"),
             ("DEL", "QH-FT-DS", "QH-LQ", "settled"), ("DEL", "QH-FT-XH", "QH-CG", "failed")]
    plan += [("TRIB", "QH-FT-XH", "settled")]
    plan += [("V", "reject")] * 6 + [("T", "reject")] * 3 + [("TRIB", "QH-FT-DS", "reject")]
    plan += [("V", "withdrawn")] * 7 + [("T", "withdrawn")] * 3
    plan += [("V", "failed")] * 6 + [("T", "failed")] * 4
    plan += [("RET", i) for i in range(1, 4)]
    dates = date_pool(len(plan))
    r.shuffle(plan)
    townships = [t[1] for t in TOWNSHIPS]
    for item, received in zip(plan, dates):
        kind = item[0]
        if kind == "V":
            emit(run(p_village, received, next_village(), item[1]))
        elif kind == "Vforce":
            emit(run(p_village, received, next_village(exclude_community=True), item[1], tname=item[2]))
        elif kind == "T":
            emit(run(p_township_direct, received, r.choice(townships), item[1]))
        elif kind == "VT":
            emit(run(p_vt, received, next_village(), item[1]))
        elif kind == "LAD":
            emit(run(p_ladder, received, next_village(), item[1]))
        elif kind == "DEL":
            emit(run(p_deleg, received, item[1], item[2], item[3]))
        elif kind == "TRIB":
            emit(run(p_trib, received, item[1], item[2]))
        elif kind == "RET":
            emit(run(returned_case, received, gen, item[1], next_village()))

    # ================================================================ open cases (Oct-Nov 2026)
    def p_open_registered(received, v):
        T = gen.make_T(gen.pick_template("V", v), v)
        return Flow(gen, T, v["code"], received, gen.source_for(T, "village")), v["code"]

    def p_open_village(received, v, n):
        T = gen.make_T(gen.pick_template("V", v), v)
        f = Flow(gen, T, v["code"], received, gen.source_for(T, "village"))
        f.accept()
        f.sessions(n, "neutral" if n > 1 else "mid", gap=(4, 10))
        return f, v["code"]

    def p_open_township(received, township):
        v = r.choice(w.villages_under(township))
        T = gen.make_T(gen.pick_template("T", v), v)
        f = Flow(gen, T, township, received, gen.source_for(T, "township"))
        return f, township

    def p_open_refer(received, v, up_to, refer_on):
        T = gen.make_T(gen.pick_template("V", v, need="VT"), v)
        f = Flow(gen, T, v["code"], received, gen.source_for(T, "village"))
        f.accept()
        f.sessions(r.choice([1, 2]), "fail", gap=(3, 8))
        if up_to == "township":
            f.d = max(f.d, refer_on)
            f.refer(v["township"], refer_reason_v(T, v), 0, 0)
        else:
            f.refer(v["township"], refer_reason_v(T, v))
            f.receive(1, 2)
            f.sessions(r.choice([1, 2]), "fail" if up_to == "tribunal" else "neutral", gap=(3, 8))
            if up_to == "tribunal":
                f.d = max(f.d, refer_on)
                f.refer(v["tribunal"], refer_reason_t(T, v), 0, 0)
        return f, v["code"]

    def p_open_deleg(received, court, target):
        v = r.choice(w.villages_under(target if w.orgs[target]["tier"] != "court" else court))
        T = gen.make_T(gen.pick_template("C", v), v)
        f = Flow(gen, T, court, received, "delegation")
        f.accept(0, 0)
        f.delegate(target, "经征得双方同意，立案前委派%s进行诉前调解。" % w.orgs[target]["name"], 0, 1)
        return f, court

    for d in (dt.date(2026, 11, 9), dt.date(2026, 11, 11), dt.date(2026, 11, 13)):
        emit(run(p_open_registered, d, next_village()))
    emit(run(p_open_township, dt.date(2026, 11, 12), "QH-CG"))
    emit(run(p_open_township, dt.date(2026, 11, 10), "QH-TY"))
    for d, n in ((dt.date(2026, 10, 13), 3), (dt.date(2026, 10, 20), 2), (dt.date(2026, 10, 27), 2),
                 (dt.date(2026, 11, 3), 1), (dt.date(2026, 11, 5), 1), (dt.date(2026, 10, 9), 3)):
        emit(run(p_open_village, d, next_village(), n))
    emit(run(p_open_refer, dt.date(2026, 10, 12), next_village(), "township-mediating", None))
    emit(run(p_open_refer, dt.date(2026, 10, 29), next_village(), "township", dt.date(2026, 11, 13)))
    emit(run(p_open_refer, dt.date(2026, 9, 28), next_village(), "tribunal", dt.date(2026, 11, 16)))
    emit(run(p_open_deleg, dt.date(2026, 11, 13), "QH-FY", "QH-FY-SQ"))
    emit(run(p_open_deleg, dt.date(2026, 11, 12), "QH-FT-DS", "QH-LQ"))
    emit(run(returned_case, dt.date(2026, 10, 19), gen, 4, next_village()))


# ============================================================ returned cases
def returned_case(received, gen, which, v):
    w, r = gen.w, gen.rng
    if which == 1:   # township sends a simple family matter back to the village, which settles it
        T = gen.make_T(gen.pick_template("V", v, need="VT"), v)
        f = Flow(gen, T, v["code"], received, gen.source_for(T, "village"))
        f.accept().sessions(1, "mid")
        f.refer(v["township"], "当事人要求由上级处理，村调解组织移交%s。" % w.orgs[v["township"]]["name"])
        f.ret("经研判，该纠纷事实清楚、争议不大，宜由村调解组织继续调解，本中心派员指导，予以退回。", 1, 2)
        f.sessions(r.choice([1, 2]), "agree")
        f.close("settled", 0, 1)
        return f, v["code"]
    if which == 2:   # court delegates to a township outside the parties' home, township returns, court re-delegates
        court = "QH-FY"
        v2 = r.choice(w.villages_under("QH-DS"))
        T = gen.make_T(gen.pick_template("C", v2), v2)
        f = Flow(gen, T, court, received, "delegation")
        f.accept(0, 0)
        f.delegate("QH-MZ", "经征得双方同意，立案前委派马庄乡矛盾纠纷联合调解中心进行诉前调解。", 0, 1)
        f.ret("双方当事人住所地及纠纷发生地均不在本乡辖区，不便组织调解，退回法院。", 1, 2)
        f.delegate("QH-FY-SQ", "马庄乡调解中心退回，改为委派本院诉前联合调解中心调解。", 0, 1)
        f.receive(1, 2)
        f.sessions(2, "agree", gap=(3, 7))
        f.close("settled", 0, 1)
        return f, court
    if which == 3:   # township refers to the tribunal without evidence, tribunal returns, township refers again
        T = gen.make_T(gen.pick_template("V", v, need="VT"), v)
        tw = v["township"]
        f = Flow(gen, T, tw, received, "transfer")
        f.accept().sessions(2, "fail")
        f.refer(v["tribunal"], "调解未果，移交人民法庭。")
        f.ret("移交材料不全，缺少调解笔录和双方身份证明，请补正后再行移交。", 1, 2)
        f.sessions(1, "fail", gap=(2, 5))
        f.refer(v["tribunal"], "已补齐调解笔录及身份材料，%s，再次移交人民法庭。" % T["difficulty"], 0, 1)
        f.receive(1, 2)
        f.sessions(1, "fail", gap=(4, 9))
        f.close("filed", 1, 2)
        return f, tw
    if which == 4:   # returned and still being mediated in the village (open)
        T = gen.make_T(gen.pick_template("V", v, need="VT"), v)
        f = Flow(gen, T, v["code"], received, gen.source_for(T, "village"))
        f.accept().sessions(1, "mid")
        f.refer(v["township"], "双方争执不下，村调解组织移交%s。" % w.orgs[v["township"]]["name"])
        f.ret("该纠纷尚未穷尽村级调解，建议村调解组织邀请乡贤和网格员继续调解，本中心予以指导。", 1, 2)
        f.sessions(1, "neutral", gap=(3, 6))
        return f, v["code"]
    raise ValueError(which)


# ============================================================ the articles' cases, fictionalised
def special_garment(gen):
    """35 garment workers' wage claim, delegated by the court, settled in a week, paid in two instalments."""
    w, r = gen.w, gen.rng
    vs = w.villages_under("QH-XH")
    co = w.company("青禾县锦绣服饰有限公司", w.village("QH-XH-XH"), legal=w.new_name("M"))
    workers = []
    rep = w.person(w.village("QH-XH-MT"), sex="F", age=(44, 50), surname="钱")
    workers.append(rep)
    for i in range(34):
        workers.append(w.person(r.choice(vs), sex="F" if r.random() < 0.8 else "M", age=(24, 58)))
    total = 13510500
    while True:
        amts = [r.randrange(2800, 4900) * 100 for _ in range(34)]
        last = total - sum(amts)
        if 2800 * 100 <= last <= 4900 * 100:
            break
    amts = amts + [last]
    # the representative claims 3860.00 (the brief's example), keeping the total
    diff = amts[0] - 386000
    amts[0] = 386000
    amts[1] += diff
    assert sum(amts) == total and all(250000 <= a <= 520000 for a in amts)
    parties = [DT.role(p, "applicant", claim_amount=a, representative=(i == 0)) for i, (p, a) in enumerate(zip(workers, amts))]
    parties.append(DT.role(co, "respondent"))
    names = "%s等35人" % rep["name"]
    T = dict(
        cat="劳动争议", sub="农民工工资", _name="special_garment",
        title="%s与青禾县锦绣服饰有限公司追索劳动报酬纠纷" % names,
        facts="%s受雇于青禾县锦绣服饰有限公司从事缝纫、裁剪、包装等工作。公司自2025年8月起拖欠工资，共计135105元。"
              "2025年12月双方签订协议，约定公司两个月内付清，否则工人可向法院起诉。公司到期未履行，35人于2026年3月2日诉至"
              "青禾县人民法院，要求支付拖欠工资及利息。法院征得工人同意后，委派诉前联合调解中心调解。" % names,
        claims="请求公司支付拖欠的工资共计135105元（每人数额见明细）及逾期付款利息。",
        amount=total, risk=True, parties=parties, A=rep["name"], B=co["name"],
        first="工人代表%s陈述欠薪经过并提交工资明细；公司负责人%s承认拖欠，称订单回款慢、资金紧张，一次性支付确有困难。" % (
            rep["name"], co["legal_representative"]),
        mid=["指导法官向公司释明保障农民工工资支付条例和拖欠工资的法律后果，调解员会同西河镇人社所核对35人工资明细，数额无异议。",
             "调解员与公司逐笔核对应收账款，公司提出分期方案，工人代表征求其他工人意见，同意在两个月内分两期付清、放弃利息。"],
        agree=lambda s: "经调解，公司于4月30日前支付60000元、5月31日前支付75105元，共135105元，工人放弃利息，双方签订分期付款协议。",
        fail="", money=True, afacts="公司拖欠35名工人工资135105元，到期未按约定支付。",
        resp="公司拖欠劳动报酬，应当依法足额支付；工人同意分期并放弃利息。",
    )
    f = Flow(gen, T, "QH-FY", dt.date(2026, 3, 2), "delegation")
    f.accept(0, 0)
    f.delegate("QH-FY-SQ", "涉及35名农民工工资，经征得%s等人同意，立案前委派诉前联合调解中心调解，确定指导法官。" % rep["name"], 0, 0)
    f.receive(1, 1)
    f.session("mid", 1, 1)
    f.steps[-1]["session"]["record"] = T["first"]
    f.tier_sessions = 1
    f.session("mid", 2, 2)
    f.steps[-1]["session"]["record"] = T["mid"][1]
    f.session("agree", 3, 3)
    f.settled = total
    T["oblig"] = lambda s, close, h: [h.obligation(co["name"], names, total,
                                                   [(dt.date(2026, 4, 30), 6000000), (dt.date(2026, 5, 31), 7510500)])]
    T["content"] = lambda a, s: ("一、青禾县锦绣服饰有限公司向%s支付拖欠工资共计135105元（每人数额见附表），分两期支付："
                                 "2026年4月30日前支付60000元，2026年5月31日前支付75105元，按附表比例转入各工人账户；"
                                 "二、工人放弃逾期付款利息；三、任一期未按时足额支付，工人可就全部未付款项申请强制执行。" % names)
    f.close("settled", 0, 0)
    f.agreement["performance"] = dict(manner="分期给付", place="银行转账至各工人本人账户")
    c = gen.emit(f, "QH-FY", payments=False)
    c["payments"] = [dict(on="2026-04-28", amount="60000.00", payer=co["name"], payee=names),
                     dict(on="2026-05-29", amount="75105.00", payer=co["name"], payee=names)]
    return c


def special_construction(gen):
    """Construction payment suit delegated to the court's pre-litigation joint mediation centre."""
    w = gen.w
    v = w.village("QH-CG-WC")
    a = w.company("青禾县宏建建筑工程有限公司", v, legal=w.new_name("M"))
    b = w.company("青禾县锦城房地产开发有限公司", v, legal=w.new_name("M"))
    amount = 326000000
    T = dict(
        cat="合同", sub="建设工程", _name="special_construction",
        title="青禾县宏建建筑工程有限公司与青禾县锦城房地产开发有限公司建设工程施工合同纠纷",
        facts="青禾县锦城房地产开发有限公司委托青禾县宏建建筑工程有限公司承建县城人才公寓项目，合同价款2860万元，项目于2025年9月竣工。"
              "开发公司已付工程款2534万元，因资金紧张尚欠326万元未付。建筑公司起诉至法院并申请冻结开发公司银行存款326万元。"
              "开发公司负责人称冻结将致经营困难，希望调解。",
        claims="请求判令被告支付工程款326万元及逾期付款利息，并申请财产保全。",
        amount=amount, risk=False,
        parties=[DT.role(a, "applicant"), DT.role(b, "respondent")], A=a["name"], B=b["name"],
        first="建筑公司要求一次性付清并支付利息；开发公司%s承认欠款，称正在结算，请求解除冻结、分期付款。" % b["legal_representative"],
        mid=["调解中心组织司法局人民调解员和开发区管委会工作人员组成调解团队，与原告沟通分期方案，要求被告提供可供保全的不动产。",
             "被告提供两套商品房作为履约担保，双方就还款节点、质保金返还和解除保全达成一致意见。"],
        agree=lambda s: "经调解，开发公司分三期支付工程款326万元，以两套商品房提供担保；建筑公司撤回起诉并申请解除保全，双方签订协议。",
        fail="", money=True,
        afacts="开发公司欠付人才公寓项目工程款326万元，建筑公司起诉并申请财产保全。",
        resp="开发公司应按约支付工程款；建筑公司同意分期并放弃利息。",
    )
    f = Flow(gen, T, "QH-FY", dt.date(2026, 7, 6), "delegation")
    f.accept(0, 0)
    f.delegate("QH-FY-SQ", "涉企建设工程款纠纷，经征得双方同意，优先委派诉前联合调解中心调解，减少诉讼对企业经营的影响。", 0, 0)
    f.receive(1, 1)
    f.session("mid", 3, 3)
    f.steps[-1]["session"]["record"] = T["first"]
    f.tier_sessions = 1
    f.session("mid", 7, 7)
    f.steps[-1]["session"]["record"] = T["mid"][0]
    f.session("agree", 7, 7)
    f.settled = amount
    T["oblig"] = lambda s, close, h: [h.obligation(b["name"], a["name"], amount,
                                                   [(dt.date(2026, 8, 31), 100000000), (dt.date(2026, 10, 31), 120000000),
                                                    (dt.date(2026, 12, 31), 106000000)])]
    T["content"] = lambda x, s: ("一、青禾县锦城房地产开发有限公司向青禾县宏建建筑工程有限公司支付工程款326万元，%s；"
                                 "二、开发公司以其名下两套商品房提供抵押担保；三、建筑公司于本协议签订后三日内撤回起诉并申请解除财产保全；"
                                 "四、质保金按合同约定于质保期满后返还；五、建筑公司放弃逾期付款利息。" % s)
    f.close("settled", 0, 0)
    c = gen.emit(f, "QH-FY", payments=False)
    c["payments"] = [dict(on="2026-08-28", amount="1000000.00", payer=b["name"], payee=a["name"]),
                     dict(on="2026-10-30", amount="1200000.00", payer=b["name"], payee=a["name"])]
    return c


NE_NAME = "青禾县绿源新能源科技有限公司"


def special_newenergy(gen):
    """One new-energy company, eight creditors: the tribunal handles the batch together."""
    w, r = gen.w, gen.rng
    v = w.village("QH-DS-DN")
    ne = w.company(NE_NAME, v, legal=w.new_name("M"), address="青禾县东山镇工业园区光明大道8号")
    creditors = [
        ("青禾县恒通电缆有限公司", "光伏电缆", 38650000, None),
        ("衡水瑞丰钢构有限公司", "光伏支架钢构件", 128000000, "131102"),
        ("青禾县鼎盛五金机电有限公司", "五金配件", 9230000, None),
        ("河北冀光新材料科技有限公司", "光伏背板材料", 56800000, "130102"),
        ("青禾县顺风运输有限公司", "运输服务", 14560000, None),
        ("沧州华锐电气设备有限公司", "逆变器及配电柜", 23680000, "130902"),
        (None, "组件安装劳务", 4800000, None),
        (None, "叉车租赁", 7350000, None),
    ]
    recv = [dt.date(2026, 4, 20), dt.date(2026, 4, 23), dt.date(2026, 4, 28), dt.date(2026, 5, 8),
            dt.date(2026, 5, 13), dt.date(2026, 5, 20), dt.date(2026, 6, 3), dt.date(2026, 10, 26)]
    outcomes = ["settled", "settled", "settled", "filed", "settled", "settled", "settled", "open"]
    out = []
    judges = w.actors("QH-FT-DS")
    for i, ((cname, what, amount, area), received, outcome) in enumerate(zip(creditors, recv, outcomes)):
        if cname:
            a = w.company(cname, v, legal=w.new_name("M"), area=area)
        else:
            a = w.person(r.choice(w.villages_under("QH-DS")), sex="M", age=(35, 55))
        an = a["name"]
        T = dict(
            cat="合同", sub="买卖合同" if "服务" not in what and "劳务" not in what and "租赁" not in what else
            ("运输合同" if "运输" in what else ("租赁合同" if "租赁" in what else "承揽合同")),
            _name="special_newenergy",
            title="%s与%s%s纠纷" % (an, NE_NAME, "买卖合同" if "服务" not in what and "劳务" not in what and "租赁" not in what else "合同"),
            facts="%s自2025年起为%s提供%s，双方对账确认尚欠款项%s。该公司因大股东融资受限、行业回款周期长，资金周转困难，"
                  "近一年来作为被告被多家债权人诉至法院。%s起诉至东山人民法庭，法庭将涉该公司的案件集中调处。" % (
                      an, NE_NAME, what, DT.yt(amount), an),
            claims="请求支付欠款%s及逾期付款违约金。" % DT.yt(amount),
            amount=amount, risk=False,
            parties=[DT.role(a, "applicant"), DT.role(ne, "respondent")], A=an, B=NE_NAME,
            first="法官组织证据交换，%s提交对账单和发票；公司代理人对欠款数额无异议，称资金周转困难，请求分期。" % an,
            mid=["法庭与东山镇工业园区管委会共同约谈公司负责人%s，了解经营和回款情况，确定“因案施策、逐案推进”的集中调处方案。" % ne["legal_representative"],
                 "法官召集涉该公司多名债权人集中调解，公司提交回款计划，债权人就分期履行和违约金减免发表意见。"],
            agree=lambda s: "经集中调解，公司同意分期支付欠款%s，%s同意免除违约金，任一期逾期可就全部欠款申请执行。" % (DT.yt(s), an),
            fail="%s认为公司供货存在质量问题，拒绝按对账金额确认欠款，双方争议较大，调解未果。" % NE_NAME,
            money=True, afacts="%s拖欠%s款项%s。" % (NE_NAME, an, DT.yt(amount)),
            resp="公司对欠款无异议，应予支付；债权人同意分期履行并免除违约金。",
            content=lambda x, s, an=an: "一、%s向%s支付欠款%s，%s；二、%s免除逾期付款违约金；三、任一期未按时足额支付，%s可就全部未付款项申请强制执行。" % (
                NE_NAME, an, x, s, an, an),
        )
        if outcome == "filed":
            T["fail"] = "公司提出%s存在质量问题，要求扣减货款，%s不同意，双方对欠款数额争议较大，调解未果。" % (what, an)
        f = Flow(gen, T, "QH-FT-DS", received, "application")
        f.handler["QH-FT-DS"] = f.registrar = judges[i % 2]
        f.accept(0, 0)
        if outcome == "open":
            f.session("mid", 3, 6)
            f.steps[-1]["session"]["record"] = T["first"]
            f.tier_sessions = 1
            f.d = dt.date(2026, 11, 10)
            f.session("neutral", 0, 0)
            f.steps[-1]["session"]["record"] = "法官组织双方结合此前集中调处方案协商，公司提出按季度分期，%s要求年底前付清一半，约定下次调解前报送回款计划。" % an
            out.append(gen.emit(f, "QH-FT-DS"))
            continue
        f.session("mid", 4, 9)
        f.steps[-1]["session"]["record"] = T["first"]
        f.tier_sessions = 1
        f.d = max(f.d, dt.date(2026, 6, 18))   # the joint session of the batch
        f.session("fail" if outcome == "filed" else "mid", 0, 0, place="东山镇工业园区法官工作室")
        f.steps[-1]["session"]["record"] = T["mid"][1] if outcome != "filed" else T["fail"]
        if outcome == "filed":
            f.close("filed", 2, 4)
        else:
            f.session("agree", 1, 7, place="东山人民法庭调解室")
            settled = amount
            f.settled = settled
            n = 6 if amount >= 20000000 else (4 if amount >= 8000000 else 3)
            per = settled // n
            per -= per % 100000
            T["oblig"] = lambda s, close, h, n=n, per=per, an=an, amount=amount: [h.obligation(
                NE_NAME, an, amount, [(add_months_end(dt.date(2026, 7, 1), k), per if k < n - 1 else amount - per * (n - 1))
                                      for k in range(n)])]
            f.close("settled", 0, 1)
        out.append(gen.emit(f, "QH-FT-DS", late=0.2, miss=0.1))
    return out


def special_fabric(gen):
    """A supplier of the garment company sues at the tribunal; mediation fails, the case is filed."""
    w = gen.w
    v = w.village("QH-XH-XH")
    a = w.company("衡水华纺纺织品有限公司", v, legal=w.new_name("F"), area="131102")
    co = w.company("青禾县锦绣服饰有限公司", v)
    amount = 28640000
    T = dict(cat="合同", sub="买卖合同", _name="special_fabric",
             title="衡水华纺纺织品有限公司与青禾县锦绣服饰有限公司买卖合同纠纷",
             facts="衡水华纺纺织品有限公司自2024年起向青禾县锦绣服饰有限公司供应面料，截至2025年底对账确认欠款28.64万元。"
                   "服饰公司此前因拖欠工人工资被诉，经调解分期支付后，称须先付清工资，货款只能延后。华纺公司遂起诉至西河人民法庭。",
             claims="请求支付货款286400元及逾期付款利息。", amount=amount, risk=False,
             parties=[DT.role(a, "applicant"), DT.role(co, "respondent")], A=a["name"], B=co["name"],
             first="华纺公司提交对账单要求付款；服饰公司承认欠款，称工人工资分期尚未付清，请求货款延至年底后分期支付。",
             mid=["法官讲明企业应统筹安排债务清偿，劝双方在保障工资支付前提下协商分期方案。"],
             fail="华纺公司要求三个月内付清并支付利息，服饰公司只同意明年起分十二期支付，双方差距较大，调解未果。",
             money=True)
    f = Flow(gen, T, "QH-FT-XH", dt.date(2026, 4, 13), "application")
    f.accept(0, 0)
    f.session("mid", 5, 7)
    f.steps[-1]["session"]["record"] = T["first"]
    f.tier_sessions = 1
    f.session("fail", 10, 14)
    f.close("filed", 2, 3)
    return gen.emit(f, "QH-FT-XH")


def special_workers16(gen):
    """Sixteen workers against a labour subcontractor, transferred by the labour bureau before the New Year."""
    w, r = gen.w, gen.rng
    v = w.village("QH-MZ-MZ")
    co = w.company("青禾县利达建筑劳务有限公司", v, legal=w.new_name("M"))
    workers = [w.person(r.choice(w.villages_under("QH-MZ")), sex="M", age=(28, 60), outsider=(i % 5 == 4)) for i in range(16)]
    amts = [r.randrange(60, 141) * 10000 for _ in workers]
    total = sum(amts)
    rep = workers[0]
    names = "%s等16人" % rep["name"]
    T = dict(cat="劳动争议", sub="农民工工资", _name="special_workers16",
             title="%s与青禾县利达建筑劳务有限公司追索劳动报酬纠纷" % names,
             facts="%s在青禾县利达建筑劳务有限公司承包的县城安置房项目从事钢筋、木工、瓦工等工作，项目主体完工后公司以总包方未结算为由，"
                   "拖欠16人工资共计%s。临近春节，工人多次到项目部讨薪，并拨打12345热线，县人社局将纠纷移交马庄乡联合调解中心。" % (
                       names, DT.yt(total)),
             claims="请求支付拖欠工资%s（每人数额见明细）。" % DT.yt(total), amount=total, risk=True,
             parties=[DT.role(p, "applicant", claim_amount=a, representative=(i == 0)) for i, (p, a) in enumerate(zip(workers, amts))]
             + [DT.role(co, "respondent")], A=rep["name"], B=co["name"],
             first="工人代表%s出示考勤表和欠条，要求春节前全部付清；劳务公司负责人%s承认欠薪，称总包方工程款未到位。" % (rep["name"], co["legal_representative"]),
             mid=["调解中心会同人社所、派出所和东山人民法庭法官共同调解，约谈总包方，督促其从工程款中先行支付农民工工资。"],
             agree=lambda s: "经调解，劳务公司于一周内通过农民工工资专用账户一次性支付16人工资%s，工人停止聚集讨薪。" % DT.yt(s),
             fail="", money=True, debtor=co["name"], creditor=names,
             afacts="劳务公司拖欠16名工人工资%s。" % DT.yt(total),
             resp="劳务公司应当足额支付工资，总包方承担先行清偿责任。",
             content=lambda x, s: "一、青禾县利达建筑劳务有限公司向%s支付拖欠工资%s（每人数额见附表），%s；二、款项通过农民工工资专用账户直接支付至工人本人账户；"
                                  "三、工人收到工资后不再以任何形式聚集讨薪。" % (names, x, s),
             plan="custom")
    T["oblig"] = lambda s, close, h: [h.obligation(co["name"], names, total, [(close + dt.timedelta(days=7), total)])]
    f = Flow(gen, T, "QH-MZ", dt.date(2026, 1, 19), "transfer")
    f.accept(0, 0)
    f.session("mid", 1, 1)
    f.steps[-1]["session"]["record"] = T["first"]
    f.tier_sessions = 1
    f.session("mid", 1, 2)
    f.session("agree", 1, 2)
    f.close("settled", 0, 0)
    return gen.emit(f, "QH-MZ", miss=0.0, late=0.0)


def special_ne_labor(gen):
    """An employee of the new-energy company (a related case for the batch)."""
    w = gen.w
    v = w.village("QH-DS-DN")
    a = w.person(v, sex="M", age=(26, 40))
    ne = w.company(NE_NAME, v)
    amount = 2750000
    T = dict(cat="劳动争议", sub="劳动报酬", _name="special_ne_labor",
             title="%s与%s追索劳动报酬纠纷" % (a["name"], NE_NAME),
             facts="%s在%s担任设备维修工，月工资5500元。公司因资金周转困难，自2025年12月起拖欠其工资5个月共计27500元。"
                   "%s拨打12345热线反映，热线转东山镇矛盾纠纷联合调解中心处理。" % (a["name"], NE_NAME, a["name"]),
             claims="请求支付拖欠工资27500元。", amount=amount, risk=False,
             parties=[DT.role(a, "applicant"), DT.role(ne, "respondent")], A=a["name"], B=NE_NAME,
             first="%s提交工资条和考勤记录；公司人事负责人承认欠薪，称公司正与多家债权人协商还款，请求分两期支付。" % a["name"],
             mid=["调解员讲明劳动报酬优先支付，公司同意将其工资纳入回款计划优先支付。"],
             agree=lambda s: "经调解，公司分两期支付拖欠工资27500元，%s同意不再主张经济补偿。" % a["name"],
             fail="", money=True, debtor=NE_NAME, creditor=a["name"], plan="split",
             afacts="公司拖欠%s工资5个月。" % a["name"], resp="公司应足额支付劳动报酬。",
             content=lambda x, s: "%s向%s支付拖欠工资%s，%s。" % (NE_NAME, a["name"], x, s))
    T["oblig"] = lambda s, close, h: [h.obligation(NE_NAME, a["name"], amount,
                                                   [(add_months_end(close, 0), 1500000), (add_months_end(close, 1), 1250000)])]
    f = Flow(gen, T, "QH-DS", dt.date(2026, 5, 18), "hotline")
    f.accept(0, 1)
    f.session("mid", 2, 4)
    f.steps[-1]["session"]["record"] = T["first"]
    f.tier_sessions = 1
    f.session("agree", 3, 6)
    f.close("settled", 0, 0)
    return gen.emit(f, "QH-DS", miss=0.0)


def special_coop12(gen):
    """Twelve households against a co-operative for unpaid land transfer fees: village -> township."""
    w, r = gen.w, gen.rng
    v = w.village("QH-TY-LJT")
    co = w.company("青禾县桃园乡丰禾种植专业合作社", v, prefix="93", legal=w.new_name("M"))
    hh = [w.person(v, age=(45, 78)) for _ in range(12)]
    mus = [r.choice([3, 4, 5, 6, 7, 8, 9]) + r.choice([0, 0.5]) for _ in hh]
    amts = [int(m * 850 * 100) for m in mus]
    total = sum(amts)
    names = "%s等12户" % hh[0]["name"]
    T = dict(cat="山林土地", sub="土地流转", _name="special_coop12",
             title="%s与青禾县桃园乡丰禾种植专业合作社土地经营权流转合同纠纷" % names,
             facts="%s将承包地共%s亩流转给青禾县桃园乡丰禾种植专业合作社种植中药材，约定每亩每年流转费850元，每年11月底前付清。"
                   "合作社因药材滞销，2025年度流转费%s至今未付，并提出降低流转费。村民多次到村委会反映，部分村民要求收回土地。" % (
                       names, ("%g" % sum(mus)), DT.yt(total)),
             claims="请求合作社支付2025年度流转费%s，继续按约履行合同。" % DT.yt(total), amount=total, risk=False,
             parties=[DT.role(p, "applicant", claim_amount=a, representative=(i == 0)) for i, (p, a) in enumerate(zip(hh, amts))]
             + [DT.role(co, "respondent")], A=hh[0]["name"], B=co["name"],
             first="村民代表%s要求按合同付清流转费；合作社理事长%s称药材滞销、资金困难，提出每亩降至600元。" % (hh[0]["name"], co["legal_representative"]),
             mid=["乡联合调解中心会同农经站核对流转合同和各户面积，协调县农业农村局帮助合作社对接药材收购企业。",
                  "调解员分别做村民和合作社工作，合作社同意不降流转费，村民同意分两期收取。"],
             agree=lambda s: "经调解，合作社分两期支付12户2025年度流转费%s，合同继续履行，村民不再要求收回土地。" % DT.yt(s),
             fail="合作社坚持降低流转费，村民不同意，部分村民情绪激动，调解未果。",
             difficulty="涉及12户村民和合作社，合作社资金困难，需镇农经站参与",
             money=True, afacts="合作社未支付12户村民2025年度土地流转费%s。" % DT.yt(total),
             resp="合作社应按合同约定支付流转费。",
             content=lambda x, s: "一、青禾县桃园乡丰禾种植专业合作社向%s支付2025年度流转费%s（各户数额见附表），%s；二、流转合同继续履行，流转费标准不变。" % (names, x, s))
    half = total // 2 - (total // 2) % 100
    T["oblig"] = lambda s, close, h: [h.obligation(co["name"], names, total,
                                                   [(add_months_end(close, 0), half), (add_months_end(close, 2), total - half)])]
    f = Flow(gen, T, v["code"], dt.date(2025, 12, 8), "application")
    f.accept(0, 1)
    f.session("mid", 1, 3)
    f.steps[-1]["session"]["record"] = T["first"]
    f.tier_sessions = 1
    f.session("fail", 3, 6)
    f.refer("QH-TY", "%s，移交桃园乡矛盾纠纷联合调解中心。" % T["difficulty"], 0, 1)
    f.receive(1, 2)
    f.session("mid", 2, 4)
    f.steps[-1]["session"]["record"] = T["mid"][0]
    f.session("agree", 4, 8)
    f.steps[-1]["session"]["record"] = T["agree"](total)
    f.settled = total
    f.close("settled", 0, 0)
    return gen.emit(f, v["code"], miss=0.0)


# ============================================================ finishing
def assign_filed_numbers(cases):
    rng = random.Random(SEED + 1)
    filed = []
    for c in cases:
        for s in c["steps"]:
            if s.get("filed_number") == "__FILED__":
                filed.append((s["on"], c["title"], s))
    filed.sort(key=lambda t: (t[0], t[1]))
    seq = {2025: 96, 2026: 41}
    for on, _, s in filed:
        y = int(on[:4])
        seq[y] += rng.randint(8, 45)
        s["filed_number"] = "（%d）%s民初%d号" % (y, COURT_CODE, seq[y])


def write_json(name, data):
    path = os.path.join(SEEDS, name)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return path


def generate():
    self_test_checks()
    gen = Gen()
    build(gen)
    cases = gen.cases
    for c in cases:
        c.pop("_template", None)
    cases.sort(key=lambda c: (c["received_on"], c["org"], c["title"]))
    assign_filed_numbers(cases)
    write_json("organisations.json", list(gen.w.orgs.values()))
    write_json("users.json", gen.w.users)
    write_json("cases.json", cases)


# ============================================================ checks
def check():
    errors = []

    def err(msg):
        errors.append(msg)

    load = lambda n: json.load(open(os.path.join(SEEDS, n), encoding="utf-8"))  # noqa: E731
    orgs, users, cases = load("organisations.json"), load("users.json"), load("cases.json")
    O = {o["code"]: o for o in orgs}
    U = {u["login"]: u for u in users}
    if len(O) != len(orgs):
        err("duplicate org codes")
    if len(U) != len(users):
        err("duplicate logins")

    def anc(code):
        out, p = [], O[code]["parent"]
        while p:
            out.append(p)
            p = O[p]["parent"]
        return out

    allowed_parent = {"court": (None, "court"), "tribunal": ("court",), "township": ("tribunal",), "village": ("township",)}
    for o in orgs:
        c = o["code"]
        if not (len(c) <= 16 and all(ch.isupper() or ch.isdigit() or ch == "-" for ch in c) and c.isascii()):
            err("bad org code %s" % c)
        if o["parent"] is not None and o["parent"] not in O:
            err("unknown parent of %s" % c)
        ptier = O[o["parent"]]["tier"] if o["parent"] else None
        if ptier not in allowed_parent[o["tier"]]:
            err("bad tier nesting %s" % c)
        if o["tier"] in ("township", "tribunal"):
            kids = [k for k in orgs if k["parent"] == c]
            if o["population"] != sum(k["population"] for k in kids):
                err("population of %s is not the sum of its children" % c)
    if O["QH-FY"]["population"] != sum(o["population"] for o in orgs if o["tier"] == "tribunal"):
        err("county population")
    admins = [u for u in users if u["role"] == "admin"]
    if len(admins) != 1 or admins[0]["login"] != "admin" or admins[0]["org"] != "QH-FY":
        err("admin")
    role_tier = {"mediator": ("village",), "staff": ("township", "court"), "judge": ("tribunal", "court"), "admin": ("court",)}
    for u in users:
        if u["org"] not in O:
            err("user %s: unknown org" % u["login"])
        elif O[u["org"]]["tier"] not in role_tier[u["role"]]:
            err("user %s: role %s at %s" % (u["login"], u["role"], u["org"]))
        if not (u["login"].isascii() and u["login"].islower() and u["login"].isalnum()):
            err("login %s" % u["login"])

    persons = {}
    orgparties = {}
    final = collections.Counter()
    cats = collections.Counter()
    at_tier = collections.Counter()
    flows = collections.Counter()
    CATS = ["婚姻家庭", "邻里", "房屋宅基地", "合同", "生产经营", "损害赔偿", "山林土地", "征地拆迁", "环境污染",
            "劳动争议", "消费", "医疗", "道路交通事故", "物业", "其他"]
    for i, c in enumerate(cases):
        tag = "case %d (%s)" % (i, c["title"])
        if c["category"] not in CATS:
            err("%s: category" % tag)
        if c["source"] not in ("application", "initiative", "transfer", "delegation", "hotline"):
            err("%s: source" % tag)
        if not (80 <= len(c["facts"]) <= 250):
            err("%s: facts length %d" % (tag, len(c["facts"])))
        amount = parse_money(c["amount"])
        if c["org"] not in O:
            err("%s: org" % tag)
        if c["user"] not in U or U[c["user"]]["org"] != c["org"]:
            err("%s: registering user" % tag)
        received = dt.date.fromisoformat(c["received_on"])
        if not (dt.date(2025, 1, 1) <= received <= dt.date(2026, 11, 15)):
            err("%s: received_on" % tag)
        names = set()
        roles = collections.Counter()
        claim_sum, reps = 0, 0
        for p in c["parties"]:
            roles[p["role"]] += 1
            names.add(p["name"])
            if p["kind"] == "person":
                if not id_valid(p["id_number"], received):
                    err("%s: bad id %s" % (tag, p["id_number"]))
                prev = persons.setdefault(p["id_number"], (p["name"], p["phone"]))
                if prev != (p["name"], p["phone"]):
                    err("%s: id %s used by two people" % (tag, p["id_number"]))
                if not (len(p["phone"]) == 11 and p["phone"].startswith("1") and p["phone"].isdigit()):
                    err("%s: phone" % tag)
            else:
                if not uscc_valid(p["credit_code"]):
                    err("%s: bad credit code %s" % (tag, p["credit_code"]))
                prev = orgparties.setdefault(p["credit_code"], p["name"])
                if prev != p["name"]:
                    err("%s: credit code %s used by two names" % (tag, p["credit_code"]))
                if not p.get("legal_representative"):
                    err("%s: legal representative" % tag)
            if "claim_amount" in p:
                claim_sum += parse_money(p["claim_amount"])
            reps += bool(p.get("representative"))
        if not roles["applicant"] or not roles["respondent"]:
            err("%s: parties" % tag)
        if claim_sum and claim_sum != amount:
            err("%s: claim amounts %s != amount" % (tag, fmt(claim_sum)))
        if roles["applicant"] > 1 and claim_sum and reps != 1:
            err("%s: representative" % tag)
        if len(names) != len(c["parties"]):
            err("%s: duplicate party names" % tag)

        # ---- state machine
        status, handling, pending, prev_status = "registered", c["org"], None, None
        last = received
        path = [O[c["org"]]["tier"]]
        for j, s in enumerate(c["steps"]):
            st = "%s step %d %s" % (tag, j, s["action"])
            on = dt.date.fromisoformat(s["on"])
            if on < last or on > END:
                err("%s: date %s out of order" % (st, s["on"]))
            last = on
            u = U.get(s["user"])
            if u is None:
                err("%s: unknown user" % st)
                continue
            a = s["action"]
            if a not in ACTIONS:
                err("%s: unknown action" % st)
                continue
            actor_org = pending if a in ("receive", "return") else handling
            if u["org"] != actor_org:
                err("%s: user %s of %s acts for %s" % (st, u["login"], u["org"], actor_org))
            if a == "accept":
                if status != "registered":
                    err("%s: from %s" % (st, status))
                status = "in_mediation"
            elif a == "reject":
                if status != "registered" or not s.get("reason"):
                    err("%s: from %s" % (st, status))
                status = "not_accepted"
            elif a == "session":
                ss = s["session"]
                if status != "in_mediation":
                    err("%s: from %s" % (st, status))
                if ss["date"] != s["on"] or not ss["mediators"] or not ss["participants"] or not ss["place"]:
                    err("%s: session fields" % st)
                if not (40 <= len(ss["record"]) <= 150):
                    err("%s: record length %d: %s" % (st, len(ss["record"]), ss["record"]))
            elif a == "refer":
                if status != "in_mediation" or s["to"] not in anc(handling) or not s.get("reason"):
                    err("%s: refer %s -> %s from %s" % (st, handling, s["to"], status))
                prev_status, status, pending = status, "referred", s["to"]
                path.append("^" + O[s["to"]]["tier"])
            elif a == "delegate":
                if status != "in_mediation" or O[handling]["tier"] not in ("court", "tribunal") \
                        or handling not in anc(s["to"]) or not s.get("reason"):
                    err("%s: delegate %s -> %s from %s" % (st, handling, s["to"], status))
                prev_status, status, pending = status, "delegated", s["to"]
                path.append("v" + O[s["to"]]["tier"])
            elif a == "receive":
                if status not in ("referred", "delegated"):
                    err("%s: from %s" % (st, status))
                handling, pending, status = pending, None, "in_mediation"
            elif a == "return":
                if status not in ("referred", "delegated") or not s.get("reason"):
                    err("%s: from %s" % (st, status))
                pending, status = None, prev_status
                path.append("returned")
            elif a == "close":
                if status != "in_mediation":
                    err("%s: from %s" % (st, status))
                oc = s["outcome"]
                if oc == "filed":
                    if O[handling]["tier"] not in ("court", "tribunal") or not s.get("filed_number"):
                        err("%s: filed at %s" % (st, handling))
                elif oc in ("failed", "withdrawn"):
                    if not s.get("reason"):
                        err("%s: reason" % st)
                elif oc == "settled":
                    check_agreement(s["agreement"], amount, on, names, st, err)
                else:
                    err("%s: outcome %s" % (st, oc))
                status = oc
                at_tier[(oc, O[handling]["tier"] if handling != "QH-FY-SQ" else "court-SQ")] += 1
            if status in ("not_accepted", "settled", "failed", "withdrawn", "filed") and j != len(c["steps"]) - 1:
                err("%s: steps after a final status" % st)
        for p in c.get("payments", []):
            if status != "settled" or not (p["on"] <= iso(END)):
                err("%s: payment" % tag)
        final[status] += 1
        cats[c["category"]] += 1
        flows[" ".join(path)] += 1
    total_size = sum(os.path.getsize(os.path.join(SEEDS, n)) for n in ("organisations.json", "users.json", "cases.json"))
    return errors, dict(orgs=len(orgs), users=len(users), cases=len(cases), final=final, cats=cats,
                        at_tier=at_tier, size=total_size, flows=flows)


def check_agreement(ag, amount, on, names, st, err):
    if ag["kind"] not in ("written", "oral"):
        err("%s: agreement kind" % st)
    for k in ("facts", "responsibilities", "content"):
        if not ag.get(k):
            err("%s: agreement %s" % (st, k))
    if not ag["performance"].get("manner") or not ag["performance"].get("place"):
        err("%s: performance" % st)
    tot = 0
    for ob in ag["obligations"]:
        a = parse_money(ob["amount"])
        tot += a
        if sum(parse_money(i["amount"]) for i in ob["instalments"]) != a:
            err("%s: instalments do not add up" % st)
        dues = [i["due"] for i in ob["instalments"]]
        if dues != sorted(dues) or dues[0] < iso(on):
            err("%s: instalment dates" % st)
        if not ob["debtor"] or not ob["creditor"]:
            err("%s: obligation parties" % st)
    if tot > amount:
        err("%s: obligations %s exceed amount %s" % (st, fmt(tot), fmt(amount)))
    if ag["kind"] == "written" and not ag["signed"]:
        err("%s: written agreement without signatures" % st)
    for sg in ag["signed"]:
        if sg["who"] not in names or sg["on"] > iso(on):
            err("%s: signature %s" % (st, sg))


def main():
    if "--check" not in sys.argv:
        generate()
    errors, s = check()
    print("organisations %d, users %d, cases %d, %.0f KB" % (s["orgs"], s["users"], s["cases"], s["size"] / 1024))
    print("final status:", ", ".join("%s %d" % kv for kv in s["final"].most_common()))
    print("category:", ", ".join("%s %d" % kv for kv in s["cats"].most_common()))
    print("closed at tier:", ", ".join("%s@%s %d" % (k[0], k[1], v) for k, v in sorted(s["at_tier"].items())))
    if "-v" in sys.argv:
        for k, v in s["flows"].most_common():
            print("  %3d  %s" % (v, k))
    if errors:
        print("%d PROBLEMS" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()

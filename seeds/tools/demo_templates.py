"""Text templates for the Tiaojie demo dataset (used by make_demo.py).

Each template is a function of a case context ``x`` (see make_demo.Ctx) and returns a dict:
  title, facts, claims, amount (fen), risk, parties, A, B (names used in records),
  first (record of a first session), mid (list of middle-session records),
  agree(settled_fen) -> record of the settling session, fail (record of a failed session),
  difficulty (why a lower tier sends it up), fail_reason, withdraw, reject,
  money (bool), debtor, creditor, ratio (lo, hi), plan ('lump'|'split'|'either'),
  afacts, resp, content(amount_text, schedule_text) or content_nm (non-monetary),
  optional: oblig(settled, close, helpers) custom obligations, place, oral_ok.
All names, numbers and events are invented.
"""

TEMPLATES = []


def tpl(cat, sub, levels, where="rural", weight=1.0):
    def deco(fn):
        TEMPLATES.append(dict(cat=cat, sub=sub, levels=levels, where=where,
                              weight=weight, fn=fn, name=fn.__name__))
        return fn
    return deco


def role(p, r, **extra):
    q = dict(p)
    q["role"] = r
    q.update(extra)
    return q


def yt(fen):
    """Amount as it is written in running Chinese text."""
    if fen % 100 == 0:
        return "%d元" % (fen // 100)
    return "%d.%02d元" % (fen // 100, fen % 100)


# ---------------------------------------------------------------- 婚姻家庭
@tpl("婚姻家庭", "赡养", "VT", weight=1.1)
def family_support(x):
    sur = x.surname()
    parent = x.person(sex=x.r.choice("MF"), age=(72, 84), surname=sur)
    n = x.r.choice([2, 2, 3])
    kids = [x.person(sex="M", age=(42, 55), surname=sur) for _ in range(n)]
    monthly = x.r.choice([300, 400, 500])
    amount = monthly * 12 * n * 100
    names = "、".join(k["name"] for k in kids)
    P, K0 = parent["name"], kids[0]["name"]
    ill = x.r.choice(["患有高血压、腿脚不便", "去年中风后行动不便", "患有糖尿病需长期服药", "独居多年且视力下降"])
    return dict(
        title="%s与%s赡养纠纷" % (P, names),
        facts="%s现年%s岁，%s，老伴去世后独自居住在%s的老宅，无固定收入。其%d个儿子%s均已成家另过，"
              "因对老人生活费分摊和轮流照料安排意见不一，互相推诿，近半年无人按时给付生活费，"
              "老人多次到村委会反映，情绪低落。" % (P, 2026 - int(parent["id_number"][6:10]), ill, x.v["short"], n, names),
        claims="请求各子女每人每月给付赡养费%d元，共同负担医疗费用，并明确轮流照料方式。" % monthly,
        amount=amount, risk=False,
        parties=[role(parent, "applicant")] + [role(k, "respondent") for k in kids],
        A=P, B=K0,
        first="%s诉说生活困难、无人照料；%s等称其他兄弟照顾少、自己负担重，兄弟之间互相指责，情绪较为激动。" % (P, K0),
        mid=["调解员分别与兄弟%d人谈话，释明民法典关于成年子女赡养义务不因分家或放弃继承而免除的规定，动之以情。" % n,
             "邀请本族长辈和村两委成员参与，逐项核算老人每月生活、医药开支，兄弟几人对数额初步认可。"],
        agree=lambda s: "经调解，兄弟%d人同意每人每月给付赡养费%d元，按季度交付，医疗费凭票据平均分担，按月轮流照料，当场签字。" % (n, monthly),
        fail="%s坚持认为父母分家时偏向兄弟，拒绝承担赡养费，其他子女亦不愿多出，调解未果。" % K0,
        difficulty="子女之间矛盾积怨较深，需乡镇联合调解中心会同司法所进一步做工作",
        fail_reason="被申请人拒不承担赡养义务，调解终止，已告知申请人可向人民法院提起赡养诉讼，并提供法律援助渠道。",
        withdraw="子女已主动将老人接回家中照料并给付生活费，申请人撤回调解申请。",
        reject="被申请人均在外地务工，经电话联系明确表示拒绝调解，依照人民调解法第十七条不予受理，已告知诉讼途径。",
        money=True, debtor=None, creditor=P, ratio=(1.0, 1.0), plan="custom",
        oblig=lambda s, close, h: [h.obligation(k["name"], P, monthly * 12 * 100, h.quarterly(monthly * 3 * 100, 4, close)) for k in kids],
        afacts="%s年事已高，%s，其子%s对赡养费分摊及照料方式存在争议。" % (P, ill, names),
        resp="赡养父母是成年子女的法定义务，各子女应平均分担。",
        content=lambda a, s: "一、%s每人每月给付%s赡养费%d元，每季度首月10日前交付；二、医疗费凭票据由子女平均负担；"
                              "三、子女按月轮流照料老人生活起居；四、各方不得以任何理由拒绝履行。" % (names, P, monthly),
        oral_ok=False)


@tpl("婚姻家庭", "继承", "VTC", weight=1.2)
def family_inherit(x):
    sur = x.surname()
    sibs = [x.person(sex=x.r.choice("MF"), age=(40, 62), surname=sur) for _ in range(x.r.choice([2, 3]))]
    A, others = sibs[0], sibs[1:]
    value = x.money(90000, 260000, 1000)
    share = value // len(sibs)
    share -= share % 10000
    B = others[0]["name"]
    onames = "、".join(o["name"] for o in others)
    item = x.r.choice(["老宅五间及院落", "临街门市房一处", "老宅及存款"])
    return dict(
        title="%s与%s继承纠纷" % (A["name"], onames),
        facts="%s、%s系兄弟姐妹，父母先后于%d年、%d年去世，未留遗嘱，遗留%s，经估价约%s。%s一直居住在老宅并照料父母晚年，"
              "主张多分；%s认为应均等分割，双方多次争吵，春节期间几乎动手。" % (
                  A["name"], onames, x.r.choice([2019, 2020, 2021]), x.r.choice([2023, 2024]), item, yt(value), B, A["name"]),
        claims="请求依法分割父母遗产，由实际居住人取得房屋并按份给付其他继承人折价款。",
        amount=value, risk=False,
        parties=[role(A, "applicant")] + [role(o, "respondent") for o in others],
        A=A["name"], B=B,
        first="%s要求均分遗产；%s称自己多年照料父母、出资翻修房屋，应当多分。双方对房屋价值也有分歧。" % (A["name"], B),
        mid=["调解员讲解民法典第一千一百三十条关于对被继承人尽了主要扶养义务的继承人可以多分的规定，并请村里老党员参与劝导。",
             "调解员组织双方查看房屋、核对翻修票据，请熟悉行情的村民估算价值，双方对价值差距缩小。"],
        agree=lambda s: "经调解，%s取得房屋，向其他继承人给付折价款共%s，其余存款平分，当场签订协议。" % (B, yt(s)),
        fail="双方对房屋价值和照料贡献认识差距过大，%s坚持必须卖房平分，调解未果。" % A["name"],
        difficulty="涉及房屋评估和多名继承人，且有继承人常年在外，需上级调解组织协调",
        fail_reason="继承人对遗产范围和份额分歧过大，调解终止，已告知可向人民法院提起继承诉讼。",
        withdraw="双方经亲属说合自行协商一致，申请人撤回调解申请。",
        reject="部分继承人明确表示不同意调解，要求直接诉讼，依法不予受理。",
        money=True, debtor=B, creditor=A["name"], ratio=(0.35, 0.5), plan="either",
        oblig=lambda s, close, h: [h.obligation(B, c["name"], h.share(s, len(sibs) - 1),
                                                h.schedule(h.share(s, len(sibs) - 1), "either", close))
                                   for c in [A] + others[1:]],
        afacts="被继承人去世后遗留%s，各继承人对分割方式和份额存在争议。" % item,
        resp="%s对父母尽了主要扶养义务，可适当多分；其余继承人依法享有继承份额。" % B,
        content=lambda a, s: "一、%s归%s所有；二、%s向其他继承人给付房屋折价款%s，%s；三、各方今后不再就上述遗产主张权利。" % (
            item, B, B, a, s),
        oral_ok=False)


@tpl("婚姻家庭", "婚约财产", "VT", weight=0.7)
def family_betrothal(x):
    m = x.person(sex="M", age=(24, 32))
    f = x.person(sex="F", age=(22, 29))
    mf = x.person(sex="M", age=(48, 60), surname=m["name"][0])
    gift = x.money(88000, 188000, 1000)
    return dict(
        title="%s、%s与%s婚约财产纠纷" % (m["name"], mf["name"], f["name"]),
        facts="%s与%s经人介绍相识，%d年按当地习俗订婚，男方给付彩礼%s及三金首饰，双方未办理结婚登记。"
              "后双方因性格不合解除婚约，男方要求返还彩礼，女方认为已同居数月且为订婚宴花费较多，只同意返还小部分，两家多次争吵。" % (
                  m["name"], f["name"], x.r.choice([2024, 2025]), yt(gift)),
        claims="请求返还彩礼%s及首饰。" % yt(gift),
        amount=gift, risk=x.r.random() < 0.3,
        parties=[role(m, "applicant", representative=True), role(mf, "applicant"), role(f, "respondent")],
        A=m["name"], B=f["name"],
        first="%s要求全额返还彩礼；%s称订婚后共同生活，花费大量钱款，只同意返还三成。两家亲属到场，言语冲突较多。" % (m["name"], f["name"]),
        mid=["调解员结合最高人民法院关于涉彩礼纠纷案件的司法解释，讲明共同生活时间、彩礼实际使用等因素，分别做双方家长工作。",
             "调解员背靠背与双方沟通，媒人到场说明彩礼交付经过，双方各自让步，返还比例逐步接近。"],
        agree=lambda s: "经调解，%s同意返还彩礼%s，首饰全部退回，双方互不追究，当场签订协议。" % (f["name"], yt(s)),
        fail="女方坚持只返还三成，男方不同意，两家情绪对立，调解未果。",
        difficulty="两家情绪对立，涉及大额彩礼返还比例，村调解室难以平衡",
        fail_reason="双方对返还比例分歧过大，调解终止，已告知可向人民法院起诉。",
        withdraw="双方经媒人说合自行达成一致，申请人撤回申请。",
        reject="被申请人明确拒绝调解，不予受理，已告知诉讼途径。",
        money=True, debtor=f["name"], creditor=m["name"], ratio=(0.55, 0.8), plan="either",
        afacts="双方订婚后未办理结婚登记，婚约解除，对彩礼返还存在争议。",
        resp="双方未办理结婚登记，女方应返还彩礼；考虑共同生活及订婚花费，酌情扣减。",
        content=lambda a, s: "一、%s返还%s彩礼%s，%s；二、订婚时所送首饰于签订本协议时全部退回；三、双方婚约关系解除，今后互不干扰。" % (
            f["name"], m["name"], a, s),
        oral_ok=False)


@tpl("婚姻家庭", "抚养", "VT", weight=0.7)
def family_childsupport(x):
    mo = x.person(sex="F", age=(28, 40))
    fa = x.person(sex="M", age=(30, 42))
    months = x.r.choice([12, 18, 24])
    per = x.r.choice([800, 1000, 1200])
    amount = months * per * 100
    return dict(
        title="%s与%s抚养费纠纷" % (mo["name"], fa["name"]),
        facts="%s与%s于%d年协议离婚，约定婚生子由女方抚养，男方每月给付抚养费%d元。离婚后男方在外地务工，"
              "已连续%d个月未付抚养费，孩子上学及生病开支均由女方负担，女方多次催要无果。" % (
                  mo["name"], fa["name"], x.r.choice([2020, 2021, 2022]), per, months),
        claims="请求给付拖欠的抚养费%s，并按月按时给付今后的抚养费。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(mo, "applicant"), role(fa, "respondent")],
        A=mo["name"], B=fa["name"],
        first="%s要求补齐欠付抚养费；%s称在外收入不稳定，且女方阻挠其探望孩子，故未付。" % (mo["name"], fa["name"]),
        mid=["调解员释明父母对子女有抚养义务，给付抚养费与探望权是两回事，不能互为条件，并通过视频与男方沟通。"],
        agree=lambda s: "经调解，%s同意分期补付欠付抚养费%s，今后按月给付，女方保证男方每月探望两次。" % (fa["name"], yt(s)),
        fail="男方称无力支付，只愿意今后按月给付，不同意补付欠款，调解未果。",
        difficulty="男方常年在外地，需借助上级调解组织远程调解",
        fail_reason="被申请人不同意补付欠款，调解终止，已告知可向人民法院起诉。",
        withdraw="男方已一次性付清欠款，申请人撤回申请。",
        reject="被申请人拒绝参加调解，不予受理，已告知诉讼途径。",
        money=True, debtor=fa["name"], creditor=mo["name"], ratio=(0.8, 1.0), plan="split",
        afacts="双方离婚后男方未按约定给付抚养费。",
        resp="抚养子女是父母的法定义务，男方应补付欠款。",
        content=lambda a, s: "一、%s补付欠付抚养费%s，%s；二、今后每月10日前给付抚养费%d元；三、%s每月可探望孩子两次，女方予以配合。" % (
            fa["name"], a, s, per, fa["name"]),
        oral_ok=False)


@tpl("婚姻家庭", "家庭矛盾", "V", weight=0.8)
def family_conflict(x):
    sur = x.surname()
    w = x.person(sex="F", age=(30, 45))
    h = x.person(sex="M", age=(32, 48), surname=sur)
    mo = x.person(sex="F", age=(60, 75), surname=x.surname())
    return dict(
        title="%s与%s、%s家庭纠纷" % (w["name"], h["name"], mo["name"]),
        facts="%s与丈夫%s婚后与婆婆%s同住，因照看孩子、家务分工和生活费使用等琐事长期不和，近日双方争吵中婆婆摔坏物品，"
              "%s带孩子回娘家居住并表示要离婚。网格员排查发现后报告村调解室。" % (w["name"], h["name"], mo["name"], w["name"]),
        claims="要求分开居住、丈夫承担家庭开支，婆婆不再干涉小家庭生活。",
        amount=0, risk=False,
        parties=[role(w, "applicant"), role(h, "respondent"), role(mo, "respondent")],
        A=w["name"], B=h["name"],
        first="%s诉说婆婆干涉过多、丈夫不管不问；%s称妻子脾气急，婆婆也有怨言。三人各说各理，情绪激动。" % (w["name"], h["name"]),
        mid=["调解员和妇联执委分别与婆媳谈心，引导换位思考，劝%s承担起丈夫和儿子的责任。" % h["name"]],
        agree=lambda s: "经调解，三方同意小两口在东厢房另起炉灶，%s每月交家用，婆婆不干涉，%s带孩子回家。" % (h["name"], w["name"]),
        fail="%s坚持离婚，不愿回家，调解未果。" % w["name"],
        difficulty="女方提出离婚，涉及婚姻关系，需镇中心会同妇联进一步调解",
        fail_reason="女方坚持离婚，调解终止，已告知可依法向人民法院起诉离婚。",
        withdraw="家庭成员自行和好，申请人撤回申请。",
        reject="当事人表示属于家务事，拒绝调解，不予受理。",
        money=False,
        afacts="家庭成员因琐事长期不和，女方回娘家居住。",
        resp="各方均有过错，应互谅互让。",
        content_nm="一、%s与%s在东厢房另行生活，%s每月交付家用；二、婆婆%s不干涉小家庭生活，小两口逢年过节尽孝；三、%s带孩子于三日内回家居住。" % (
            w["name"], h["name"], h["name"], mo["name"], w["name"]),
        oral_ok=True)


@tpl("婚姻家庭", "分家析产", "VT", weight=0.6)
def family_divide(x):
    sur = x.surname()
    a = x.person(sex="M", age=(35, 55), surname=sur)
    b = x.person(sex="M", age=(35, 55), surname=sur)
    comp = x.money(20000, 60000, 1000)
    return dict(
        title="%s与%s分家析产纠纷" % (a["name"], b["name"]),
        facts="%s与%s系亲兄弟，父亲在世时口头将宅院和两间临街房分给兄弟二人，未立字据。父亲去世后，%s在临街房开小卖部，"
              "%s认为其中一间应归自己，要求腾房或给付补偿，兄弟二人多次争吵，母亲左右为难。" % (
                  a["name"], b["name"], b["name"], a["name"]),
        claims="请求分割临街房，或由对方给付补偿%s。" % yt(comp),
        amount=comp, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s称父亲生前说过房子兄弟平分；%s称自己出钱修缮，且父亲说临街房归他。母亲到场说明情况。" % (a["name"], b["name"]),
        mid=["调解员走访族中长辈核实父亲生前安排，并核算修缮投入，劝导兄弟二人顾念亲情。"],
        agree=lambda s: "经调解，临街房归%s，%s给付%s补偿%s，宅院兄弟二人东西分开，当场签字。" % (b["name"], b["name"], a["name"], yt(s)),
        fail="兄弟二人对补偿数额分歧较大，%s不同意给付补偿，调解未果。" % b["name"],
        difficulty="房屋来源证明缺失，兄弟二人僵持不下",
        fail_reason="双方分歧较大，调解终止，已告知可向人民法院起诉。",
        withdraw="兄弟二人经母亲说合自行和解，撤回申请。",
        reject="被申请人明确拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.6, 0.9), plan="either",
        afacts="父亲生前口头分家未立字据，兄弟二人对临街房归属存在争议。",
        resp="双方均为家庭共有财产的权利人，应公平分割。",
        content=lambda a_, s: "一、临街房两间归%s所有；二、%s给付%s补偿款%s，%s；三、宅院以中间甬道为界东西分开使用。" % (
            b["name"], b["name"], a["name"], a_, s),
        oral_ok=False)


# ---------------------------------------------------------------- 邻里
@tpl("邻里", "相邻关系", "VT", weight=1.9)
def nb_drain(x):
    a = x.fixed("A", lambda: x.person(age=(40, 70)))
    b = x.fixed("B", lambda: x.person(age=(40, 70)))
    rel = x.r.choice(["前后院邻居", "东西邻居", "隔街对门的邻居"])
    cm = x.r.choice([30, 40, 50, 60])
    rain = x.r.choice(["今年入夏以来几场大雨", "连续几场秋雨", "七月一场暴雨"])
    harm = x.r.choice(["后墙墙皮脱落、柴房进水", "西屋墙根返潮、院内积水没过脚踝", "厨房后墙出现裂缝、存放的粮食受潮"])
    return dict(
        title="%s与%s相邻排水纠纷" % (a["name"], b["name"]),
        facts="%s与%s系%s。%s翻建院落时将院内地面垫高约%d厘米，并把排水口改向%s家一侧，"
              "%s，雨水顺墙根流入%s院内，造成%s。双方多次交涉未果并发生口角。" % (
                  a["name"], b["name"], rel, b["name"], cm, a["name"], rain, a["name"], harm),
        claims="请求对方改造排水口，修缮受损墙体，赔偿损失。",
        amount=x.money(1500, 4000, 100), risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        place="双方院落现场",
        first="调解员到现场查看，%s要求恢复原排水方向并赔偿；%s称排水口是在自家院内，雨水多是天灾。" % (a["name"], b["name"]),
        mid=["调解员释明民法典第二百九十条关于相邻用水、排水应当为相邻权利人提供便利的规定，请懂行的泥瓦匠估算修缮费用。"],
        agree=lambda s: "经调解，%s同意三日内将排水口改至街面排水沟，并给付修墙费用%s，双方握手言和。" % (b["name"], yt(s)),
        fail="%s拒绝改动排水口，称不赔一分钱，调解未果。" % b["name"],
        difficulty="双方积怨较深，且涉及院落翻建是否经过审批，需镇村建所参与",
        fail_reason="被申请人拒不改造排水口，调解终止，已告知可向人民法院起诉。",
        withdraw="对方已自行改造排水口，申请人撤回申请。",
        reject="被申请人明确拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.5, 1.0), plan="lump",
        afacts="%s垫高院落并改变排水方向，雨水流入邻居院内造成损失。" % b["name"],
        resp="%s改变排水方向造成相邻方损失，应承担主要责任。" % b["name"],
        content=lambda a_, s: "一、%s于三日内将院内排水口改至街面排水沟；二、%s给付%s修缮费%s，%s；三、双方今后和睦相处。" % (
            b["name"], b["name"], a["name"], a_, s),
        oral_ok=True)


@tpl("邻里", "相邻关系", "VT", weight=1.8)
def nb_passage(x):
    a = x.fixed("A", lambda: x.person(age=(35, 70)))
    b = x.fixed("B", lambda: x.person(age=(35, 70)))
    width = x.r.choice(["2.5", "3", "3.5"])
    what = x.r.choice(["在胡同口堆放砖料并垒起半截院墙", "在胡同中段堆放砖料、垒墙并搭建简易车棚", "在胡同里堆放砖料和柴草垛并垒起矮墙"])
    hurt = x.r.choice(["%s家老人夜里出门还因此摔伤" % a["name"], "%s家孩子上学只能翻墙绕行" % a["name"],
                       "%s家急救车曾因此进不了胡同" % a["name"]])
    return dict(
        title="%s与%s相邻通行纠纷" % (a["name"], b["name"]),
        facts="%s家与%s家共用一条宽约%s米的胡同出入。%s%s，致使%s家的农用三轮车无法通行，"
              "秋收时只能绕行，双方为此多次争吵，%s。" % (a["name"], b["name"], width, b["name"], what, a["name"], hurt),
        claims="请求对方清除砖料、拆除占道院墙，恢复通行。",
        amount=0, risk=x.r.random() < 0.35,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        place="胡同现场",
        first="调解员到胡同现场测量，%s要求拆墙恢复通行；%s称胡同有一半是自家宅基地，垒墙是为了防盗。" % (a["name"], b["name"]),
        mid=["调解员调取村里宅基地登记底册核对四至，说明胡同为两家共用通道，并讲解民法典关于相邻通行的规定。",
             "调解员请两家共同的亲戚出面劝说，并提出在墙上开大门的折中方案。"],
        agree=lambda s: "经调解，%s同意五日内清走砖料、拆除占道部分院墙，胡同保持畅通，两家互不堆放杂物。" % b["name"],
        fail="%s坚持胡同一半属自家，拒绝拆墙，双方发生争吵，调解未果。" % b["name"],
        difficulty="涉及宅基地四至认定和历史遗留问题，双方情绪激烈，有冲突苗头",
        fail_reason="被申请人拒绝拆除院墙，调解终止，已告知可向人民法院起诉排除妨害。",
        withdraw="对方已主动清除砖料，申请人撤回申请。",
        reject="被申请人明确拒绝调解，不予受理，已报派出所备案关注。",
        money=False,
        afacts="两家共用胡同，一方堆放砖料并垒墙妨碍另一方通行。",
        resp="%s堆放砖料、垒墙占用共用通道，妨碍他人通行，应予纠正。" % b["name"],
        content_nm="一、%s于五日内清除胡同内砖料，拆除占道部分院墙；二、胡同为两家共用通道，双方均不得堆放杂物；三、双方今后互谅互让。" % b["name"],
        oral_ok=True)


@tpl("邻里", "生活噪声异味", "V", weight=1.0)
def nb_animals(x):
    a = x.person(age=(30, 70))
    b = x.person(age=(40, 70))
    what = x.r.choice(["在院内散养鸡鸭三十余只", "在院内养了四条大狗", "在房后搭棚养羊十余只"])
    return dict(
        title="%s与%s邻里纠纷" % (a["name"], b["name"]),
        facts="%s与%s系东西邻居。%s%s，粪便堆在两家院墙根下，夏天气味难闻、蚊蝇滋生，夜间还常有叫声，"
              "%s家孩子备考受到影响。%s多次提出意见，对方不以为然，双方关系日趋紧张。" % (
                  a["name"], b["name"], b["name"], what, a["name"], a["name"]),
        claims="要求对方及时清理粪便，圈养或迁移牲畜，不再影响生活。",
        amount=0, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s反映异味和噪声影响生活；%s称养殖是为了补贴家用，村里家家都养，不同意搬走。" % (a["name"], b["name"]),
        mid=["调解员实地查看后，讲解农村人居环境整治要求和相邻关系规定，劝双方各退一步。"],
        agree=lambda s: "经调解，%s同意将牲畜移至村外自家承包地圈养，每日清理粪便，%s表示谅解。" % (b["name"], a["name"]),
        fail="%s不同意迁移，双方互不相让，调解未果。" % b["name"],
        difficulty="被申请人拒不配合，需镇人居环境整治办参与",
        fail_reason="双方互不相让，调解终止，已告知可向有关部门反映或向人民法院起诉。",
        withdraw="对方已自行处理，申请人撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=False,
        afacts="一方养殖牲畜产生异味和噪声，影响邻居生活。",
        resp="养殖人应当避免对相邻方造成影响。",
        content_nm="一、%s于十日内将牲畜移至村外圈养，院内每日清理粪便；二、%s不再因此事与对方争吵；三、双方共同维护环境卫生。" % (
            b["name"], a["name"]),
        oral_ok=True)


@tpl("邻里", "邻里纠纷", "VT", weight=1.3)
def nb_fight(x):
    a = x.fixed("A", lambda: x.person(age=(30, 65)))
    b = x.fixed("B", lambda: x.person(age=(30, 65)))
    cost = x.money(2000, 9000, 100)
    return dict(
        title="%s与%s邻里纠纷" % (a["name"], b["name"]),
        facts="%s与%s系邻居，平时因门前停车、倒脏水等小事积有矛盾。某日傍晚双方在街上争吵后相互推搡，"
              "%s摔倒致手腕骨裂，住院治疗花去医疗费等%s。派出所出警后将纠纷移送村调解室，双方亲属仍互相指责。" % (
                  a["name"], b["name"], a["name"], yt(cost)),
        claims="请求对方赔偿医疗费、误工费等共计%s，并赔礼道歉。" % yt(cost),
        amount=cost, risk=True,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s出示住院票据要求全额赔偿；%s称是对方先动手，自己也被抓伤，最多承担一半。" % (a["name"], b["name"]),
        mid=["调解员会同派出所民警调看街口监控，明确双方均有过错，并向双方释明继续冲突可能承担的法律后果。"],
        agree=lambda s: "经调解，%s赔偿%s医疗费等%s，双方互相道歉，保证不再发生冲突。" % (b["name"], a["name"], yt(s)),
        fail="%s认为对方先动手，拒绝赔偿，双方亲属在场争吵，调解未果。" % b["name"],
        difficulty="双方积怨深、已发生肢体冲突，存在再次激化风险，需镇中心会同派出所处理",
        fail_reason="双方对责任认定分歧大，调解终止，已告知可向人民法院起诉，并提示派出所持续关注。",
        withdraw="双方私下和解并已给付赔偿，申请人撤回申请。",
        reject="被申请人拒绝调解，不予受理，已告知诉讼途径并报派出所关注。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.5, 0.8), plan="lump",
        afacts="双方因琐事发生推搡，致%s受伤。" % a["name"],
        resp="双方均有过错，%s承担主要赔偿责任。" % b["name"],
        content=lambda a_, s: "一、%s赔偿%s医疗费、误工费等%s，%s；二、双方互相赔礼道歉；三、今后不得再因此事寻衅滋事。" % (
            b["name"], a["name"], a_, s),
        oral_ok=False)


@tpl("邻里", "相邻关系", "V", weight=0.6)
def nb_tree(x):
    a = x.person(age=(40, 75))
    b = x.person(age=(40, 75))
    return dict(
        title="%s与%s相邻树木纠纷" % (a["name"], b["name"]),
        facts="%s家院外栽有两棵大杨树，紧挨%s家房屋，树枝伸入%s家房顶，落叶堵塞房檐水槽，树根拱裂了院墙地基。"
              "%s多次要求砍树，%s称树是自家的，只同意修剪，两家为此不说话已近一年。" % (
                  b["name"], a["name"], a["name"], a["name"], b["name"]),
        claims="要求对方伐除靠近房屋的两棵杨树，修复院墙裂缝。",
        amount=x.money(800, 2000, 100), risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        place="双方房屋现场",
        first="调解员现场查看，%s要求伐树修墙；%s称树已长了二十年，砍了可惜，只愿修剪。" % (a["name"], b["name"]),
        mid=["调解员讲解相邻关系中不得危及相邻建筑物安全的规定，并联系林业站说明伐树手续。"],
        agree=lambda s: "经调解，%s同意办理手续后伐除两棵杨树，木材归其所有，并给付修墙费%s。" % (b["name"], yt(s)),
        fail="%s不同意伐树，调解未果。" % b["name"],
        difficulty="涉及林木采伐许可，需镇林业站参与",
        fail_reason="双方意见不一，调解终止，已告知可向人民法院起诉。",
        withdraw="对方已修剪树枝，申请人撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.5, 1.0), plan="lump",
        afacts="一方树木危及相邻房屋安全。",
        resp="树木所有人应避免危及相邻方建筑物安全。",
        content=lambda a_, s: "一、%s于一个月内办理采伐手续并伐除两棵杨树；二、%s给付%s修墙费%s，%s。" % (
            b["name"], b["name"], a["name"], a_, s),
        oral_ok=True)


# ---------------------------------------------------------------- 房屋宅基地
@tpl("房屋宅基地", "宅基地", "VTC", weight=1.6)
def hz_boundary(x):
    a = x.person(age=(38, 70))
    b = x.person(age=(38, 70))
    vc = x.villagecommittee()
    w = x.r.choice([40, 50, 60, 80])
    return dict(
        title="%s与%s宅基地界址纠纷" % (a["name"], b["name"]),
        facts="%s与%s两家宅基地%s相邻。%s%s，挖地基时按照自认的界线多占约%d厘米，"
              "%s认为地基压占了自家宅基地，多次阻挠施工，双方在工地上发生推搡，施工被迫停止。两家宅基地证四至记载模糊，"
              "村委会存有%s的分配底册。" % (a["name"], b["name"], x.r.choice(["东西", "南北"]), b["name"],
                                          x.r.choice(["拆旧房翻建新房", "加盖东配房", "翻建临街门楼和院墙"]), w, a["name"],
                                          x.r.choice(["八十年代", "九十年代初"])),
        claims="请求确认两家宅基地界址，对方按原界线施工，恢复被占宅基地。",
        amount=0, risk=True,
        parties=[role(a, "applicant"), role(b, "respondent"), role(vc, "third_party")],
        A=a["name"], B=b["name"],
        place="宅基地施工现场",
        first="调解员到施工现场，%s指认原有界石位置；%s称原来两家共用的山墙有一半是自家的，地基没有越界。" % (a["name"], b["name"]),
        mid=["调解员会同村委会调阅宅基地分配底册，请两位当年参与分地的老支书到场指认界址，并现场拉线测量。",
             "调解员向双方讲解土地管理法和宅基地确权政策，分析对簿公堂费时费力，劝双方以邻为善。"],
        agree=lambda s: "经调解，双方以老界石为准拉直线确定界址，%s地基东移%d厘米后继续施工，两家共用山墙各自留出滴水。" % (b["name"], w // 2),
        fail="%s坚持现有地基不越界，拒绝退让，%s表示要阻止施工，调解未果。" % (b["name"], a["name"]),
        difficulty="界址证据模糊，双方已发生推搡，需镇国土所和法庭指导",
        fail_reason="双方对界址各执一词，调解终止，已告知可申请镇政府确权处理或向人民法院起诉，并报派出所关注。",
        withdraw="双方自行协商一致，申请人撤回申请。",
        reject="被申请人拒绝调解并坚持施工，不予受理，已报镇国土所和派出所。",
        money=False,
        afacts="两家宅基地相邻，一方翻建新房时对界址发生争议。",
        resp="双方宅基地界址以村委会分配底册和老界石为准。",
        content_nm="一、两家宅基地界址以南北两块老界石连线为准；二、%s新房地基东移%d厘米后继续施工，%s不得阻挠；三、共用山墙两侧各留滴水；四、双方不再因界址问题发生争执。" % (
            b["name"], w // 2, a["name"]),
        oral_ok=False)


@tpl("房屋宅基地", "房屋买卖", "TC", weight=0.6)
def hz_sale(x):
    a = x.person(age=(30, 60))
    b = x.person(age=(45, 75))
    price = x.money(60000, 180000, 1000)
    extra = x.money(20000, 60000, 1000)
    return dict(
        title="%s与%s房屋买卖纠纷" % (a["name"], b["name"]),
        facts="%s于%d年以%s购买同村%s的旧宅一处，已付款%s，双方签订了手写协议。后该村纳入旧村改造规划，"
              "%s以农村房屋不能买卖为由反悔，要求退还房款收回房屋，%s不同意，要求对方继续履行或赔偿损失。" % (
                  a["name"], x.r.choice([2022, 2023, 2024]), yt(price), b["name"], yt(price), b["name"], a["name"]),
        claims="请求继续履行合同；如解除，返还房款并赔偿房屋增值及装修损失共计%s。" % yt(price + extra),
        amount=price + extra, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s要求继续履行或赔偿；%s称买卖违反宅基地政策，合同无效，只退原价。" % (a["name"], b["name"]),
        mid=["调解员释明农村房屋买卖合同效力及过错赔偿规则，并请评估机构对装修和增值部分作出估算。"],
        agree=lambda s: "经调解，双方解除买卖协议，%s返还购房款并赔偿损失，共计%s，%s腾退房屋。" % (b["name"], yt(s), a["name"]),
        fail="双方对赔偿数额差距过大，调解未果。",
        difficulty="涉及合同效力认定和评估，专业性强",
        fail_reason="双方对合同效力和赔偿数额分歧大，调解终止，已告知可向人民法院起诉。",
        withdraw="双方自行协商一致，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.75, 0.9), plan="split",
        afacts="双方买卖农村房屋后，卖方以政策为由反悔。",
        resp="合同无效的过错由双方分担，卖方应返还房款并适当赔偿。",
        content=lambda a_, s: "一、双方签订的房屋买卖协议解除；二、%s向%s返还购房款并赔偿损失共计%s，%s；三、%s在最后一期款项付清后三十日内腾退房屋。" % (
            b["name"], a["name"], a_, s, a["name"]),
        oral_ok=False)


@tpl("房屋宅基地", "房屋租赁", "VT", where="any", weight=0.6)
def hz_rent(x):
    a = x.person(age=(45, 70))
    b = x.person(age=(25, 45), outsider=x.r.random() < 0.5)
    months = x.r.choice([5, 6, 8, 10])
    rent = x.r.choice([600, 800, 1000, 1200])
    return dict(
        title="%s与%s房屋租赁合同纠纷" % (a["name"], b["name"]),
        facts="%s将自有房屋出租给%s用于居住和开设小作坊，约定月租金%d元，按季度交付。%s自去年起经营困难，"
              "已拖欠%d个月租金共计%s，并在未告知房东的情况下改动了水电线路，双方协商退租未果。" % (
                  a["name"], b["name"], rent, b["name"], months, yt(months * rent * 100)),
        claims="请求对方支付拖欠租金%s，恢复水电线路并腾退房屋。" % yt(months * rent * 100),
        amount=months * rent * 100, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s要求付清租金并腾房；%s称生意不好，请求宽限并减免部分租金。" % (a["name"], b["name"]),
        mid=["调解员核对租赁合同和交租记录，劝房东适当让步，劝租户尽快筹款并恢复线路。"],
        agree=lambda s: "经调解，%s分期支付租金%s，月底前腾退房屋并恢复水电线路。" % (b["name"], yt(s)),
        fail="租户称无力支付，房东不同意减免，调解未果。",
        difficulty="租户为外地人员，需镇中心协调",
        fail_reason="双方分歧较大，调解终止，已告知可向人民法院起诉。",
        withdraw="租户已付清租金，申请人撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.8, 1.0), plan="split",
        afacts="承租人拖欠租金并擅自改动水电线路。",
        resp="承租人应按约支付租金，恢复原状。",
        content=lambda a_, s: "一、%s支付拖欠租金%s，%s；二、%s于本月底前腾退房屋，恢复水电线路原状；三、押金在腾房验收后退还。" % (
            b["name"], a_, s, b["name"]),
        oral_ok=False)


@tpl("房屋宅基地", "农村建房", "VT", weight=0.7)
def hz_build(x):
    a = x.person(age=(35, 60))
    b = x.person(sex="M", age=(40, 60))
    price = x.money(18000, 60000, 500)
    return dict(
        title="%s与%s农村建房施工合同纠纷" % (b["name"], a["name"]),
        facts="%s承包为%s翻建平房四间，约定包工包料总价%s。房屋完工后%s以屋顶漏雨、墙面开裂为由扣留尾款%s未付，"
              "%s称漏雨是房主自行加装太阳能热水器所致，双方多次争执。" % (
                  b["name"], a["name"], yt(price * 4), a["name"], yt(price), b["name"]),
        claims="请求房主支付剩余工程款%s。" % yt(price),
        amount=price, risk=False,
        parties=[role(b, "applicant"), role(a, "respondent")],
        A=b["name"], B=a["name"],
        place="房屋现场",
        first="%s要求付清尾款；%s指出屋顶漏雨、墙面开裂，要求先返修再付款。" % (b["name"], a["name"]),
        mid=["调解员请镇村建所技术人员现场查看，认定漏雨系防水层施工和热水器安装共同造成。"],
        agree=lambda s: "经调解，%s负责返修屋顶防水，返修后%s支付尾款%s。" % (b["name"], a["name"], yt(s)),
        fail="双方对返修责任互不认可，调解未果。",
        difficulty="涉及工程质量认定，需专业技术人员参与",
        fail_reason="双方对质量责任分歧大，调解终止，已告知可申请鉴定或向人民法院起诉。",
        withdraw="双方自行协商一致，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=a["name"], creditor=b["name"], ratio=(0.7, 0.9), plan="lump",
        afacts="农村房屋完工后，双方因质量问题和尾款发生争议。",
        resp="施工方对防水层质量承担主要责任，房主对加装热水器承担次要责任。",
        content=lambda a_, s: "一、%s于十五日内返修屋顶防水；二、返修验收合格后%s支付工程尾款%s，%s；三、质保期一年。" % (
            b["name"], a["name"], a_, s),
        oral_ok=False)


# ---------------------------------------------------------------- 山林土地
@tpl("山林土地", "土地承包", "VT", weight=1.8)
def land_border(x):
    a = x.person(age=(40, 72))
    b = x.person(age=(40, 72))
    return dict(
        title="%s与%s土地承包经营权纠纷" % (a["name"], b["name"]),
        facts="%s与%s的承包地%s相邻。%s，越过两家地界约%s，并将地界上的界桩挖出，"
              "%s发现后要求恢复，对方称原界桩本来就埋歪了。双方承包经营权证上的面积与实际丈量不一致，争执不下。" % (
                  a["name"], b["name"], x.r.choice(["南北", "东西"]),
                  x.r.choice(["今年秋播时%s用旋耕机耕地" % b["name"], "今年春耕时%s平整土地" % b["name"],
                              "今年麦收后%s雇人深翻土地" % b["name"]]),
                  x.r.choice(["两垄", "一垄半", "三垄"]), a["name"]),
        claims="请求确认地界，恢复界桩，返还多耕种的土地，赔偿青苗损失。",
        amount=x.money(600, 2500, 100), risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        place="承包地现场",
        first="调解员到地头查看，%s要求恢复原界；%s称自家地少了面积，是在找回本来的地。" % (a["name"], b["name"]),
        mid=["调解员调取二轮延包台账和确权测绘图，会同村干部用卷尺逐段丈量，核对两家实际面积。"],
        agree=lambda s: "经调解，双方按确权测绘图重新埋设界桩，%s退还多耕土地，补偿青苗损失%s。" % (b["name"], yt(s)),
        fail="%s不认可确权测绘数据，拒绝退地，调解未果。" % b["name"],
        difficulty="涉及确权面积争议，需镇农经站技术人员参与测量",
        fail_reason="双方对确权面积分歧较大，调解终止，已告知可申请农村土地承包仲裁或向人民法院起诉。",
        withdraw="双方自行重新埋设界桩，申请人撤回申请。",
        reject="被申请人拒绝调解，不予受理，已告知可申请土地承包仲裁。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.5, 1.0), plan="lump",
        afacts="相邻承包地界桩被挖，双方对地界发生争议。",
        resp="双方地界以确权测绘图为准。",
        content=lambda a_, s: "一、双方地界以确权测绘图为准，于七日内重新埋设界桩；二、%s退还多耕种的土地，并补偿青苗损失%s，%s。" % (
            b["name"], a_, s),
        oral_ok=True)


@tpl("山林土地", "林木权属", "VT", weight=0.7)
def land_trees(x):
    a = x.person(age=(45, 75))
    b = x.person(age=(45, 75))
    n = x.r.choice([18, 26, 35, 42])
    val = n * x.r.choice([180, 220, 260]) * 100
    return dict(
        title="%s与%s林木权属纠纷" % (a["name"], b["name"]),
        facts="%s与%s承包地之间的沟渠边有杨树%d棵，系%s父亲二十多年前栽种。今年%s将其中多棵伐倒出售，"
              "称树长在自家承包地边上归自己所有，%s得知后要求返还卖树款，双方在地头争吵。" % (
                  a["name"], b["name"], n, a["name"], b["name"], a["name"]),
        claims="请求确认林木归属，返还卖树款%s。" % yt(val),
        amount=val, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s称树是其父亲所栽，有老村干部可作证；%s称树在自家地边，多年由其看护。" % (a["name"], b["name"]),
        mid=["调解员走访当年的生产队长核实栽树经过，并讲解林木权属认定的原则。"],
        agree=lambda s: "经调解，已伐林木卖款由%s返还%s，剩余树木归%s所有。" % (b["name"], yt(s), a["name"]),
        fail="双方各执一词，调解未果。",
        difficulty="林木权属证据不足，需镇林业站协助确认",
        fail_reason="双方对权属分歧大，调解终止，已告知可申请镇政府确权或向人民法院起诉。",
        withdraw="双方自行协商，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.5, 0.8), plan="lump",
        afacts="沟渠边杨树被伐卖，双方对林木归属发生争议。",
        resp="林木由%s之父栽种，%s擅自伐卖应返还价款。" % (a["name"], b["name"]),
        content=lambda a_, s: "一、%s返还卖树款%s，%s；二、沟渠边剩余杨树归%s所有，采伐时应依法办理手续。" % (
            b["name"], a_, s, a["name"]),
        oral_ok=True)


@tpl("山林土地", "灌溉用水", "V", weight=0.5)
def land_irrigation(x):
    a = x.person(age=(40, 70))
    b = x.person(age=(40, 70))
    return dict(
        title="%s与%s农田灌溉纠纷" % (a["name"], b["name"]),
        facts="%s与%s等几户共用一眼机井浇地，轮浇顺序和电费分摊一直按口头约定。今年春灌时%s连续占用机井三天，"
              "%s的麦田错过浇水时间，出现旱情。两人在井边争吵，险些动手，其他用水户也有意见。" % (
                  a["name"], b["name"], b["name"], a["name"]),
        claims="要求确定轮浇顺序，对方赔偿减产损失。",
        amount=x.money(500, 1500, 100), risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        place="机井现场",
        first="%s指责对方霸占机井；%s称自家地块大、地势高，浇得慢。" % (a["name"], b["name"]),
        mid=["调解员召集共用机井的各户商量，按地块面积排出轮浇表，明确电费按用电时长分摊。"],
        agree=lambda s: "经调解，各户按轮浇表用水，%s补偿%s减产损失%s。" % (b["name"], a["name"], yt(s)),
        fail="%s不同意赔偿，调解未果。" % b["name"],
        difficulty="涉及多户用水，需镇水利站参与",
        fail_reason="双方分歧大，调解终止。",
        withdraw="双方自行协商，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.5, 1.0), plan="lump",
        afacts="共用机井轮浇发生争执，一方麦田错过灌溉。",
        resp="各用水户应遵守轮浇约定。",
        content=lambda a_, s: "一、共用机井各户按附表轮浇，电费按用电时长分摊；二、%s补偿%s减产损失%s，%s。" % (
            b["name"], a["name"], a_, s),
        oral_ok=True)


@tpl("山林土地", "土地流转", "VT", weight=0.9)
def land_transfer(x):
    a = x.person(age=(45, 75))
    b = x.person(sex="M", age=(35, 55))
    mu = x.r.choice([6, 8, 10, 12])
    fee = x.r.choice([700, 800, 900])
    years = x.r.choice([1, 2])
    amount = mu * fee * years * 100
    return dict(
        title="%s与%s土地经营权流转合同纠纷" % (a["name"], b["name"]),
        facts="%s将%d亩承包地流转给种植大户%s种植蔬菜，约定每亩每年流转费%d元，每年年底前付清。"
              "%s因去年蔬菜价格下跌，已拖欠%d年流转费共计%s，并称要退地。%s多次催要未果。" % (
                  a["name"], mu, b["name"], fee, b["name"], years, yt(amount), a["name"]),
        claims="请求支付拖欠的流转费%s，继续履行流转合同。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s要求付清流转费；%s称赔了钱，请求缓交并解除合同。" % (a["name"], b["name"]),
        mid=["调解员核对流转合同和付款记录，讲明合同约定的违约责任，并协调合作社帮助销售蔬菜。"],
        agree=lambda s: "经调解，%s分期支付流转费%s，合同继续履行至到期。" % (b["name"], yt(s)),
        fail="%s坚持退地不付款，调解未果。" % b["name"],
        difficulty="涉及合同解除，需镇农经站参与",
        fail_reason="双方分歧大，调解终止，已告知可申请土地承包仲裁或起诉。",
        withdraw="对方已付清欠款，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.9, 1.0), plan="split",
        afacts="流转方拖欠土地流转费。",
        resp="%s应按合同约定支付流转费。" % b["name"],
        content=lambda a_, s: "一、%s支付拖欠流转费%s，%s；二、流转合同继续履行至约定期限。" % (b["name"], a_, s),
        oral_ok=False)


# ---------------------------------------------------------------- 劳动争议
@tpl("劳动争议", "农民工工资", "VT", weight=2.4)
def labor_contractor(x):
    a = x.person(sex="M", age=(30, 60))
    b = x.person(sex="M", age=(38, 58))
    days = x.r.choice([48, 62, 75, 90])
    wage = x.r.choice([200, 220, 250, 280])
    amount = days * wage * 100
    job = x.r.choice(["县城一处小区外墙保温工程", "镇上蔬菜大棚钢架搭建", "外县一处厂房装修", "乡村道路硬化工程"])
    return dict(
        title="%s与%s追索劳务报酬纠纷" % (a["name"], b["name"]),
        facts="%s跟随包工头%s在%s干活，约定日工资%d元，共出工%d天，应得劳务费%s。工程完工后%s以发包方未结算为由迟迟不付，"
              "只打了欠条。临近年关%s多次上门讨要，双方发生争吵。" % (
                  a["name"], b["name"], job, wage, days, yt(amount), b["name"], a["name"]),
        claims="请求支付拖欠的劳务费%s。" % yt(amount),
        amount=amount, risk=x.r.random() < 0.2,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s出示欠条要求付款；%s承认欠款，但称上家未结账，手头确实没钱。" % (a["name"], b["name"]),
        mid=["调解员讲明欠条的法律效力和保障农民工工资支付条例的规定，并联系发包方了解结算进度。"],
        agree=lambda s: "经调解，%s同意支付劳务费%s，春节前付清，%s收回欠条。" % (b["name"], yt(s), a["name"]),
        fail="%s称没钱可付，拒绝确定还款期限，调解未果。" % b["name"],
        difficulty="涉及工程发包方和多层转包，需镇中心协调人社所",
        fail_reason="被申请人无力支付且不确定还款期限，调解终止，已告知可凭欠条向人民法院起诉，并引导申请法律援助。",
        withdraw="对方已付清劳务费，申请人撤回申请。",
        reject="被申请人拒绝调解，不予受理，已告知可向人社部门投诉或起诉。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(1.0, 1.0), plan="either",
        afacts="%s跟随%s务工，劳务费未结清。" % (a["name"], b["name"]),
        resp="%s应支付拖欠的劳务费。" % b["name"],
        content=lambda a_, s: "%s向%s支付劳务费%s，%s；款项付清后%s交回欠条。" % (b["name"], a["name"], a_, s, a["name"]),
        oral_ok=False)


@tpl("劳动争议", "工伤", "TC", weight=0.7)
def labor_injury(x):
    a = x.person(sex="M", age=(28, 58))
    co = x.company(x.r.choice(["青禾县鑫达塑料制品有限公司", "青禾县宏远纸箱包装有限公司", "青禾县顺通机械配件厂"]))
    amount = x.money(40000, 150000, 1000)
    return dict(
        title="%s与%s工伤待遇纠纷" % (a["name"], co["name"]),
        facts="%s在%s从事操作工，工作中右手被机器压伤，经治疗后被鉴定为九级伤残。公司未为其缴纳工伤保险，"
              "仅支付了部分医疗费，对一次性伤残补助金、停工留薪期工资等不予支付，双方协商未果。" % (a["name"], co["name"]),
        claims="请求公司支付一次性伤残补助金、一次性就业补助金、停工留薪期工资等共计%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(co, "respondent")],
        A=a["name"], B=co["name"],
        first="%s要求按工伤标准赔偿；公司负责人%s称其违规操作，只愿意给少量补偿。" % (a["name"], co["legal_representative"]),
        mid=["调解员会同人社所工作人员逐项测算工伤待遇，向公司释明未缴工伤保险应由用人单位承担全部待遇。",
             "调解员背对背做工作，公司同意在测算数额基础上协商分期支付。"],
        agree=lambda s: "经调解，公司一次性了结工伤待遇共计%s，分期支付，双方解除劳动关系。" % yt(s),
        fail="公司只同意支付测算数额的一半，%s不同意，调解未果。" % a["name"],
        difficulty="涉及工伤待遇计算，专业性强，需人社部门和法庭参与",
        fail_reason="双方分歧较大，调解终止，已告知可向劳动人事争议仲裁委员会申请仲裁。",
        withdraw="双方自行协商一致，申请人撤回申请。",
        reject="公司明确拒绝调解，不予受理，已告知申请劳动仲裁。",
        money=True, debtor=co["name"], creditor=a["name"], ratio=(0.75, 0.95), plan="split",
        afacts="%s工作中受伤致九级伤残，公司未缴纳工伤保险。" % a["name"],
        resp="公司未依法缴纳工伤保险，应承担工伤待遇。",
        content=lambda a_, s: "一、%s向%s支付工伤待遇共计%s，%s；二、双方劳动关系于本协议签订之日解除；三、双方再无其他争议。" % (
            co["name"], a["name"], a_, s),
        oral_ok=False)


@tpl("劳动争议", "劳动报酬", "TC", weight=0.8)
def labor_company(x):
    a = x.person(age=(22, 55))
    co = x.company(x.r.choice(["青禾县佳美食品有限公司", "青禾县华顺物流有限公司", "青禾县金穗农业发展有限公司",
                               "青禾县恒信汽车维修有限公司"]))
    months = x.r.choice([3, 4, 5])
    w = x.r.choice([3800, 4200, 4500, 5000])
    amount = months * w * 100
    return dict(
        title="%s与%s追索劳动报酬纠纷" % (a["name"], co["name"]),
        facts="%s在%s工作两年，月工资%d元。公司因经营困难自今年起拖欠工资%d个月共计%s，%s辞职后多次讨要，"
              "公司以财务人员离职、账目未清为由推脱。" % (a["name"], co["name"], w, months, yt(amount), a["name"]),
        claims="请求支付拖欠工资%s及经济补偿。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(co, "respondent")],
        A=a["name"], B=co["name"],
        first="%s出示工资条和考勤记录；公司代表承认欠薪，请求分期支付，不同意支付经济补偿。" % a["name"],
        mid=["调解员讲明劳动合同法相关规定，劝公司尽快支付，并协调经济补偿问题。"],
        agree=lambda s: "经调解，公司分期支付拖欠工资%s，%s放弃经济补偿请求。" % (yt(s), a["name"]),
        fail="公司称账上无钱，不能确定付款时间，调解未果。",
        difficulty="公司负责人多次推脱，需更高层级协调",
        fail_reason="调解终止，已告知可向劳动人事争议仲裁委员会申请仲裁。",
        withdraw="公司已付清工资，申请人撤回申请。",
        reject="公司拒绝调解，不予受理，已告知申请劳动仲裁。",
        money=True, debtor=co["name"], creditor=a["name"], ratio=(1.0, 1.0), plan="split",
        afacts="公司拖欠%s工资。" % a["name"],
        resp="公司应按时足额支付劳动报酬。",
        content=lambda a_, s: "%s向%s支付拖欠工资%s，%s。" % (co["name"], a["name"], a_, s),
        oral_ok=False)


# ---------------------------------------------------------------- 合同
@tpl("合同", "买卖合同", "VTC", weight=1.0)
def ct_grain(x):
    a = x.person(age=(40, 68))
    b = x.person(sex="M", age=(35, 58))
    t = x.r.choice([18, 25, 32, 40])
    price = x.r.choice([2300, 2400, 2500])
    amount = t * price * 100
    return dict(
        title="%s与%s买卖合同纠纷" % (a["name"], b["name"]),
        facts="%s将自家收获的玉米%d吨卖给粮食经纪人%s，约定每吨%d元，货款%s待粮食出手后结清。%s拉走玉米后只付了少量定金，"
              "称粮价下跌、烘干厂压款，剩余货款迟迟不付。%s年前急用钱，多次催要无果。" % (
                  a["name"], t, b["name"], price, yt(amount), b["name"], a["name"]),
        claims="请求支付剩余玉米款%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s出示过磅单要求付款；%s承认欠款，称资金被下游占压，请求宽限。" % (a["name"], b["name"]),
        mid=["调解员核对过磅单和转账记录，确认欠款数额，劝%s筹款，劝%s适当宽限。" % (b["name"], a["name"])],
        agree=lambda s: "经调解，%s分期支付玉米款%s，逾期未付可就全部欠款申请强制执行。" % (b["name"], yt(s)),
        fail="%s不能确定还款时间，调解未果。" % b["name"],
        difficulty="欠款数额较大，涉及多户售粮农民",
        fail_reason="被申请人不能确定还款计划，调解终止，已告知可向人民法院起诉。",
        withdraw="对方已付清货款，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(1.0, 1.0), plan="split",
        afacts="%s收购%s玉米后未付清货款。" % (b["name"], a["name"]),
        resp="%s应按约支付货款。" % b["name"],
        content=lambda a_, s: "%s向%s支付玉米款%s，%s；任一期逾期，%s可就剩余欠款申请强制执行。" % (
            b["name"], a["name"], a_, s, a["name"]),
        oral_ok=False)


@tpl("合同", "民间借贷", "VTC", weight=1.3)
def ct_loan(x):
    a = x.person(age=(35, 68))
    b = x.fixed("B", lambda: x.person(sex="M", age=(30, 55)))
    amount = x.money(20000, 120000, 1000)
    return dict(
        title="%s与%s民间借贷纠纷" % (a["name"], b["name"]),
        facts="%s因%s向同村%s借款%s，出具借条约定一年内归还，未约定利息。借款到期后%s以%s为由一再拖延，"
              "%s因%s急需用钱，多次催要，%s避而不见。" % (
                  b["name"], x.r.choice(["购买收割机", "翻盖房屋", "给儿子操办婚事", "开办小超市"]), a["name"], yt(amount),
                  b["name"], x.r.choice(["生意不好", "外出务工收入不稳定", "庄稼收成不好"]), a["name"],
                  x.r.choice(["家中老人住院", "孩子上大学", "翻建房屋"]), b["name"]),
        claims="请求归还借款%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s出示借条要求还款；%s承认借款，称收入不稳定，请求分期归还。" % (a["name"], b["name"]),
        mid=["调解员讲明借条的证据效力和诉讼时效，劝双方按实际还款能力制定分期计划。"],
        agree=lambda s: "经调解，%s分期归还借款%s，%s同意不计利息。" % (b["name"], yt(s), a["name"]),
        fail="%s不同意分期期限，要求一次性还清，对方无力支付，调解未果。" % a["name"],
        difficulty="借款数额较大，借款人还款能力存疑",
        fail_reason="双方对还款期限分歧大，调解终止，已告知可向人民法院起诉。",
        withdraw="借款人已还清借款，申请人撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(1.0, 1.0), plan="split",
        afacts="%s向%s借款到期未还。" % (b["name"], a["name"]),
        resp="借款人应按约归还借款。",
        content=lambda a_, s: "%s向%s归还借款%s，%s；如任一期未按时归还，%s可就剩余借款申请强制执行。" % (
            b["name"], a["name"], a_, s, a["name"]),
        oral_ok=False)


@tpl("合同", "承揽合同", "VT", weight=0.7)
def ct_harvest(x):
    a = x.person(sex="M", age=(30, 55))
    b = x.person(age=(40, 70))
    mu = x.r.choice([60, 80, 120, 150])
    fee = x.r.choice([50, 60, 70])
    amount = mu * fee * 100
    return dict(
        title="%s与%s农机作业服务合同纠纷" % (a["name"], b["name"]),
        facts="%s用联合收割机为%s收割小麦%d亩，约定每亩作业费%d元，共计%s。收割后%s以收割机掉粒多、留茬过高造成损失为由拒付作业费，"
              "%s则称作业质量符合要求，双方在村委会门口争吵。" % (
                  a["name"], b["name"], mu, fee, yt(amount), b["name"], a["name"]),
        claims="请求支付收割作业费%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s要求付清作业费；%s称掉粒损失至少十分之一，要求扣减。" % (a["name"], b["name"]),
        mid=["调解员请农机站技术员依照作业质量标准核算损失率，双方均表示认可。"],
        agree=lambda s: "经调解，%s支付作业费%s，%s适当让利。" % (b["name"], yt(s), a["name"]),
        fail="双方对损失率认识差距大，调解未果。",
        difficulty="涉及作业质量认定，需农机站参与",
        fail_reason="调解终止，已告知可向人民法院起诉。",
        withdraw="双方自行协商，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.8, 0.95), plan="lump",
        afacts="农机作业完成后双方因作业质量和费用发生争议。",
        resp="作业方对少量掉粒损失承担部分责任。",
        content=lambda a_, s: "%s向%s支付作业费%s，%s。" % (b["name"], a["name"], a_, s),
        oral_ok=True)


@tpl("合同", "租赁合同", "TC", weight=0.6)
def ct_lease(x):
    a = x.company(x.r.choice(["青禾县丰源农业机械专业合作社", "青禾县绿野农机服务专业合作社"]), prefix="93")
    b = x.person(sex="M", age=(30, 55))
    amount = x.money(30000, 90000, 1000)
    return dict(
        title="%s与%s租赁合同纠纷" % (a["name"], b["name"]),
        facts="%s将植保无人机两架及拖拉机一台出租给%s开展飞防作业，约定租期一年，租金%s。租期届满后%s拖欠租金，"
              "且一架无人机返还时螺旋桨和电池损坏。合作社多次催要未果。" % (a["name"], b["name"], yt(amount), b["name"]),
        claims="请求支付租金%s及设备维修费。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="合作社要求付清租金并赔偿维修费；%s称设备老旧故障多，耽误作业，要求减免租金。" % b["name"],
        mid=["调解员查看设备维修单据和作业记录，向双方释明租赁合同中出租人维修义务和承租人妥善保管义务。"],
        agree=lambda s: "经调解，%s分期支付租金及维修费共计%s，合作社减免部分租金。" % (b["name"], yt(s)),
        fail="双方对减免数额分歧大，调解未果。",
        difficulty="涉及设备损坏责任认定",
        fail_reason="调解终止，已告知可向人民法院起诉。",
        withdraw="双方自行和解，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.8, 0.95), plan="split",
        afacts="承租人拖欠设备租金并损坏设备。",
        resp="承租人应支付租金并承担保管不善造成的损坏。",
        content=lambda a_, s: "%s向%s支付租金及维修费共计%s，%s。" % (b["name"], a["name"], a_, s),
        oral_ok=False)


# ---------------------------------------------------------------- 生产经营
@tpl("生产经营", "种植养殖", "VT", weight=0.6)
def biz_drift(x):
    a = x.person(age=(38, 68))
    b = x.person(age=(35, 60))
    amount = x.money(3000, 15000, 100)
    crop = x.r.choice(["大棚西红柿", "辣椒", "葡萄", "黄瓜"])
    return dict(
        title="%s与%s种植损害纠纷" % (a["name"], b["name"]),
        facts="%s在自家玉米地喷洒除草剂时正值大风天，药液飘移到相邻%s种植的%s上，造成约两亩作物叶片枯黄、卷曲，"
              "正值结果期，减产明显。%s拿着照片找上门要求赔偿损失，%s称是正常打药，作物发黄与己无关，"
              "双方在地头争吵，村网格员发现后报告村调解室。" % (b["name"], a["name"], crop, a["name"], b["name"]),
        claims="请求赔偿%s减产损失%s。" % (crop, yt(amount)),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        place="受损地块现场",
        first="%s带调解员查看受损作物；%s称作物发黄是缺肥，与打药无关。" % (a["name"], b["name"]),
        mid=["调解员请农技站专家到现场取样诊断，确认症状符合除草剂药害，并估算减产损失。"],
        agree=lambda s: "经调解，%s赔偿%s损失%s，今后打药避开大风天并提前告知。" % (b["name"], a["name"], yt(s)),
        fail="%s不认可专家意见，拒绝赔偿，调解未果。" % b["name"],
        difficulty="需要农技部门出具药害鉴定意见",
        fail_reason="调解终止，已告知可申请鉴定并向人民法院起诉。",
        withdraw="双方自行和解，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.6, 0.9), plan="lump",
        afacts="一方喷洒除草剂飘移造成相邻作物药害。",
        resp="%s在大风天打药未尽注意义务，应赔偿损失。" % b["name"],
        content=lambda a_, s: "一、%s赔偿%s作物损失%s，%s；二、今后打药避开大风天气并提前告知相邻户。" % (
            b["name"], a["name"], a_, s),
        oral_ok=True)


@tpl("生产经营", "合伙", "TC", weight=0.6)
def biz_partner(x):
    a = x.person(sex="M", age=(35, 58))
    b = x.person(sex="M", age=(35, 58))
    amount = x.money(50000, 200000, 1000)
    return dict(
        title="%s与%s合伙协议纠纷" % (a["name"], b["name"]),
        facts="%s与%s于%d年合伙经营肉牛养殖场，各出资一半，由%s负责日常管理。去年合伙人因经营理念不合决定散伙，"
              "%s要求清算分配，%s称养殖场亏损，拒绝退还出资，双方账目不清，争执数月。" % (
                  a["name"], b["name"], x.r.choice([2020, 2021, 2022]), b["name"], a["name"], b["name"]),
        claims="请求清算合伙财产，返还出资及应分利润%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s要求查账分配；%s称亏损严重，存栏牛只价值下降，无钱可分。" % (a["name"], b["name"]),
        mid=["调解员请会计师事务所人员协助核对流水，盘点存栏牛只和设备，列出合伙财产清单。"],
        agree=lambda s: "经调解，养殖场归%s经营，%s分期向%s退还出资及分配款%s。" % (b["name"], b["name"], a["name"], yt(s)),
        fail="双方对账目认定分歧大，调解未果。",
        difficulty="账目复杂，需专业人员清算",
        fail_reason="双方对清算结果分歧大，调解终止，已告知可向人民法院起诉。",
        withdraw="双方自行协商，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.6, 0.85), plan="split",
        afacts="合伙经营养殖场散伙，双方对清算发生争议。",
        resp="双方按出资比例分担盈亏。",
        content=lambda a_, s: "一、养殖场全部财产归%s所有；二、%s向%s支付退伙款%s，%s；三、合伙期间对外债务由%s承担。" % (
            b["name"], b["name"], a["name"], a_, s, b["name"]),
        oral_ok=False)


# ---------------------------------------------------------------- 损害赔偿
@tpl("损害赔偿", "人身损害", "VT", where="any", weight=0.9)
def dmg_dog(x):
    a = x.person(age=(20, 75))
    b = x.person(age=(35, 70))
    amount = x.money(2500, 12000, 100)
    return dict(
        title="%s与%s饲养动物损害责任纠纷" % (a["name"], b["name"]),
        facts="%s傍晚路过%s家门口时，被其未拴绳的狗咬伤小腿，先后到卫生院清创、注射狂犬疫苗及免疫球蛋白，"
              "花去医疗费、交通费并误工两周。%s只愿承担疫苗费用，%s要求全部赔偿，双方争执。" % (
                  a["name"], b["name"], b["name"], a["name"]),
        claims="请求赔偿医疗费、误工费、交通费等%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s出示医疗票据和误工证明；%s称对方逗狗在先，只承担疫苗费。" % (a["name"], b["name"]),
        mid=["调解员讲明饲养动物致人损害由饲养人承担无过错责任的规定，并核对票据。"],
        agree=lambda s: "经调解，%s赔偿%s各项损失%s，今后拴养犬只。" % (b["name"], a["name"], yt(s)),
        fail="%s坚持只承担疫苗费，调解未果。" % b["name"],
        difficulty="双方对误工费分歧大",
        fail_reason="调解终止，已告知可向人民法院起诉。",
        withdraw="对方已赔偿，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.7, 1.0), plan="lump",
        afacts="%s饲养的狗咬伤%s。" % (b["name"], a["name"]),
        resp="饲养人%s应承担赔偿责任。" % b["name"],
        content=lambda a_, s: "一、%s赔偿%s医疗费、误工费等%s，%s；二、%s今后拴养犬只并办理登记。" % (
            b["name"], a["name"], a_, s, b["name"]),
        oral_ok=True)


@tpl("损害赔偿", "财产损害", "V", weight=0.6)
def dmg_livestock(x):
    a = x.person(age=(40, 70))
    b = x.person(age=(40, 70))
    amount = x.money(600, 3000, 50)
    return dict(
        title="%s与%s财产损害赔偿纠纷" % (a["name"], b["name"]),
        facts="%s放养的二十多只羊无人看管，窜入%s家刚出苗的麦田和菜地啃食踩踏，毁坏麦苗约两亩、白菜半亩。"
              "%s找上门要求赔偿，%s称羊是被别人放出来的，只愿赔一点，双方在街上争吵，引来不少村民围观。" % (
                  b["name"], a["name"], a["name"], b["name"]),
        claims="请求赔偿青苗损失%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        place="受损地块现场",
        first="调解员到地里查看，%s要求按产量赔偿；%s承认羊进了地，但认为损失没那么多。" % (a["name"], b["name"]),
        mid=["调解员请两位种地多年的村民代表估算损失，双方均表示认可估算结果。"],
        agree=lambda s: "经调解，%s赔偿%s青苗损失%s，今后圈养羊只。" % (b["name"], a["name"], yt(s)),
        fail="双方对损失数额分歧较大，调解未果。",
        difficulty="双方矛盾较深",
        fail_reason="调解终止，已告知可向人民法院起诉。",
        withdraw="双方自行和解，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.6, 1.0), plan="lump",
        afacts="羊群毁坏他人青苗。",
        resp="饲养人未尽看管义务，应赔偿损失。",
        content=lambda a_, s: "%s当场赔偿%s青苗损失%s，%s；今后羊只圈养，不得散放。" % (b["name"], a["name"], a_, s),
        oral_ok=True)


# ---------------------------------------------------------------- 征地拆迁
@tpl("征地拆迁", "征地补偿分配", "TC", weight=2.5)
def exp_compensation(x):
    a = x.person(sex="F", age=(28, 45))
    vc = x.villagecommittee()
    amount = x.money(30000, 80000, 1000)
    return dict(
        title="%s与%s征地补偿款分配纠纷" % (a["name"], vc["name"]),
        facts="%s村部分土地被征收用于省道改扩建，村民代表会议决定将土地补偿款按人口分配。%s系外嫁女，"
              "户口仍在本村，未在外村分得土地，但村里以其已出嫁为由未给其分配补偿款%s。%s多次到村委会反映。" % (
                  x.v["short"], a["name"], yt(amount), a["name"]),
        claims="请求按本村村民标准分配征地补偿款%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(vc, "respondent")],
        A=a["name"], B=vc["name"],
        first="%s要求平等分配；村委会主任%s称村民代表会议决议排除外嫁女，村里无权单独改变。" % (a["name"], vc["legal_representative"]),
        mid=["调解员讲解妇女权益保障法和农村集体经济组织成员资格认定规则，指出村规民约不得侵害妇女合法权益。",
             "镇司法所和妇联人员参与，向村两委说明决议中排除外嫁女条款违法，建议重新召开会议纠正。"],
        agree=lambda s: "经调解，村委会同意按本村村民标准向%s分配补偿款%s，一次性支付。" % (a["name"], yt(s)),
        fail="村委会坚持按村民代表会议决议执行，调解未果。",
        difficulty="涉及集体经济组织成员资格认定和村民代表会议决议效力",
        fail_reason="调解终止，已告知可向镇政府申请处理或向人民法院起诉。",
        withdraw="村里重新分配后申请人撤回申请。",
        reject="不属人民调解受理范围的部分已告知向镇政府反映。",
        money=True, debtor=vc["name"], creditor=a["name"], ratio=(1.0, 1.0), plan="lump",
        afacts="外嫁女未分得征地补偿款。",
        resp="%s具有本村集体经济组织成员资格，应平等分配。" % a["name"],
        content=lambda a_, s: "%s向%s支付征地补偿款%s，%s。" % (vc["name"], a["name"], a_, s),
        oral_ok=False)


# ---------------------------------------------------------------- 环境污染
@tpl("环境污染", "养殖污染", "VTC", weight=0.6)
def env_farm(x):
    apps = [x.person(age=(35, 75)) for _ in range(x.r.choice([3, 4, 5]))]
    coname = x.r.choice(["青禾县兴旺生猪养殖专业合作社", "青禾县康源养殖有限公司"])
    co = x.company(coname, prefix="93" if "合作社" in coname else "91")
    claims = [x.money(1500, 4000, 100) for _ in apps]
    amount = sum(claims)
    names = "、".join(p["name"] for p in apps)
    return dict(
        title="%s等%d户与%s环境污染责任纠纷" % (apps[0]["name"], len(apps), co["name"]),
        facts="%s位于%s村北，存栏生猪两千余头。近几个月养殖场粪污处理设施故障，污水经排水沟流入村北坑塘和农田，"
              "气味刺鼻，%s等%d户村民的麦田出现烧苗，井水也有异味，村民多次到养殖场理论。" % (
                  co["name"], x.v["short"], apps[0]["name"], len(apps)),
        claims="请求养殖场停止排污、修复设施，并赔偿农作物损失%s。" % yt(amount),
        amount=amount, risk=True,
        parties=[role(p, "applicant", representative=(i == 0), claim_amount=claims[i]) for i, p in enumerate(apps)] + [role(co, "respondent")],
        A=apps[0]["name"], B=co["name"],
        first="村民代表%s要求立即停排并赔偿；养殖场负责人%s承认设备故障，但称损失没有那么大。" % (apps[0]["name"], co["legal_representative"]),
        mid=["调解员会同生态环境分局执法人员现场检查，责令养殖场限期整改，并请农技站对受损麦田估产。"],
        agree=lambda s: "经调解，养殖场十日内修复粪污设施、清理坑塘，赔偿%d户村民损失共%s。" % (len(apps), yt(s)),
        fail="养殖场只同意整改，不同意赔偿，调解未果。",
        difficulty="涉及多户村民和环境执法，需上级协调生态环境部门",
        fail_reason="调解终止，已告知可向人民法院提起环境污染责任诉讼。",
        withdraw="养殖场整改并赔偿到位，村民撤回申请。",
        reject="养殖场拒绝调解，不予受理，已移送生态环境部门处理。",
        money=True, debtor=co["name"], creditor="%s等%d户" % (apps[0]["name"], len(apps)), ratio=(0.7, 0.9), plan="lump",
        afacts="养殖场粪污外排污染坑塘和农田。",
        resp="养殖场排污造成损害，应承担赔偿责任。",
        content=lambda a_, s: "一、%s于十日内修复粪污处理设施、清理坑塘；二、赔偿%s农作物损失共计%s，%s。" % (
            co["name"], names, a_, s),
        oral_ok=False, collective=True)


@tpl("环境污染", "噪声粉尘", "TC", weight=1.0)
def env_dust(x):
    a = x.person(age=(40, 70))
    co = x.company(x.r.choice(["青禾县鑫磊石材加工厂", "青禾县宏达建材有限公司"]))
    amount = x.money(3000, 10000, 100)
    return dict(
        title="%s与%s噪声粉尘污染纠纷" % (a["name"], co["name"]),
        facts="%s紧邻%s家，厂内切割机和破碎机每天工作到深夜，噪声很大，粉尘落满院子和晾晒的粮食。%s患有心脏病，"
              "长期失眠，多次找厂方交涉，厂方仅口头答应改善。" % (co["name"], a["name"], a["name"]),
        claims="请求停止夜间生产、安装降噪除尘设施，赔偿损失%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(co, "respondent")],
        A=a["name"], B=co["name"],
        first="%s要求夜间停产并赔偿；厂方称订单多，已安装部分除尘设备。" % a["name"],
        mid=["调解员请环保部门检测厂界噪声，夜间超标，向厂方释明法律责任。"],
        agree=lambda s: "经调解，厂方晚十点后停产，一个月内加装隔音墙和喷淋设施，补偿%s损失%s。" % (a["name"], yt(s)),
        fail="厂方不同意夜间停产，调解未果。",
        difficulty="需环保部门检测",
        fail_reason="调解终止，已告知可向生态环境部门投诉或起诉。",
        withdraw="厂方整改完毕，撤回申请。",
        reject="厂方拒绝调解，不予受理，已移送生态环境部门。",
        money=True, debtor=co["name"], creditor=a["name"], ratio=(0.5, 0.8), plan="lump",
        afacts="工厂噪声粉尘影响相邻居民。",
        resp="厂方应采取措施防止污染。",
        content=lambda a_, s: "一、%s每日22时后停止生产，一个月内加装隔音墙和喷淋除尘设施；二、补偿%s损失%s，%s。" % (
            co["name"], a["name"], a_, s),
        oral_ok=False)


# ---------------------------------------------------------------- 消费
@tpl("消费", "产品质量", "VT", where="any", weight=0.45)
def cons_goods(x):
    a = x.person(age=(25, 70))
    shop = x.company(x.r.choice(["青禾县东山镇顺达电动车行", "青禾县西河镇惠农农资店", "青禾县城关家电商行"]), prefix="92")
    item = "电动三轮车" if "电动车" in shop["name"] else ("玉米种子" if "农资" in shop["name"] else "冰柜")
    amount = x.money(1800, 6000, 100)
    return dict(
        title="%s与%s买卖合同纠纷" % (a["name"], shop["name"]),
        facts="%s在%s购买%s，花费%s。使用不久即出现质量问题（%s），多次找店家维修无果，店主称是使用不当，"
              "拒绝退换。%s拨打12345热线投诉，热线转由调解组织处理。" % (
                  a["name"], shop["name"], item, yt(amount),
                  {"电动三轮车": "电机异响、刹车失灵", "玉米种子": "出苗率不足五成", "冰柜": "压缩机不制冷"}[item], a["name"]),
        claims="请求退货退款%s或赔偿损失。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(shop, "respondent")],
        A=a["name"], B=shop["name"],
        first="%s要求退货退款；店主%s称产品合格，问题是使用不当造成。" % (a["name"], shop["legal_representative"]),
        mid=["调解员会同市场监管所工作人员查看产品，讲明消费者权益保护法关于三包和退换货的规定。"],
        agree=lambda s: "经调解，店家退还货款并补偿共计%s，消费者退回商品。" % yt(s),
        fail="店家不同意退货，只同意维修，调解未果。",
        difficulty="需市场监管部门参与质量认定",
        fail_reason="调解终止，已告知可向市场监管部门投诉或向人民法院起诉。",
        withdraw="店家已更换商品，撤回申请。",
        reject="经营者拒绝调解，不予受理，已转市场监管所处理。",
        money=True, debtor=shop["name"], creditor=a["name"], ratio=(0.6, 1.0), plan="lump",
        afacts="消费者购买的商品出现质量问题。",
        resp="经营者应承担产品质量责任。",
        content=lambda a_, s: "%s向%s退还货款并补偿共计%s，%s；%s同时退回所购商品。" % (shop["name"], a["name"], a_, s, a["name"]),
        oral_ok=True)


# ---------------------------------------------------------------- 医疗
@tpl("医疗", "医疗损害", "TC", weight=2.0)
def med_clinic(x):
    a = x.person(age=(30, 80))
    h = x.company("青禾县%s卫生院" % x.v["town"], prefix="12", legal=None)
    amount = x.money(15000, 60000, 1000)
    return dict(
        title="%s与%s医疗损害责任纠纷" % (a["name"], h["name"]),
        facts="%s因腹痛到%s就诊，被诊断为胃肠炎并输液治疗，两天后症状加重转至县医院，确诊为急性阑尾炎穿孔并手术，"
              "住院十余天。%s认为卫生院误诊延误治疗，要求赔偿医疗费等损失，卫生院认为诊疗符合规范。" % (
                  a["name"], h["name"], a["name"]),
        claims="请求赔偿医疗费、误工费、护理费等%s。" % yt(amount),
        amount=amount, risk=x.r.random() < 0.3,
        parties=[role(a, "applicant"), role(h, "respondent")],
        A=a["name"], B=h["name"],
        first="%s及家属要求赔偿；卫生院院长%s称首诊时症状不典型，诊疗无明显过错。" % (a["name"], h["legal_representative"]),
        mid=["调解员邀请县医调委医学专家分析病历，认为首诊未做血常规和腹部检查存在一定不足。"],
        agree=lambda s: "经调解，卫生院一次性补偿%s%s，双方再无争议。" % (a["name"], yt(s)),
        fail="双方对责任比例分歧大，调解未果。",
        difficulty="需医学专家意见，专业性强",
        fail_reason="调解终止，已告知可申请医疗损害鉴定或向人民法院起诉。",
        withdraw="双方自行协商，撤回申请。",
        reject="卫生院要求通过鉴定解决，不同意调解，不予受理。",
        money=True, debtor=h["name"], creditor=a["name"], ratio=(0.4, 0.7), plan="lump",
        afacts="患者在卫生院就诊后病情加重转院手术。",
        resp="卫生院首诊检查不够全面，承担部分责任。",
        content=lambda a_, s: "%s一次性补偿%s医疗费等各项损失%s，%s；双方就此次诊疗再无其他争议。" % (h["name"], a["name"], a_, s),
        oral_ok=False)


# ---------------------------------------------------------------- 道路交通事故
@tpl("道路交通事故", "机动车交通事故", "VTC", where="any", weight=0.7)
def traffic_car(x):
    a = x.person(age=(20, 75))
    b = x.person(sex="M", age=(25, 55))
    ins = x.company(x.r.choice(["中国人民财产保险股份有限公司青禾支公司", "中华联合财产保险股份有限公司青禾支公司",
                                "太平洋财产保险股份有限公司青禾支公司"]))
    amount = x.money(20000, 120000, 100)
    return dict(
        title="%s与%s、%s机动车交通事故责任纠纷" % (a["name"], b["name"], ins["name"]),
        facts="%s驾驶小型轿车在乡道上与%s驾驶的电动自行车相撞，致%s腿部骨折。交警部门认定%s负事故主要责任。"
              "肇事车辆在%s投保交强险和商业三者险。%s住院治疗二十余天，双方对赔偿项目和数额协商未果，交警部门移送调解。" % (
                  b["name"], a["name"], a["name"], b["name"], ins["name"], a["name"]),
        claims="请求赔偿医疗费、误工费、护理费、伤残赔偿金等共计%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent"), role(ins, "third_party")],
        A=a["name"], B=b["name"],
        first="%s提交医疗票据和伤残鉴定意见；%s称已垫付部分医疗费；保险公司对护理费和误工费标准有异议。" % (a["name"], b["name"]),
        mid=["调解员依据交通事故责任认定书和赔偿标准逐项核算，保险公司理赔员通过视频参加调解。",
             "调解员向保险公司释明误工证明的效力，保险公司同意按核算结果在保险限额内理赔。"],
        agree=lambda s: "经调解，保险公司在交强险和商业险限额内赔偿%s，%s垫付部分抵扣后另行结算。" % (yt(s), b["name"]),
        fail="保险公司对伤残等级有异议要求重新鉴定，调解未果。",
        difficulty="涉及保险理赔和伤残鉴定，需法官指导",
        fail_reason="调解终止，已告知可向人民法院起诉。",
        withdraw="保险公司已理赔，申请人撤回申请。",
        reject="被申请人要求诉讼解决，不予受理。",
        money=True, debtor=ins["name"], creditor=a["name"], ratio=(0.75, 0.95), plan="lump",
        afacts="机动车与电动自行车相撞致%s受伤，交警认定机动车一方负主要责任。" % a["name"],
        resp="%s负事故主要责任，保险公司在保险限额内承担赔偿责任。" % b["name"],
        content=lambda a_, s: "一、%s在保险限额内赔偿%s各项损失%s，%s；二、%s已垫付的医疗费由其直接向保险公司理赔；三、各方再无其他争议。" % (
            ins["name"], a["name"], a_, s, b["name"]),
        oral_ok=False)


@tpl("道路交通事故", "非机动车事故", "VT", weight=1.1)
def traffic_minor(x):
    a = x.person(age=(25, 75))
    b = x.person(age=(20, 65))
    amount = x.money(1500, 8000, 100)
    return dict(
        title="%s与%s交通事故损害赔偿纠纷" % (a["name"], b["name"]),
        facts="%s骑电动自行车在村内街道拐弯时，与%s驾驶的农用三轮车剐蹭，%s倒地致头部擦伤、肋骨骨裂，电动车受损。"
              "双方均未报警，事后对责任和赔偿各执一词，%s家属找到村调解室。" % (a["name"], b["name"], a["name"], a["name"]),
        claims="请求赔偿医疗费、车辆修理费等%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s称对方车速过快；%s称对方拐弯未减速，两人都有责任。" % (a["name"], b["name"]),
        mid=["调解员查看街口监控录像，认为双方均有过错，三轮车一方负主要责任。"],
        agree=lambda s: "经调解，%s赔偿%s医疗费、修车费等%s。" % (b["name"], a["name"], yt(s)),
        fail="双方对责任比例分歧大，调解未果。",
        difficulty="责任划分有争议，需交警部门参与",
        fail_reason="调解终止，已告知可向人民法院起诉。",
        withdraw="双方自行和解，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.6, 0.85), plan="lump",
        afacts="电动车与农用三轮车剐蹭致人受伤。",
        resp="双方均有过错，%s负主要责任。" % b["name"],
        content=lambda a_, s: "%s赔偿%s医疗费、修车费等%s，%s；双方再无争议。" % (b["name"], a["name"], a_, s),
        oral_ok=True)


# ---------------------------------------------------------------- 物业
@tpl("物业", "物业服务费", "VT", where="urban", weight=1.0)
def prop_fee(x):
    co = x.company(x.r.choice(["青禾县安居物业服务有限公司", "青禾县宜家物业管理有限公司"]))
    a = x.person(age=(30, 70))
    years = x.r.choice([2, 3])
    fee = x.r.choice([1080, 1260, 1440])
    amount = years * fee * 100
    return dict(
        title="%s与%s物业服务合同纠纷" % (co["name"], a["name"]),
        facts="%s为%s所在小区提供物业服务，%s以楼道灯长期不亮、电梯经常故障、小区停车混乱为由，连续%d年未交物业费共计%s。"
              "物业公司多次催缴未果，业主在业主群内与物业人员发生争吵。" % (co["name"], a["name"], a["name"], years, yt(amount)),
        claims="请求业主交纳拖欠的物业费%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(co, "applicant"), role(a, "respondent")],
        A=co["name"], B=a["name"],
        first="物业公司要求补交物业费；%s列举服务不到位的问题，要求先整改再交费。" % a["name"],
        mid=["调解员组织社区、业主代表和物业公司三方座谈，物业公司承诺限期维修楼道灯和电梯，规范停车。"],
        agree=lambda s: "经调解，物业公司整改服务问题并减免部分费用，%s补交物业费%s。" % (a["name"], yt(s)),
        fail="业主坚持不整改不交费，调解未果。",
        difficulty="涉及小区整体服务质量，需街道物业办参与",
        fail_reason="调解终止，已告知可向人民法院起诉。",
        withdraw="双方自行协商，撤回申请。",
        reject="业主拒绝调解，不予受理。",
        money=True, debtor=a["name"], creditor=co["name"], ratio=(0.8, 0.95), plan="either",
        afacts="业主以服务质量为由拒交物业费。",
        resp="物业公司服务存在瑕疵，业主应交纳物业费。",
        content=lambda a_, s: "一、%s于一个月内维修楼道灯、电梯并规范停车管理；二、%s补交物业费%s，%s。" % (co["name"], a["name"], a_, s),
        oral_ok=False)


@tpl("物业", "房屋漏水", "VT", where="urban", weight=0.8)
def prop_leak(x):
    a = x.person(age=(30, 70))
    b = x.person(age=(30, 70))
    co = x.company(x.r.choice(["青禾县安居物业服务有限公司", "青禾县宜家物业管理有限公司"]))
    amount = x.money(2000, 9000, 100)
    return dict(
        title="%s与%s、%s房屋漏水纠纷" % (a["name"], b["name"], co["name"]),
        facts="%s家楼上%s装修卫生间后，%s家卫生间和客厅顶棚持续渗水，墙面发霉、吊顶脱落。%s称是公共管道漏水，"
              "应由物业负责；物业公司称管道在业主户内。三方互相推诿，问题拖了两个多月。" % (a["name"], b["name"], a["name"], b["name"]),
        claims="请求查明漏水原因、修复漏点并赔偿损失%s。" % yt(amount),
        amount=amount, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent"), role(co, "third_party")],
        A=a["name"], B=b["name"],
        first="%s要求楼上修复并赔偿；%s称自家防水没问题；物业公司表示愿意配合检测。" % (a["name"], b["name"]),
        mid=["调解员协调物业公司做闭水试验，确认是楼上卫生间防水层破损所致。"],
        agree=lambda s: "经调解，%s重做防水层并赔偿楼下损失%s，物业公司协助维修。" % (b["name"], yt(s)),
        fail="%s不认可检测结果，调解未果。" % b["name"],
        difficulty="需第三方检测",
        fail_reason="调解终止，已告知可向人民法院起诉。",
        withdraw="双方自行协商，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=True, debtor=b["name"], creditor=a["name"], ratio=(0.6, 0.9), plan="lump",
        afacts="楼上卫生间渗水致楼下房屋受损。",
        resp="%s卫生间防水层破损，应承担赔偿责任。" % b["name"],
        content=lambda a_, s: "一、%s于十五日内重做卫生间防水层；二、赔偿%s损失%s，%s；三、物业公司协助维修。" % (b["name"], a["name"], a_, s),
        oral_ok=True)


# ---------------------------------------------------------------- 其他
@tpl("其他", "网络言论", "VT", where="any", weight=0.4)
def other_online(x):
    a = x.person(age=(25, 60))
    b = x.person(age=(25, 60))
    return dict(
        title="%s与%s名誉权纠纷" % (a["name"], b["name"]),
        facts="%s在村民微信群内多次发布消息，称%s家在低保评定中“走后门”，并配有侮辱性言语，群内数百人可见。"
              "%s认为名誉受损，要求对方删除并道歉，%s拒绝，两家在村里见面即吵。" % (b["name"], a["name"], a["name"], b["name"]),
        claims="请求删除不实言论，公开赔礼道歉。",
        amount=0, risk=False,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s要求删帖道歉；%s称只是发泄不满，没有点名。" % (a["name"], b["name"]),
        mid=["调解员向双方讲解民法典人格权编相关规定，并说明低保评定程序公开透明。"],
        agree=lambda s: "经调解，%s删除群内消息并在群内公开道歉，%s表示谅解。" % (b["name"], a["name"]),
        fail="%s拒绝道歉，调解未果。" % b["name"],
        difficulty="涉及低保评定，需镇民政办说明",
        fail_reason="调解终止，已告知可向人民法院起诉。",
        withdraw="对方已删帖道歉，撤回申请。",
        reject="被申请人拒绝调解，不予受理。",
        money=False,
        afacts="一方在微信群发布不实言论。",
        resp="%s发布不实言论，应消除影响。" % b["name"],
        content_nm="一、%s于当日删除微信群内相关消息；二、%s在该群内公开赔礼道歉；三、双方今后不得在网络上互相攻击。" % (b["name"], b["name"]),
        oral_ok=True)


@tpl("其他", "丧葬事宜", "V", weight=0.3)
def other_burial(x):
    sur = x.surname()
    a = x.person(sex="M", age=(45, 70), surname=sur)
    b = x.person(sex="M", age=(45, 70), surname=sur)
    return dict(
        title="%s与%s丧葬事宜纠纷" % (a["name"], b["name"]),
        facts="%s与%s系堂兄弟。%s母亲去世后，按村里移风易俗要求应安葬在村公益性公墓，%s坚持要葬入祖坟地，"
              "而祖坟地现为%s的承包地，%s不同意，双方在出殡前一天发生争吵，族人分成两派。" % (
                  a["name"], b["name"], a["name"], a["name"], b["name"], b["name"]),
        claims="要求允许在祖坟地安葬。",
        amount=0, risk=True,
        parties=[role(a, "applicant"), role(b, "respondent")],
        A=a["name"], B=b["name"],
        first="%s称老人遗愿入祖坟；%s称承包地不能再埋坟，且违反村规民约。" % (a["name"], b["name"]),
        mid=["调解员连夜会同红白理事会成员上门，讲解殡葬改革政策和村规民约，劝说双方顾全大局。"],
        agree=lambda s: "经调解，%s同意将母亲安葬于村公益性公墓，%s出面帮忙料理丧事，堂兄弟和好。" % (a["name"], b["name"]),
        fail="%s坚持入祖坟，调解未果。" % a["name"],
        difficulty="涉及殡葬政策，需镇民政部门参与",
        fail_reason="调解终止，已报告镇政府处理。",
        withdraw="当事人自行协商，撤回申请。",
        reject="当事人拒绝调解，不予受理。",
        money=False,
        afacts="老人去世后亲属对安葬地点发生争议。",
        resp="安葬应遵守殡葬政策和村规民约。",
        content_nm="一、老人安葬于村公益性公墓；二、%s协助料理丧事；三、双方不再因此事争执。" % b["name"],
        oral_ok=True)

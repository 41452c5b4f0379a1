#include "generatortext.h"

#include "common/money.h"
#include "parties/identifiers.h"

#include <QHash>
#include <QUuid>

namespace tj::gen {

namespace {
QStringList split(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

const QStringList &surnames()
{
    static const QStringList list = split(
        "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖"
        " 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦"
        " 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 武 戴 欧阳");
    return list;
}

const QStringList &givenChars()
{
    static const QStringList list = split(
        "伟 芳 娜 秀 英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 兰 霞 平 刚 桂 华 建 国 志 红 玉 梅 海"
        " 峰 春 燕 文 辉 鹏 飞 宇 浩 然 晓 东 雪 琳 欣 怡 子 涵 德 福 荣 庆 生 金 凤 翠 书 民 长 永 振 宝"
        " 秋 菊 云 林 山 水 成 利 双 喜 富 贵 才 新 青 松 柏 元 进");
    return list;
}

const QStringList &trades()
{
    static const QStringList list = split(
        "服饰 建筑工程 农业开发 物业管理 汽车运输 食品 电子科技 商贸 养殖 家具 建材 劳务 餐饮 果蔬 机械");
    return list;
}

const QStringList &subjects(const QString &category)
{
    static const QHash<QString, QStringList> map = {
        {QStringLiteral("婚姻家庭"), split("赡养 离婚财产 抚养费 继承 分家析产")},
        {QStringLiteral("邻里"), split("相邻通行 排水 噪音 院墙 琐事")},
        {QStringLiteral("房屋宅基地"), split("宅基地界址 房屋买卖 建房 房屋租赁")},
        {QStringLiteral("合同"), split("借款 买卖合同 承揽合同 租赁合同")},
        {QStringLiteral("生产经营"), split("合伙经营 货款 加工")},
        {QStringLiteral("损害赔偿"), split("人身损害赔偿 财产损害赔偿 犬只伤人")},
        {QStringLiteral("山林土地"), split("土地承包 山林权属 地界")},
        {QStringLiteral("征地拆迁"), split("征地补偿 拆迁安置")},
        {QStringLiteral("环境污染"), split("养殖污染 噪声污染 粉尘污染")},
        {QStringLiteral("劳动争议"), split("农民工工资 工伤赔偿 劳务报酬")},
        {QStringLiteral("消费"), split("商品质量 装修服务 预付卡")},
        {QStringLiteral("医疗"), split("医疗损害 诊疗费用")},
        {QStringLiteral("道路交通事故"), split("交通事故赔偿 车辆刮擦")},
        {QStringLiteral("物业"), split("物业费 停车管理 公共维修")},
    };
    static const QStringList other = split("债务 其他");
    const auto it = map.find(category);
    return it == map.end() ? other : it.value();
}

const QStringList &openings()
{
    static const QStringList list = split(
        "%1与%2系同村村民，平日往来较多。 %1与%2系多年邻居，两家房屋相距不远。 %1与%2早年相识，曾多次合作。"
        " %1称其与%2之间因%3问题发生争执。");
    return list;
}

const QStringList &middles()
{
    static const QStringList list = split(
        "%1年%2月，双方因%3产生分歧，经多次协商未果，矛盾逐渐激化。"
        " 双方在村委会门口发生口角，围观群众较多，村干部到场劝解后暂时平息。"
        " 申请人认为对方应当承担全部责任，被申请人则认为申请人要求过高，不同意赔偿。"
        " 网格员在走访中发现该纠纷，及时上报村调解委员会，建议尽快介入。"
        " 申请人多次找到被申请人家中理论，被申请人避而不见，双方关系持续紧张。"
        " 经初步核实，双方对基本事实无异议，但对责任划分和赔偿数额分歧较大。"
        " 被申请人表示愿意协商解决，但提出分期履行的要求，申请人暂未同意。"
        " 该纠纷涉及家庭成员较多，部分亲属意见不一，调解难度较大。");
    return list;
}

const QStringList &closings()
{
    static const QStringList list = split(
        "申请人要求被申请人赔偿损失共计%1元，并赔礼道歉。 申请人请求调解组织依法调处，维护其合法权益。"
        " 双方均同意由调解委员会主持调解，希望尽快化解矛盾。 申请人要求被申请人支付%1元并承担相关费用。");
    return list;
}

// Replaces %1, %2, … by the values; a template may use any of them or none.
QString fill(QString text, const QStringList &values)
{
    for (int i = 0; i < values.size(); ++i)
        text.replace(QStringLiteral("%%1").arg(i + 1), values[i]);
    return text;
}

QString digits(Rng &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + rng.below(10)));
    return out;
}
} // namespace

quint64 Rng::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString Rng::uuid()
{
    const quint64 hi = next();
    const quint64 lo = next();
    const QUuid id(uint(hi >> 32), ushort(hi >> 16), ushort((hi & 0x0fff) | 0x4000),
                   uchar(((lo >> 56) & 0x3f) | 0x80), uchar(lo >> 48), uchar(lo >> 40),
                   uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8), uchar(lo));
    return id.toString(QUuid::WithoutBraces);
}

QString TextMaker::personName()
{
    QString name = m_rng.pick(surnames()) + m_rng.pick(givenChars());
    if (m_rng.chance(65))
        name += m_rng.pick(givenChars());
    return name;
}

Person TextMaker::person(const QString &village)
{
    Person p;
    p.name = personName();
    if (m_rng.chance(90)) {
        static const QStringList areas = split("131121 131122 131123 131102 130102");
        const QDate birth = QDate(1940, 1, 1).addDays(m_rng.below(365 * 65));
        const QString first17 = m_rng.pick(areas) + birth.toString(QStringLiteral("yyyyMMdd"))
                                + digits(m_rng, 3);
        p.idNumber = first17 + Identifiers::residentIdCheckChar(first17);
    }
    p.phone = QStringLiteral("1") + QString::number(3 + m_rng.below(7)) + digits(m_rng, 9);
    p.address = village + QString::number(1 + m_rng.below(12)) + QStringLiteral("组")
                + QString::number(1 + m_rng.below(80)) + QStringLiteral("号");
    return p;
}

Company TextMaker::company()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    Company c;
    c.name = QStringLiteral("青禾县") + m_rng.pick(givenChars()) + m_rng.pick(givenChars())
             + m_rng.pick(trades()) + QStringLiteral("有限公司");
    QString first17 = QStringLiteral("91131121");
    for (int i = 0; i < 9; ++i)
        first17.append(QLatin1Char(alphabet[m_rng.below(31)]));
    c.creditCode = first17 + Identifiers::creditCodeCheckChar(first17);
    c.legalRepresentative = personName();
    return c;
}

QString TextMaker::title(const QString &category, const QString &applicant,
                         const QString &respondent)
{
    return QStringLiteral("%1与%2%3纠纷").arg(applicant, respondent, m_rng.pick(subjects(category)));
}

QString TextMaker::facts(const QString &category, const QString &applicant,
                         const QString &respondent, const QString &place, const QDate &on,
                         qint64 amountFen)
{
    const QString subject = m_rng.pick(subjects(category));
    QString text = fill(m_rng.pick(openings()), {applicant, respondent, subject});
    text += QStringLiteral("双方均居住在%1。").arg(place);
    const QDate earlier = on.addMonths(-1 - m_rng.below(18));
    int guard = 0;
    while (text.size() < 170 && guard++ < 8) {
        text += fill(m_rng.pick(middles()), {QString::number(earlier.year()),
                                             QString::number(earlier.month()), subject});
    }
    text += fill(m_rng.pick(closings()), {money::formatYuan(amountFen)});
    return text;
}

QString TextMaker::claims(qint64 amountFen)
{
    return amountFen > 0 ? QStringLiteral("请求对方支付%1元。").arg(money::formatYuan(amountFen))
                         : QStringLiteral("请求对方停止侵害、恢复原状。");
}

QString TextMaker::sessionRecord(const QString &applicant, const QString &respondent)
{
    static const QStringList list = split(
        "调解员分别听取了%1和%2的陈述，释明相关法律规定，双方情绪有所缓和。"
        " 调解员组织%1与%2面对面协商，双方就主要分歧交换意见，约定再次调解。"
        " 调解员实地查看现场，听取周边群众意见，向%1和%2提出调解方案。");
    return fill(m_rng.pick(list), {applicant, respondent});
}

QString TextMaker::agreementContent(const QString &debtor, const QString &creditor,
                                    qint64 amountFen)
{
    return QStringLiteral("%1自愿向%2支付%3元，双方就本纠纷再无其他争议。")
        .arg(debtor, creditor, money::formatYuan(amountFen));
}

QString TextMaker::failureReason()
{
    return QStringLiteral("双方分歧较大，调解不成，已告知当事人可依法向人民法院起诉。");
}

QString TextMaker::rejectReason()
{
    return QStringLiteral("该纠纷已进入诉讼程序，不属于人民调解受理范围。");
}

QString TextMaker::withdrawReason()
{
    return QStringLiteral("双方自行和解，申请人撤回调解申请。");
}

QString TextMaker::referReason()
{
    return QStringLiteral("案情复杂，涉及多方利益，村级调解难以化解，移交上级调解组织。");
}

QString TextMaker::delegateReason()
{
    return QStringLiteral("诉前委派属地调解组织先行调解。");
}

QString TextMaker::returnReason()
{
    return QStringLiteral("材料不全，请补充后重新移交。");
}

} // namespace tj::gen

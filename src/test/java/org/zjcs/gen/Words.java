package org.zjcs.gen;

import java.util.SplittableRandom;

/**
 * Word lists and the plausible Chinese texts composed from them (names, addresses, project names, notice texts), in the
 * manner of the demo data. Every method draws only from the random source it is given: the same sequence of draws gives
 * the same texts.
 */
final class Words {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "马", "胡", "朱",
        "郭", "何", "罗", "高", "林", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭", "曾", "田", "董", "袁", "潘"};
    static final String[] GIVEN = {"强", "伟", "芳", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超",
        "秀英", "建华", "志强", "海燕", "晓东", "丽娟", "文博", "宏伟", "思远", "雨桐", "子涵", "浩然", "婷", "帆", "蕾", "骏",
        "建", "平", "鹏", "琳", "欣怡", "国庆", "春梅", "立新", "佳琪"};
    static final String[] ROADS = {"长安", "丈八", "科技", "高新", "朱雀", "太白", "含光", "电子", "明德", "文景", "凤城",
        "未央", "锦业", "唐延", "劳动", "东关", "西关", "环城", "建设", "人民", "解放", "和平", "幸福", "光明", "迎宾", "滨河",
        "学府", "育才", "尚勤", "金花", "长缨", "韩森", "八府", "西北", "东五", "公园", "振兴", "兴业", "永宁", "安远"};
    static final String[] ROAD_SUFFIX = {"路", "大道", "街", "东路", "西路", "南路", "北路", "一路", "二路", "三路"};
    static final String[] PLACES = {"片区", "社区", "新区", "产业园", "工业园区", "街道", "新城", "商务区", "科技园", "物流园"};
    static final String[] PROJECTS = {"道路提升改造工程", "雨污分流改造工程", "老旧小区改造项目", "综合管廊工程",
        "排水管网改造工程", "学校扩建工程", "医院门诊楼建设项目", "污水处理厂提标改造项目", "智慧停车场建设项目",
        "口袋公园建设项目", "河道综合治理工程", "供热管网改造工程", "分布式光伏发电项目", "标准化厂房建设项目",
        "安置房建设项目", "体育中心建设项目", "文化中心建设项目", "人行道及绿化提升工程", "桥梁维修加固工程",
        "垃圾转运站建设项目", "养老服务中心建设项目", "幼儿园新建工程", "农贸市场改造项目", "供水管网改造工程"};
    static final String[] FIRM_WORDS = {"秦川", "华测", "天诚", "正信", "安泰", "绿源", "澄泓", "禹辰", "中科", "恒信",
        "诚达", "华宇", "博远", "永安", "鼎立", "方圆", "汇通", "金石", "清源", "同创", "卓越", "弘毅", "启明", "泰和",
        "德润", "瑞景", "宏图", "远景", "长城", "蓝天", "碧水", "中正", "开元", "信达", "恒久", "精诚", "鑫源", "致远"};
    static final String[] FIRM_TRADES = {"环境工程咨询", "工程咨询", "测绘地理信息", "资产评估", "安全技术咨询",
        "水利水保咨询", "岩土工程勘察", "建筑设计研究", "节能技术服务", "房地产估价", "地质勘查", "交通规划设计",
        "生态环境技术", "工程造价咨询", "检验检测"};
    static final String[] OWNER_KINDS = {"城市建设投资集团有限公司", "住房和城乡建设局", "水务局", "交通运输局", "教育局",
        "人民医院", "第一中学", "实验小学", "城市管理局", "园林绿化中心", "产业投资有限公司", "文化旅游发展有限公司"};
    static final String[] DEPARTMENTS = {"行政审批服务局", "自然资源和规划局", "生态环境局", "水务局", "发展和改革委员会",
        "住房和城乡建设局", "应急管理局"};
    static final String[] SCALE_TEXTS = {"道路全长约 %d.%d 公里，红线宽度 %d 米。", "总建筑面积约 %d.%d 万平方米，地上 %d 层。",
        "扰动面积约 %d.%d 公顷，土石方约 %d 万立方米。", "管网长度约 %d.%d 公里，检查井 %d 座。",
        "总投资约 %d.%d 亿元，建设周期 %d 个月。", "占地面积约 %d.%d 公顷，新建设施 %d 处。"};
    static final String[] CONTENT_TEXTS = {"开展现场调查和资料收集，编制%s成果文件，配合%s完成技术评审及审批。",
        "按照国家和地方有关技术规范编制%s报告，提出防治措施和监测方案，配合%s审查。",
        "完成%s相关工作，提交成果文件并根据%s及专家意见修改完善。"};
    static final String[] RETURN_REASONS = {"成果文件内容不完整，请补充后重新提交。", "技术参数与项目实际不符，请核实修改。",
        "附图比例尺不符合规范要求，请更正。", "投资估算口径与主体工程不一致，请统一后重新提交。"};

    private Words() {
    }

    static String pick(SplittableRandom r, String[] words) {
        return words[r.nextInt(words.length)];
    }

    static String person(SplittableRandom r) {
        return pick(r, SURNAMES) + pick(r, GIVEN);
    }

    static String phone(SplittableRandom r) {
        return String.format("0%d-%08d", 10 + r.nextInt(890), 80_000_000 + r.nextInt(19_999_999));
    }

    static String road(SplittableRandom r) {
        return pick(r, ROADS) + pick(r, ROAD_SUFFIX);
    }

    static String address(SplittableRandom r, String district) {
        return district + road(r) + " " + (1 + r.nextInt(299)) + " 号";
    }

    /** A project name: district, a road or a place, and a kind of project, e.g. 雁塔区丈八一路道路提升改造工程. */
    static String projectName(SplittableRandom r, String district) {
        String where = r.nextInt(3) == 0 ? pick(r, ROADS) + pick(r, PLACES) : road(r);
        return district + where + pick(r, PROJECTS);
    }

    static String firmName(SplittableRandom r, String city) {
        return shortPlace(city) + pick(r, FIRM_WORDS) + pick(r, FIRM_TRADES) + "有限公司";
    }

    static String projectScale(SplittableRandom r) {
        return String.format(pick(r, SCALE_TEXTS), 1 + r.nextInt(20), r.nextInt(10), 2 + r.nextInt(40));
    }

    static String serviceContent(SplittableRandom r, String service, String department) {
        return String.format(pick(r, CONTENT_TEXTS), service, department);
    }

    /** 西安市 → 西安, 陕西省 → 陕西: the short form used in firm names. */
    static String shortPlace(String name) {
        for (String suffix : new String[] {"维吾尔自治区", "回族自治区", "壮族自治区", "自治区", "自治州", "特别行政区", "地区", "省", "市", "盟"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length() + 1) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}

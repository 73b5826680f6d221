"""What a careful reader finds at the top of each sample document (checked by hand against the text;
the two with gold annotations agree with shared/eval/gold)."""

from __future__ import annotations

HUZHOU = "000_eecffe482169a7c7.txt"
GANSU = "001_023f5c1042dc9e4a.txt"
HUANGSHIGANG = "002_ade3975007ed2fa9.txt"
ZENGDU = "003_64d9f9ea9915fd17.txt"
ZHEJIANG = "004_5bfa1912dc2746f6.txt"

EXPECTED = {
    HUZHOU: {
        "title": "湖州市市场监管“十四五”规划",
        "level": "city",
        "region": "湖州市",
        "region_path": ["浙江省", "湖州市"],
        "issuer": "湖州市人民政府",
        "published": "2021-09-18",
        "doc_number": None,
        "period": "2021-2025",
        "vision_year": 2035,
        "parents": [
            "浙江省市场监管十四五规划",
            "湖州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        ],
    },
    GANSU: {
        "title": "甘肃省“十四五”市场监管规划",
        "level": "province",
        "region": "甘肃省",
        "region_path": ["甘肃省"],
        "issuer": "甘肃省市场监督管理局",
        "published": "2021-12-24",
        "doc_number": "甘市监发〔2021〕395号",
        "period": "2021-2025",
        "vision_year": None,
        "parents": ["甘肃省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要"],
    },
    HUANGSHIGANG: {
        "title": "黄石港区市场监管“十四五”工作方案",
        "level": "district",
        "region": "黄石港区",
        "region_path": ["湖北省", "黄石市", "黄石港区"],
        "issuer": "黄石港区市场监督管理局",
        "published": "2022-02-05",
        "doc_number": None,
        "period": "2021-2025",
        "vision_year": 2035,
        "parents": ["湖北省市场监管现代化“十四五”规划"],
    },
    ZENGDU: {
        "title": "曾都区市场监督管理“十四五”建设规划(2021—2025)",
        "level": "district",
        "region": "曾都区",
        "region_path": ["湖北省", "随州市", "曾都区"],
        "issuer": "曾都区市场监督管理局",
        "published": "2021-11-01",
        "doc_number": None,
        "period": "2021-2025",
        "vision_year": None,
        "parents": [],
    },
    ZHEJIANG: {
        "title": "浙江省市场监管“十四五”规划",
        "level": "province",
        "region": "浙江省",
        "region_path": ["浙江省"],
        "issuer": "浙江省人民政府办公厅",
        "published": "2021-05-28",
        "doc_number": None,
        "period": "2021-2025",
        "vision_year": 2035,
        "parents": [],
    },
}

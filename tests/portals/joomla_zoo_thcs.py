"""Joomla 3 + YOOtheme ZOO: the site of Trường THCS Nguyễn Trãi (xã Tam Hồng, tỉnh Phú Thọ).

Platform
    Joomla 3.10 with a Vietnamese vendor template ("vns" ids, ``cot-trai``/``cot-phai`` columns,
    Vinaora visitor counter, a scrolling ``<marquee>`` of notices). The news live in a ZOO
    application ("Tin tức", blog app, default template: ``pos-title``, ``pos-meta``,
    ``pos-media``, ``pos-content``, ``element element-textarea`` …); notices, the intro page and
    the weekly schedule are plain com_content pages beside it. Two more ZOO applications hold
    documents ("Văn bản") and photo albums ("Thư viện ảnh").

URL scheme
    /                                            home (modules only)
    /tin-tuc                                     ZOO frontpage (categories + featured items)
    /tin-tuc/category/<alias>                    ZOO category, 3 items a page;
    /tin-tuc/category/<alias>/N  or  ?page=N     its page N (both forms answer for every category;
                                                 "Tin tức - Sự kiện" prints /N, "Hoạt động chuyên
                                                 môn" prints ?page=N)
    /tin-tuc/item/<alias>                        ZOO item (article, or a video item)
    /component/zoo/item/<alias>?Itemid=101       the same item routed without a menu item (home slider)
    /tin-tuc/tag/<tag>                           ZOO tag listing
    /thong-bao                                   com_content category list, 2 a page, ?start=2
    /thong-bao/<id>-<alias>                      com_content article
    …?tmpl=component&print=1&layout=default      its print view
    /index.php?option=com_content&view=article&id=<id>&catid=9&Itemid=108
                                                 the same article, non-SEF (the notice marquee)
    /gioi-thieu, /co-cau-to-chuc, /lich-cong-tac single com_content pages; /lien-he com_contact
    /van-ban, /van-ban/item/<alias>              ZOO document app (listing, document entry)
    /thu-vien-anh, /thu-vien-anh/item/<alias>    ZOO gallery app (listing, album)
    /tim-kiem?searchword=…                       com_search results (the header's search form)

Page templates
    every page: top bar with today's date, banner, Joomla ``nav menu`` with drop-downs, the notice
    marquee, breadcrumbs ("Bạn đang ở:"), right column (search, "Đọc nhiều", "Văn bản mới",
    poll, link select, Vinaora counter, Facebook page box), footer with address and copyright.
    ZOO item: ``#yoo-zoo .item`` with pos-title, pos-meta (created date | hits | CMS account),
    optional pos-media (lead photo + its caption element), optional pos-subtitle (sapo element),
    pos-content (the text element, then source/download elements), pos-meta2 (modified date),
    pos-taxonomy, pos-bottom (share/print), pos-related ("Tin liên quan"), ZOO comments; below
    the component the "Các tin khác" module prints other items as ZOO teasers.
    com_content article: Joomla 3 ``item-page`` with the print icon, ``dl.article-info`` and
    ``div[itemprop=articleBody]``, then ``ul.pagenav``.

How each gold article is reached
    Tin tức - Sự kiện (/tin-tuc/category/tin-tuc-su-kien, /2): T1, T2 on page 1 (page 1 also
      holds the video item); T3 on page 2 (and the home block, "Đọc nhiều"); T4 only on page 2.
      T1-T3 are also in the home page's "Tin tức - Sự kiện" block; T2 in the slider (twin URL).
    Hoạt động chuyên môn (/tin-tuc/category/hoat-dong-chuyen-mon, ?page=2): C1-C3 on page 1
      (C1, C2 also on home); C4 only on ?page=2.
    Công tác Đội (/tin-tuc/category/cong-tac-doi): D1 (also home slider), D2 (also a tag page).
    Thông báo (/thong-bao, ?start=2): N1, N2 on page 1 and in the marquee (non-SEF links);
      N3 on ?start=2 and through N2's "Tiếp" pagenav link.

Traps (each with the gold it implies)
    1. ZOO routing twins: the home slider links items as /component/zoo/item/<alias>?Itemid=101;
       the page prints no canonical and its og:url echoes whatever URL was asked.
       -> one record per item at /tin-tuc/item/<alias>, the twin in alt_paths.
    2. com_content twins: the notice marquee links /index.php?option=com_content&view=article…
       and every notice has a print view (?tmpl=component&print=1&layout=default).
       -> alt_paths of the notice's SEF path.
    3. Three pagination dialects (/N, ?page=N, ?start=N) and articles reachable only past page 1
       (T4, C4); a video item sits among the news and shifts the pages.
       -> T4, C4, N3 are gold like the others.
    4. Dates: ZOO prints "Thứ sáu, 04 Tháng 12 2026 15:20" in the meta, listings print
       "04/12/2026", the item also prints "Sửa đổi lần cuối: …" and comments carry later dates;
       T3 is printed at "00:00"; com_content N2 prints "Ngày tạo", "Được đăng" and "Cập nhật lần
       cuối". -> the created date of the ZOO meta / the "Được đăng" date; T3 the day alone.
    5. CMS accounts as bylines: "Người đăng: quantri" (ZOO itemauthor), "Được viết bởi Super
       User" (com_content). -> nobody; the author is the signature at the end of the text
       ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "ThS. X - Phó Hiệu trưởng", a unit, "BBT" -> nobody).
    6. Chrome in content markup: "Các tin khác" prints other items as ZOO teasers with the very
       same ``pos-content`` / ``element-textarea`` classes; "Tin liên quan", tags, share bar and
       ZOO comments sit inside ``#yoo-zoo .item``. -> none of it is body.
    7. Lead photo outside the text: T2 and C4 print their first photo in ``pos-media`` with its
       caption in an element-text; listing thumbnails (/media/zoo/images/…) are not photos of
       the article. -> the pos-media photo is the article's first image, with that caption.
    8. Captions three ways: a centred ``<em>`` line, a one-column image table with the caption in
       parentheses, and a credit line "Ảnh: X" (C3, T4). -> caption without the parentheses;
       None for the credit, X a photographer; an image with only alt text has None.
    9. Sapo: a separate ZOO element in ``pos-subtitle`` (T2, C3), a bold lead paragraph (T1, C1,
       D2), or none though a meta description exists. -> summary accordingly, first body paragraph.
   10. Footnotes: T2 has Word calls "[1]" (kept in the sentence) and notes under "Chú thích";
       C2 has bare ``<sup>1</sup>`` calls (dropped) and "Tài liệu tham khảo". -> notes are body.
   11. Text encodings: C2's text is stored by JCE as HTML entities (named and numeric); T3's
       body was typed as decomposed Unicode (NFD). -> NFC text in the gold.
   12. Official notice N1: letterhead table, "THÔNG BÁO / Về việc …", Word list markers
       (``mso-list:Ignore`` "1."), "- " lines typed by hand, "Nơi nhận" and the signer's block;
       posted 01/12 but dated 30/11. -> body between subject and closing, "- " kept, markers not;
       published_at "2026-11-30"; author the signer.
   13. Article-like non-articles: /van-ban/item/… (document entry with date and signer),
       /thu-vien-anh/item/… (album), a video item in the news category at /tin-tuc/item/…,
       /lich-cong-tac (weekly schedule with a "Được đăng" date). -> NON_ARTICLES.
   14. D1: emoji in title and text, and a paragraph split by ``<br />`` into a results list.
       -> emoji kept; one paragraph per line.
   15. Lines that are not text: element-download "Tải về" blocks, N3's PDF attachment line with
       a mime icon, "Xem thêm: <link>", "Theo Báo Phú Thọ điện tử" (C4) and a ZOO "Nguồn:"
       field (T4) -> not body; the last two are the source. "Theo cô …" inside C4 is text.

Gold decisions on ambiguous points
    - The ZOO meta date is the created date and is the publication date; "Sửa đổi lần cuối" is not.
    - N1 (an official document posted as a notice) takes the letterhead day, its signer is the
      author although the page also says "Được viết bởi Super User".
    - A unit signing alone ("Bộ phận Chuyên môn", "Liên đội THCS Nguyễn Trãi", "Ban Giám hiệu")
      is the author as printed; "BBT" is nobody.
    - C4 is a newspaper reprint: the reporter signing before "Theo …" is its author.
    - The video item, albums and documents are not articles even under /…/item/.
    - Caption tables and letterhead/closing tables are not body rows; data tables are.
    - The pos-subtitle sapo is the body's first paragraph (it is the article's lead).
    - category is the ZOO category / Joomla category printed in the breadcrumb.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "joomla_zoo_thcs"
PLATFORM = "Joomla 3 + YOOtheme ZOO (blog app) with com_content pages"
START_PATH = "/"

SCHOOL = "Trường THCS Nguyễn Trãi"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"


@dataclass(frozen=True)
class PH(P):
    """A paragraph whose markup is written by hand (footnote calls); ``text`` is its gold."""

    markup: str = ""


# --- the news (ZOO application "Tin tức") ----------------------------------------------------

ZOO_CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-tac-doi": "Công tác Đội",
}
#: how each category's pagination is printed (both forms are served)
ZOO_PAGER = {"tin-tuc-su-kien": "slash", "hoat-dong-chuyen-mon": "query", "cong-tac-doi": "slash"}
PER_PAGE = 3

T1 = Story(
    id=41,
    slug="huong-ung-thang-hanh-dong-quoc-gia-phong-chong-hiv-aids-nam-2026",
    title="Hưởng ứng Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T15:20:00+07:00",
    summary=(
        "Chiều 04/12, Trường THCS Nguyễn Trãi tổ chức buổi ngoại khóa tuyên truyền hưởng ứng "
        "Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2026 với chủ đề “Cộng đồng chung tay - "
        "Chấm dứt dịch AIDS” cho gần 600 học sinh toàn trường."
    ),
    blocks=[
        P(
            "Chiều 04/12, Trường THCS Nguyễn Trãi tổ chức buổi ngoại khóa tuyên truyền hưởng ứng "
            "Tháng hành động quốc gia phòng, chống HIV/AIDS năm 2026 với chủ đề “Cộng đồng chung tay - "
            "Chấm dứt dịch AIDS” cho gần 600 học sinh toàn trường.",
            "b",
        ),
        P(
            "Tham dự buổi ngoại khóa có ông Nguyễn Văn Thắng - Trưởng Trạm Y tế xã Tam Hồng; đại diện "
            "Ban Đại diện cha mẹ học sinh nhà trường cùng toàn thể cán bộ, giáo viên và học sinh."
        ),
        Img(
            "/images/tintuc/2026/12/hiv-aids-1.jpg",
            "Ông Nguyễn Văn Thắng - Trưởng Trạm Y tế xã Tam Hồng truyền thông về phòng, chống HIV/AIDS cho học sinh",
            "Ông Nguyễn Văn Thắng - Trưởng Trạm Y tế xã Tam Hồng truyền thông về phòng, chống HIV/AIDS cho học sinh",
            "em",
        ),
        P(
            "Tại buổi ngoại khóa, học sinh được cung cấp những kiến thức cơ bản về HIV/AIDS: các con "
            "đường lây truyền, biện pháp phòng tránh, ý nghĩa của việc xét nghiệm sớm và điều trị bằng "
            "thuốc kháng vi rút (ARV). Báo cáo viên đặc biệt nhấn mạnh thông điệp không kỳ thị, phân "
            "biệt đối xử với người nhiễm HIV và gia đình họ."
        ),
        P(
            "Theo số liệu của ngành y tế, cả nước hiện có khoảng 230.000 người nhiễm HIV đang còn sống; "
            "tỷ lệ người trẻ tuổi trong số các trường hợp nhiễm mới có xu hướng tăng. Vì vậy, việc trang "
            "bị kiến thức, kỹ năng tự bảo vệ bản thân cho học sinh ngay từ cấp THCS là hết sức cần thiết."
        ),
        P(
            "Phần giao lưu, hỏi đáp diễn ra sôi nổi với nhiều câu hỏi thú vị của các em học sinh khối 8, "
            "khối 9. Ban tổ chức đã trao 10 phần quà cho các em có câu trả lời đúng và hay nhất."
        ),
        Img(
            "/images/tintuc/2026/12/hiv-aids-2.jpg",
            "Học sinh khối 9 tham gia phần giao lưu, hỏi đáp",
            "Học sinh khối 9 tham gia phần giao lưu, hỏi đáp",
            "em",
        ),
        P(
            "Buổi ngoại khóa góp phần nâng cao nhận thức, thay đổi hành vi của học sinh, chung tay cùng "
            "cộng đồng hướng tới mục tiêu chấm dứt dịch bệnh AIDS vào năm 2030."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Đỗ Thị Thu Hà</strong></p>'),
    ],
    authors=["Đỗ Thị Thu Hà"],
    photographers=["Đỗ Thị Thu Hà"],
    opts={
        "hour": "15:20",
        "modified": "2026-12-05 07:42",
        "account": "quantri",
        "thumb": "/media/zoo/images/hiv-aids-1_4f0c2a9e.jpg",
        "teaser": "Buổi ngoại khóa tuyên truyền về phòng, chống HIV/AIDS dành cho gần 600 học sinh toàn trường.",
        "comments": [
            (
                "Phụ huynh em Ngọc Ánh (8A)",
                "05/12/2026 lúc 10:22",
                "Buổi ngoại khóa rất bổ ích, cảm ơn nhà trường và Trạm Y tế xã!",
            ),
            (
                "Trần Quốc Bảo",
                "05/12/2026 lúc 13:05",
                "Mong nhà trường tổ chức thêm các buổi tuyên truyền về sức khỏe sinh sản vị thành niên.",
            ),
        ],
    },
)

T2 = Story(
    id=37,
    slug="long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T10:05:00+07:00",
    summary=(
        "Sáng ngày 20/11/2026, Trường THCS Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam và tổng kết đợt thi đua “Dạy tốt - Học tốt” chào mừng ngày lễ lớn của ngành."
    ),
    sapo_outside=True,
    blocks=[
        Img(
            "/images/tintuc/2026/11/le-20-11-toan-canh.jpg",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "Toàn cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "media",
        ),
        P(
            "Về dự buổi lễ có các đồng chí lãnh đạo Đảng ủy, HĐND, UBND xã Tam Hồng; các thế hệ thầy cô "
            "giáo đã nghỉ hưu; đại diện Ban Đại diện cha mẹ học sinh và đông đảo học sinh nhà trường."
        ),
        PH(
            "Ôn lại truyền thống vẻ vang của ngày 20/11, bà Nguyễn Thị Thanh Vân - Hiệu trưởng nhà "
            "trường nhắc lại: ngày 28/9/1982, Hội đồng Bộ trưởng đã ban hành Quyết định số 167-HĐBT lấy "
            "ngày 20/11 hằng năm là Ngày Nhà giáo Việt Nam.[1] Ngày này bắt nguồn từ bản Hiến chương các "
            "nhà giáo do Liên hiệp Công đoàn Giáo dục Thế giới (FISE) thông qua năm 1957.[2]",
            markup=(
                "Ôn lại truyền thống vẻ vang của ngày 20/11, bà Nguyễn Thị Thanh Vân - Hiệu trưởng nhà "
                "trường nhắc lại: ngày 28/9/1982, Hội đồng Bộ trưởng đã ban hành Quyết định số 167-HĐBT lấy "
                "ngày 20/11 hằng năm là Ngày Nhà giáo Việt Nam."
                '<a href="#_ftn1" name="_ftnref1" title=""><span class="MsoFootnoteReference">'
                '<span style="font-size: 13pt;">[1]</span></span></a>'
                " Ngày này bắt nguồn từ bản Hiến chương các nhà giáo do Liên hiệp Công đoàn Giáo dục "
                "Thế giới (FISE) thông qua năm 1957."
                '<a href="#_ftn2" name="_ftnref2" title=""><span class="MsoFootnoteReference">'
                '<span style="font-size: 13pt;">[2]</span></span></a>'
            ),
        ),
        P(
            "Năm học 2025 - 2026, nhà trường có 2 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp tỉnh, "
            "18 lượt học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh; tỷ lệ học sinh được công "
            "nhận tốt nghiệp THCS đạt 100%."
        ),
        Img(
            "/images/tintuc/2026/11/le-20-11-tang-hoa.jpg",
            "Đại diện Liên đội tặng hoa chúc mừng các thầy cô giáo",
            "Đại diện Liên đội tặng hoa chúc mừng các thầy cô giáo",
            "em",
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 45 cá nhân học sinh có thành tích xuất "
            "sắc trong đợt thi đua chào mừng Ngày Nhà giáo Việt Nam."
        ),
        Raw('<p style="text-align: right;"><em>Tin: Nguyễn Văn Hùng - Ảnh: Trần Minh Đức</em></p>'),
        Raw('<div><br clear="all" /><hr align="left" size="1" width="33%" />'),
        P("Chú thích", "h"),
        PH(
            "[1] Quyết định số 167-HĐBT ngày 28/9/1982 của Hội đồng Bộ trưởng về việc lấy ngày 20/11 "
            "hằng năm là Ngày Nhà giáo Việt Nam.",
            markup=(
                '<a href="#_ftnref1" name="_ftn1" title=""><span class="MsoFootnoteReference">[1]</span></a>'
                " Quyết định số 167-HĐBT ngày 28/9/1982 của Hội đồng Bộ trưởng về việc lấy ngày 20/11 "
                "hằng năm là Ngày Nhà giáo Việt Nam."
            ),
        ),
        PH(
            "[2] Hội nghị của FISE họp tại Vác-sa-va (Ba Lan) từ ngày 26 đến 30/8/1957 đã thông qua bản "
            "Hiến chương các nhà giáo gồm 15 chương, 85 điều.",
            markup=(
                '<a href="#_ftnref2" name="_ftn2" title=""><span class="MsoFootnoteReference">[2]</span></a>'
                " Hội nghị của FISE họp tại Vác-sa-va (Ba Lan) từ ngày 26 đến 30/8/1957 đã thông qua bản "
                "Hiến chương các nhà giáo gồm 15 chương, 85 điều."
            ),
        ),
        Raw("</div>"),
    ],
    authors=["Nguyễn Văn Hùng"],
    photographers=["Trần Minh Đức"],
    opts={
        "hour": "10:05",
        "modified": "2026-11-21 08:15",
        "account": "quantri",
        "thumb": "/media/zoo/images/le-20-11-toan-canh_9a7b11c3.jpg",
        "teaser": "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tổng kết đợt thi đua “Dạy tốt - Học tốt”.",
        "related": ["D1"],
        "tags": ["Ngày Nhà giáo"],
        "slider": True,
        "featured": True,
    },
)

T3 = Story(
    id=33,
    slug="hoc-sinh-khoi-9-trai-nghiem-huong-nghiep-tai-truong-cao-dang-ky-thuat-hung-vuong",
    title="Học sinh khối 9 trải nghiệm hướng nghiệp tại Trường Cao đẳng Kỹ thuật Hùng Vương",
    cat="tin-tuc-su-kien",
    published_at="2026-11-09",
    blocks=[
        P(
            "Nhằm giúp học sinh lớp 9 có thêm hiểu biết về các ngành nghề, định hướng phân luồng sau tốt "
            "nghiệp THCS, ngày 07/11/2026, Trường THCS Nguyễn Trãi phối hợp với Trường Cao đẳng Kỹ thuật "
            "Hùng Vương tổ chức cho 168 học sinh khối 9 tham gia hoạt động trải nghiệm hướng nghiệp."
        ),
        P("Trong buổi trải nghiệm, các em đã:"),
        P("- Tham quan xưởng thực hành cơ khí, điện công nghiệp, công nghệ ô tô;"),
        P("- Nghe giới thiệu về chương trình đào tạo, cơ hội việc làm sau khi tốt nghiệp;"),
        P("- Trực tiếp thực hành lắp mạch điện đơn giản dưới sự hướng dẫn của giảng viên nhà trường."),
        Img(
            "/images/tintuc/2026/11/huong-nghiep-k9-01.jpg",
            "(Học sinh khối 9 tham quan xưởng thực hành cơ khí)",
            "Học sinh khối 9 tham quan xưởng thực hành cơ khí",
            "tbl",
        ),
        P(
            "Em Nguyễn Hoàng Nam, học sinh lớp 9B chia sẻ: “Lần đầu được đứng máy tiện, em thấy rất thích. "
            "Em sẽ bàn với bố mẹ để lựa chọn con đường phù hợp nhất với bản thân”."
        ),
        Img(
            "/images/tintuc/2026/11/huong-nghiep-k9-02.jpg",
            "(Giảng viên hướng dẫn học sinh thực hành lắp mạch điện)",
            "Giảng viên hướng dẫn học sinh thực hành lắp mạch điện",
            "tbl",
        ),
        P(
            "Hoạt động trải nghiệm là một trong những nội dung của Kế hoạch giáo dục hướng nghiệp năm học "
            "2026 - 2027, góp phần thực hiện mục tiêu phân luồng học sinh sau THCS của địa phương."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Lê Thị Mai Hương</strong> - Phó Hiệu trưởng</p>'
        ),
    ],
    authors=["Lê Thị Mai Hương"],
    opts={
        "hour": "00:00",
        "modified": "2026-11-10 16:31",
        "account": "thcsnguyentrai",
        "thumb": "/media/zoo/images/huong-nghiep-k9-01_c2d4e811.jpg",
        "teaser": "168 học sinh khối 9 tham quan, thực hành tại các xưởng của Trường Cao đẳng Kỹ thuật Hùng Vương.",
        "nfd": True,
        "description": "Học sinh khối 9 Trường THCS Nguyễn Trãi trải nghiệm hướng nghiệp tại trường cao đẳng.",
        "mostread": True,
    },
)

T4 = Story(
    id=29,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-15T08:30:00+07:00",
    blocks=[
        P(
            "Theo kế hoạch, chiều ngày 14/10/2026, Trường THCS Nguyễn Trãi đã tổ chức thành công Hội nghị "
            "viên chức, người lao động năm học 2026 - 2027 với sự tham dự của 52 cán bộ, giáo viên, nhân viên."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học 2026 - "
            "2027; báo cáo công khai tài chính và thảo luận, thông qua các nội dung quan trọng:"
        ),
        P("Quy chế chi tiêu nội bộ năm 2027;", "li"),
        P("Quy chế dân chủ ở cơ sở của nhà trường;", "li"),
        P("Chỉ tiêu thi đua năm học 2026 - 2027 của tập thể và cá nhân.", "li"),
        Img("/images/tintuc/2026/10/hoi-nghi-vc-2026.jpg", "Ảnh: Trần Minh Đức", None, "credit"),
        P(
            "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí. 100% cán bộ, giáo "
            "viên, nhân viên ký giao ước thi đua, quyết tâm hoàn thành xuất sắc nhiệm vụ năm học mới."
        ),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
    ],
    source="Công đoàn Trường THCS Nguyễn Trãi",
    photographers=["Trần Minh Đức"],
    opts={
        "hour": "08:30",
        "modified": "2026-10-16 09:02",
        "account": "quantri",
        "thumb": "/media/zoo/images/hoi-nghi-vc-2026_81be0f2d.jpg",
        "teaser": "Hội nghị viên chức, người lao động thông qua quy chế chi tiêu nội bộ và chỉ tiêu thi đua.",
        "source_field": "Công đoàn Trường THCS Nguyễn Trãi",
    },
)

C1 = Story(
    id=40,
    slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-12-02T16:45:00+07:00",
    summary=(
        "Sau gần một tháng diễn ra sôi nổi, nghiêm túc, Hội thi giáo viên dạy giỏi cấp trường năm học "
        "2026 - 2027 đã khép lại với 9/11 giáo viên được công nhận danh hiệu giáo viên dạy giỏi."
    ),
    blocks=[
        P(
            "Sau gần một tháng diễn ra sôi nổi, nghiêm túc, Hội thi giáo viên dạy giỏi cấp trường năm học "
            "2026 - 2027 đã khép lại với 9/11 giáo viên được công nhận danh hiệu giáo viên dạy giỏi.",
            "b",
        ),
        P(
            "Hội thi được tổ chức từ ngày 02/11 đến ngày 28/11/2026, gồm hai phần: trình bày biện pháp nâng "
            "cao chất lượng giảng dạy và thực hành dạy 02 tiết trên lớp. Các tiết dạy bám sát yêu cầu của "
            "Chương trình giáo dục phổ thông 2018, chú trọng phát triển phẩm chất, năng lực học sinh."
        ),
        Img(
            "/images/tintuc/2026/12/gvdg-toan-8a.jpg",
            "Cô Vũ Thị Hải Yến trong tiết dạy môn Toán tại lớp 8A",
            "Cô Vũ Thị Hải Yến trong tiết dạy môn Toán tại lớp 8A",
            "em",
        ),
        P("Danh sách giáo viên đạt giải", "h"),
        P("STT | Họ và tên | Môn dạy | Tổ chuyên môn | Xếp giải", "tr"),
        P("1 | Vũ Thị Hải Yến | Toán | Khoa học Tự nhiên | Nhất", "tr"),
        P("2 | Nguyễn Thị Lan Anh | Ngữ văn | Khoa học Xã hội | Nhì", "tr"),
        P("3 | Đặng Văn Toàn | Khoa học tự nhiên | Khoa học Tự nhiên | Nhì", "tr"),
        P("4 | Hoàng Thị Thu | Tiếng Anh | Khoa học Xã hội | Ba", "tr"),
        P("5 | Bùi Đức Mạnh | Tin học | Khoa học Tự nhiên | Ba", "tr"),
        P(
            "Ban Giám hiệu đề nghị các tổ chuyên môn tiếp tục bồi dưỡng giáo viên đạt giải để tham gia Hội "
            "thi giáo viên dạy giỏi cấp tỉnh năm 2027."
        ),
        Raw('<p style="text-align: right;"><strong><em>Bộ phận Chuyên môn</em></strong></p>'),
    ],
    authors=["Bộ phận Chuyên môn"],
    opts={
        "hour": "16:45",
        "modified": "2026-12-03 10:11",
        "account": "quantri",
        "thumb": "/media/zoo/images/gvdg-toan-8a_77aa0c41.jpg",
        "teaser": "9/11 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp trường.",
        "download": ("/images/vanban/2026/qd-cong-nhan-gvdg-cap-truong-2026.pdf", "248.6 KB"),
        "tags": ["Ngày Nhà giáo"],
        "slider": True,
        "mostread": True,
    },
)

C2 = Story(
    id=36,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-ngu-van-van-ban-sang-thu",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn: văn bản “Sang thu” của Hữu Thỉnh",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-25T14:00:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn năm học 2026 - 2027, ngày 24/11/2026, Tổ Khoa học Xã "
            "hội tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy minh họa văn bản "
            "“Sang thu” (Hữu Thỉnh), Ngữ văn 9, do cô Nguyễn Thị Lan Anh thực hiện tại lớp 9A."
        ),
        PH(
            "Tiết dạy được thiết kế theo định hướng phát triển năng lực, quán triệt tinh thần Nghị quyết "
            "số 29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo và yêu cầu của Chương trình "
            "môn Ngữ văn năm 2018.",
            markup=(
                "Tiết dạy được thiết kế theo định hướng phát triển năng lực, quán triệt tinh thần Nghị quyết "
                'số 29-NQ/TW<sup><a href="#tltk1">1</a></sup> về đổi mới căn bản, toàn diện giáo dục và đào '
                "tạo và yêu cầu của Chương trình môn Ngữ văn năm 2018"
                '<sup><a href="#tltk2">2</a></sup>.'
            ),
        ),
        Img(
            "/images/tintuc/2026/11/sinh-hoat-cm-ngu-van-9a.jpg",
            "Học sinh lớp 9A thảo luận nhóm về hình ảnh thiên nhiên trong bài thơ",
            "Học sinh lớp 9A thảo luận nhóm về hình ảnh thiên nhiên trong bài thơ",
            "em",
        ),
        P(
            "Sau tiết dạy, các giáo viên trong tổ tập trung phân tích việc học của học sinh: em nào học "
            "được, em nào chưa học được, vì sao; từ đó đề xuất điều chỉnh các hoạt động cho phù hợp với "
            "từng đối tượng, thay vì nhận xét, xếp loại giờ dạy như trước đây."
        ),
        P(
            "“Mỗi buổi sinh hoạt chuyên môn là một lần chúng tôi học cách lắng nghe học sinh”, cô Hoàng "
            "Thị Thu, Tổ trưởng tổ Khoa học Xã hội chia sẻ.",
            "quote",
        ),
        P("Tài liệu tham khảo", "h"),
        P(
            "1. Ban Chấp hành Trung ương (2013), Nghị quyết số 29-NQ/TW ngày 04/11/2013 về đổi mới căn bản, "
            "toàn diện giáo dục và đào tạo."
        ),
        P(
            "2. Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn (ban hành kèm "
            "theo Thông tư số 32/2018/TT-BGDĐT)."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Nguyễn Thị Lan Anh</strong> - Tổ Khoa học Xã hội</p>'
        ),
    ],
    authors=["Nguyễn Thị Lan Anh"],
    opts={
        "hour": "14:00",
        "modified": "2026-11-25 14:12",
        "account": "quantri",
        "thumb": "/media/zoo/images/sinh-hoat-cm-ngu-van-9a_0b51d3f7.jpg",
        "teaser": "Tổ Khoa học Xã hội sinh hoạt chuyên môn theo nghiên cứu bài học với văn bản “Sang thu”.",
        "entities": True,
        "related": ["C1"],
    },
)

C3 = Story(
    id=34,
    slug="chuyen-de-ung-dung-tri-tue-nhan-tao-trong-day-hoc-mon-toan-cap-thcs",
    title="Chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán cấp THCS”",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-12T09:10:00+07:00",
    summary=(
        "Ngày 11/11/2026, Tổ Khoa học Tự nhiên tổ chức chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy "
        "học môn Toán cấp THCS” với sự tham gia của giáo viên Toán các trường THCS trong cụm Tam Hồng."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tại chuyên đề, thầy Bùi Đức Mạnh giới thiệu cách sử dụng một số công cụ trí tuệ nhân tạo (AI) "
            "để soạn câu hỏi trắc nghiệm, tạo phiếu học tập phân hóa và hỗ trợ chấm bài tự luận. Thầy lưu "
            "ý giáo viên cần kiểm tra kỹ nội dung do AI tạo ra trước khi sử dụng trên lớp."
        ),
        Img("/images/tintuc/2026/11/chuyen-de-ai-toan-1.jpg", None, None, "none"),
        P(
            "Tiết dạy minh họa bài “Hàm số y = ax² (a ≠ 0)” tại lớp 9C cho thấy học sinh hào hứng khi được "
            "dùng phần mềm vẽ đồ thị và trợ lý AI để kiểm tra dự đoán của mình về hình dạng parabol."
        ),
        Img("/images/tintuc/2026/11/chuyen-de-ai-toan-2.jpg", "Ảnh: Trần Minh Đức", None, "credit"),
        P(
            "Các đại biểu thống nhất: AI chỉ là công cụ hỗ trợ, không thay thế vai trò tổ chức, hướng dẫn "
            "của người thầy; cần hướng dẫn học sinh sử dụng AI một cách trung thực, có trách nhiệm."
        ),
        Raw('<p style="text-align: right;"><strong>Nguyễn Văn Hùng</strong></p>'),
    ],
    authors=["Nguyễn Văn Hùng"],
    photographers=["Trần Minh Đức"],
    opts={
        "hour": "09:10",
        "modified": "2026-11-13 20:47",
        "account": "thcsnguyentrai",
        "thumb": "/media/zoo/images/chuyen-de-ai-toan-1_e3f09a12.jpg",
        "teaser": "Giáo viên Toán cụm Tam Hồng tìm hiểu cách dùng trí tuệ nhân tạo trong dạy học.",
    },
)

C4 = Story(
    id=27,
    slug="phu-tho-truong-thcs-nguyen-trai-diem-sang-doi-moi-phuong-phap-day-hoc",
    title="Phú Thọ: Trường THCS Nguyễn Trãi - điểm sáng đổi mới phương pháp dạy học",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-22T10:00:00+07:00",
    blocks=[
        Img(
            "/images/tintuc/2026/10/bao-phu-tho-thcs-nguyen-trai.jpg",
            "Giờ học STEM của học sinh Trường THCS Nguyễn Trãi",
            "Giờ học STEM của học sinh Trường THCS Nguyễn Trãi",
            "media",
        ),
        P(
            "Những năm gần đây, Trường THCS Nguyễn Trãi (xã Tam Hồng) luôn nằm trong nhóm dẫn đầu của tỉnh "
            "về chất lượng giáo dục mũi nhọn và là một trong những đơn vị đi đầu trong đổi mới phương pháp "
            "dạy học theo Chương trình giáo dục phổ thông 2018."
        ),
        P(
            "Theo cô Nguyễn Thị Thanh Vân, Hiệu trưởng nhà trường, mỗi năm học nhà trường đều chọn một khâu "
            "đột phá: năm nay là dạy học STEM và chuyển đổi số trong kiểm tra, đánh giá. 100% giáo viên đã "
            "thiết kế được ít nhất một bài học STEM cho môn mình phụ trách."
        ),
        P(
            "Năm học 2025 - 2026, học sinh nhà trường đạt 18 giải học sinh giỏi cấp tỉnh, 2 giải cuộc thi "
            "Khoa học kỹ thuật cấp tỉnh; tỷ lệ đỗ vào lớp 10 THPT công lập đạt 92,6%, cao hơn mức bình quân "
            "của tỉnh."
        ),
        Raw('<p style="text-align: right;"><strong>Hà Linh</strong></p>'),
        Raw('<p style="text-align: right;"><em>Theo Báo Phú Thọ điện tử</em></p>'),
    ],
    authors=["Hà Linh"],
    source="Báo Phú Thọ điện tử",
    opts={
        "hour": "10:00",
        "modified": "2026-10-22 10:04",
        "account": "quantri",
        "thumb": "/media/zoo/images/bao-phu-tho-thcs-nguyen-trai_5d2c8f60.jpg",
        "teaser": "Báo Phú Thọ điện tử viết về công tác đổi mới phương pháp dạy học của nhà trường.",
    },
)

D1 = Story(
    id=39,
    slug="soi-noi-ngay-hoi-thieu-nhi-vui-khoe-tien-buoc-len-doan-nam-2026",
    title="🎉 Sôi nổi Ngày hội “Thiếu nhi vui khỏe - Tiến bước lên Đoàn” năm 2026 🏅",
    cat="cong-tac-doi",
    published_at="2026-11-28T17:30:00+07:00",
    blocks=[
        P(
            "Chiều 27/11/2026, Liên đội Trường THCS Nguyễn Trãi tổ chức Ngày hội “Thiếu nhi vui khỏe - "
            "Tiến bước lên Đoàn” với sự tham gia của 16 chi đội và hơn 580 đội viên 💪."
        ),
        P(
            "Ngày hội gồm các nội dung: thi nghi thức Đội, kéo co, nhảy bao bố và rung chuông vàng tìm hiểu "
            "về Đoàn TNCS Hồ Chí Minh. Các phần thi diễn ra sôi nổi, hào hứng trong tiếng cổ vũ nhiệt tình "
            "của các cổ động viên."
        ),
        Img(
            "/images/tintuc/2026/11/ngay-hoi-doi-keo-co.jpg",
            "(Các chi đội tham gia phần thi kéo co)",
            "Các chi đội tham gia phần thi kéo co",
            "em",
        ),
        P("🏆 Kết quả chung cuộc:", "br"),
        P("- Giải Nhất: Chi đội 8A;", "br"),
        P("- Giải Nhì: Chi đội 9B và Chi đội 7C;", "br"),
        P("- Giải Ba: Chi đội 6A, Chi đội 8C và Chi đội 9A."),
        P(
            "Ngày hội là dịp để đội viên rèn luyện thể chất, tinh thần đoàn kết và phấn đấu trở thành đoàn "
            "viên Đoàn TNCS Hồ Chí Minh ❤️."
        ),
        Raw('<p style="text-align: right;"><strong>Liên đội THCS Nguyễn Trãi</strong></p>'),
    ],
    authors=["Liên đội THCS Nguyễn Trãi"],
    opts={
        "hour": "17:30",
        "modified": "2026-11-29 06:58",
        "account": "tongphutrach",
        "thumb": "/media/zoo/images/ngay-hoi-doi-keo-co_19e6b2aa.jpg",
        "teaser": "Hơn 580 đội viên tham gia Ngày hội “Thiếu nhi vui khỏe - Tiến bước lên Đoàn”.",
        "tags": ["Đội TNTP"],
        "slider": True,
        "featured": True,
    },
)

D2 = Story(
    id=26,
    slug="dai-hoi-lien-doi-truong-thcs-nguyen-trai-nhiem-ky-2026-2027",
    title="Đại hội Liên đội Trường THCS Nguyễn Trãi nhiệm kỳ 2026 - 2027",
    cat="cong-tac-doi",
    published_at="2026-10-08T19:00:00+07:00",
    summary=(
        "Ngày 07/10/2026, Liên đội Trường THCS Nguyễn Trãi long trọng tổ chức Đại hội Liên đội nhiệm kỳ "
        "2026 - 2027 với 96 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu."
    ),
    blocks=[
        P(
            "Ngày 07/10/2026, Liên đội Trường THCS Nguyễn Trãi long trọng tổ chức Đại hội Liên đội nhiệm kỳ "
            "2026 - 2027 với 96 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu.",
            "b",
        ),
        P(
            "Đại hội đã đánh giá kết quả hoạt động nhiệm kỳ 2025 - 2026: Liên đội được Hội đồng Đội tỉnh "
            "công nhận Liên đội vững mạnh xuất sắc; phong trào “Kế hoạch nhỏ” thu gom được hơn 2,5 tấn giấy "
            "vụn, ủng hộ bạn nghèo 45 suất quà."
        ),
        Img(
            "/images/tintuc/2026/10/dai-hoi-lien-doi-2026.jpg",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
            "em",
        ),
        P(
            "Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ mới gồm 11 đội viên; em Trần Khánh Linh, lớp 9A "
            "được bầu làm Liên đội trưởng."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Phạm Thu Trang - TPT Đội</strong></p>'),
    ],
    authors=["Phạm Thu Trang"],
    photographers=["Phạm Thu Trang"],
    opts={
        "hour": "19:00",
        "modified": "2026-10-09 07:30",
        "account": "tongphutrach",
        "thumb": "/media/zoo/images/dai-hoi-lien-doi-2026_a40e9d17.jpg",
        "teaser": "Đại hội Liên đội nhiệm kỳ 2026 - 2027 bầu Ban Chỉ huy Liên đội gồm 11 đội viên.",
        "tags": ["Đội TNTP"],
    },
)

#: a ZOO item of type "video" filed among the news: not an article
VIDEO = Story(
    id=38,
    slug="video-tiet-muc-bui-phan-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Video: Tiết mục “Bụi phấn” chào mừng Ngày Nhà giáo Việt Nam 20/11",
    cat="tin-tuc-su-kien",
    published_at="2026-11-21T08:00:00+07:00",
    blocks=[P("Tiết mục song ca “Bụi phấn” của học sinh lớp 8A trong Lễ kỷ niệm Ngày Nhà giáo Việt Nam.")],
    opts={
        "hour": "08:00",
        "account": "quantri",
        "thumb": "/media/zoo/images/video-bui-phan_3c1d0e5b.jpg",
        "teaser": "Tiết mục song ca “Bụi phấn” của học sinh lớp 8A.",
        "video": "https://www.youtube.com/embed/Qw3kT9cZ0bE",
    },
)

ZOO_ITEMS = {"T1": T1, "T2": T2, "T3": T3, "T4": T4, "C1": C1, "C2": C2, "C3": C3, "C4": C4,
             "D1": D1, "D2": D2, "V": VIDEO}

# --- notices (com_content, category "Thông báo", catid 9, menu Itemid 108) -------------------

_LETTERHEAD = (
    '<table class="MsoNormalTable" style="width: 100%; border-collapse: collapse;" border="0" '
    'cellspacing="0" cellpadding="0"><tbody><tr>'
    '<td style="width: 40%; text-align: center; vertical-align: top;">'
    '<p class="MsoNormal" style="text-align: center;"><span style="font-size: 12pt;">UBND XÃ TAM HỒNG</span></p>'
    '<p class="MsoNormal" style="text-align: center;"><strong><span style="font-size: 12pt;">'
    "TRƯỜNG THCS NGUYỄN TRÃI</span></strong></p>"
    '<p class="MsoNormal" style="text-align: center;"><span style="font-size: 12pt;">Số: 128/TB-THCSNT</span></p>'
    "</td>"
    '<td style="width: 60%; text-align: center; vertical-align: top;">'
    '<p class="MsoNormal" style="text-align: center;"><strong><span style="font-size: 12pt;">'
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></strong></p>"
    '<p class="MsoNormal" style="text-align: center;"><strong><u><span style="font-size: 13pt;">'
    "Độc lập - Tự do - Hạnh phúc</span></u></strong></p>"
    '<p class="MsoNormal" style="text-align: center;"><em><span style="font-size: 13pt;">'
    "Tam Hồng, ngày 30 tháng 11 năm 2026</span></em></p>"
    "</td></tr></tbody></table>"
    '<p class="MsoNormal" style="text-align: center;"><strong><span style="font-size: 14pt;">THÔNG BÁO</span></strong></p>'
    '<p class="MsoNormal" style="text-align: center;"><strong><span style="font-size: 13pt;">'
    "Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</span></strong></p>"
    '<p class="MsoNormal" style="text-align: center;"><span style="font-size: 13pt;">'
    "____________________</span></p>"
)
_CLOSING = (
    '<table class="MsoNormalTable" style="width: 100%;" border="0" cellspacing="0" cellpadding="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;">'
    '<p class="MsoNormal"><strong><em><span style="font-size: 11pt;">Nơi nhận:</span></em></strong><br />'
    '<span style="font-size: 10pt;">- Các tổ chuyên môn (để t/h);<br />- Giáo viên chủ nhiệm (để t/h);'
    "<br />- Website trường;<br />- Lưu: VT.</span></p></td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;">'
    '<p class="MsoNormal" style="text-align: center;"><strong><span style="font-size: 13pt;">'
    "KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</span></strong></p>"
    '<p class="MsoNormal" style="text-align: center;"><em>(Đã ký)</em></p>'
    '<p class="MsoNormal" style="text-align: center;">&nbsp;</p>'
    '<p class="MsoNormal" style="text-align: center;"><strong><span style="font-size: 13pt;">'
    "Lê Thị Mai Hương</span></strong></p></td></tr></tbody></table>"
)

N1 = Story(
    id=52,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 215/KH-THCSNT ngày 05/9/2026 của Trường THCS Nguyễn Trãi về thực hiện "
            "nhiệm vụ năm học 2026 - 2027;",
            "word",
        ),
        P("Căn cứ tình hình thực tế của nhà trường,", "word"),
        P(
            "Trường THCS Nguyễn Trãi thông báo kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:",
            "word",
        ),
        P("Thời gian: Từ ngày 21/12/2026 đến hết ngày 26/12/2026.", "mso"),
        P(
            "Hình thức: Kiểm tra tập trung theo đề chung của nhà trường đối với các môn Ngữ văn, Toán, "
            "Tiếng Anh; các môn học còn lại kiểm tra theo lớp theo lịch của tổ chuyên môn.",
            "mso",
        ),
        P("Tổ chức thực hiện:", "mso"),
        P("- Tổ chuyên môn nộp đề và đáp án về Ban Giám hiệu trước ngày 14/12/2026;", "word"),
        P("- Giáo viên chủ nhiệm thông báo lịch kiểm tra tới học sinh và cha mẹ học sinh;", "word"),
        P("- Bộ phận văn phòng chuẩn bị phòng kiểm tra, giấy kiểm tra và hồ sơ coi, chấm.", "word"),
        P("Đề nghị các bộ phận, cá nhân nghiêm túc thực hiện./.", "word"),
        Raw(_CLOSING),
    ],
    authors=["Lê Thị Mai Hương"],
    opts={
        "published_print": "2026-12-01 07:45",
        "hits": 412,
        "marquee": True,
    },
)

N2 = Story(
    id=49,
    slug="thong-bao-lich-hop-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo lịch họp cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-18T16:20:00+07:00",
    blocks=[
        P(
            "Nhà trường trân trọng kính mời Quý cha mẹ học sinh tới dự buổi họp giữa học kỳ I năm học "
            "2026 - 2027 để trao đổi về kết quả học tập, rèn luyện của học sinh và phối hợp giáo dục các em."
        ),
        P("Khối | Thời gian | Địa điểm", "tr"),
        P("Khối 6, 7 | 7h30 Chủ nhật, ngày 22/11/2026 | Phòng học các lớp", "tr"),
        P("Khối 8, 9 | 14h00 Chủ nhật, ngày 22/11/2026 | Phòng học các lớp", "tr"),
        P(
            "Đề nghị Quý cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Trường hợp vắng mặt "
            "xin liên hệ trực tiếp với giáo viên chủ nhiệm."
        ),
        Raw('<p style="text-align: right;"><strong>Ban Giám hiệu</strong></p>'),
    ],
    authors=["Ban Giám hiệu"],
    opts={
        "published_print": "2026-11-18 16:20",
        "created": "2026-11-17 21:03",
        "modified": "2026-11-19 07:10",
        "hits": 736,
        "marquee": True,
    },
)

N3 = Story(
    id=45,
    slug="thong-bao-ket-qua-xet-cap-hoc-bong-thap-sang-uoc-mo-nam-2026",
    title="Thông báo kết quả xét cấp học bổng “Thắp sáng ước mơ” năm 2026",
    cat="thong-bao",
    published_at="2026-10-20T09:00:00+07:00",
    blocks=[
        P(
            "Căn cứ kết quả họp Hội đồng xét cấp học bổng ngày 16/10/2026, nhà trường thông báo danh sách 15 "
            "học sinh có hoàn cảnh khó khăn, vượt khó học tốt được nhận học bổng “Thắp sáng ước mơ” năm 2026, "
            "mỗi suất trị giá 1.500.000 đồng."
        ),
        P(
            "Lễ trao học bổng sẽ được tổ chức vào tiết chào cờ sáng thứ Hai, ngày 26/10/2026 tại sân trường. "
            "Đề nghị giáo viên chủ nhiệm các lớp có học sinh được nhận học bổng thông báo để các em có mặt đầy đủ."
        ),
        Raw(
            '<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" width="16" height="16" /> '
            '<a href="/images/vanban/2026/danh-sach-hoc-bong-thap-sang-uoc-mo-2026.pdf" target="_blank">'
            "Danh sách học sinh được nhận học bổng (tải về)</a></p>"
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="https://baophutho.vn/giao-duc/quy-khuyen-hoc-trao-hoc-bong" '
            'target="_blank">Quỹ khuyến học xã Tam Hồng trao 50 suất học bổng cho học sinh nghèo vượt khó</a></p>'
        ),
    ],
    opts={"published_print": "2026-10-20 09:00", "hits": 529},
)

NOTICES = [N1, N2, N3]
NOTICE_PER_PAGE = 2

# --- formatting ------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _day(story_or_iso) -> _dt.date:
    iso = story_or_iso if isinstance(story_or_iso, str) else story_or_iso.published_at
    return _dt.date.fromisoformat(iso[:10])


def vn_long(day: _dt.date, hour: str) -> str:
    """Joomla vi-VN DATE_FORMAT_LC2: "Thứ sáu, 04 Tháng 12 2026 15:20"."""
    return f"{_WEEKDAYS[day.weekday()]}, {day:%d} Tháng {day.month} {day.year} {hour}"


def vn_stamp(stamp: str) -> str:
    """"2026-11-19 07:10" -> the LC2 form."""
    day, hour = stamp.split()
    return vn_long(_dt.date.fromisoformat(day), hour)


def dmy(day: _dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def item_path(story: Story) -> str:
    return f"/tin-tuc/item/{story.slug}"


def twin_path(story: Story) -> str:
    return f"/component/zoo/item/{story.slug}?Itemid=101"


def notice_path(story: Story) -> str:
    return f"/thong-bao/{story.id}-{story.slug}"


def notice_print(story: Story) -> str:
    return notice_path(story) + "?tmpl=component&print=1&layout=default"


def notice_nonsef(story: Story) -> str:
    return f"/index.php?option=com_content&view=article&id={story.id}&catid=9&Itemid=108"


def cat_path(alias: str, page: int = 1) -> str:
    base = f"/tin-tuc/category/{alias}"
    if page == 1:
        return base
    return f"{base}/{page}" if ZOO_PAGER[alias] == "slash" else f"{base}?page={page}"


def tag_path(tag: str) -> str:
    return "/tin-tuc/tag/" + quote(tag)


def a(href: str) -> str:
    """An href attribute value as Joomla prints it (``&`` as ``&amp;``)."""
    return esc(href)


# --- the article text as JCE stores it -------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _img_tag(img: Img, story: Story, width: int = 600) -> str:
    # JCE fills alt with the file name when the editor types nothing
    alt = esc(img.caption if img.caption else img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    return f'<img src="{img.src}" alt="{alt}" width="{width}" height="{width * 2 // 3}" />'


def render_img(img: Img, story: Story) -> str:
    if img.style == "em":
        return (
            f'<p style="text-align: center;">{_img_tag(img, story)}</p>\n'
            f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
        )
    if img.style == "tbl":
        return (
            '<table class="tbl-anh" style="width: 100%;" border="0" cellspacing="2" cellpadding="2" '
            'align="center"><tbody>\n'
            f'<tr><td style="text-align: center;">{_img_tag(img, story, 560)}</td></tr>\n'
            '<tr><td style="text-align: center;"><span style="font-size: 10pt; color: #333399;">'
            f"<em>{esc(img.printed or '')}</em></span></td></tr>\n"
            "</tbody></table>"
        )
    if img.style == "credit":
        return (
            f'<p style="text-align: center;">{_img_tag(img, story)}<br />'
            f'<span style="font-size: 9pt; color: #808080;">{esc(img.printed or "")}</span></p>'
        )
    return f'<p style="text-align: center;">{_img_tag(img, story)}</p>'


def render_blocks(story: Story) -> str:
    """The ZOO textarea / com_content article body, as the editor left it."""
    out: list[str] = []
    blocks = list(story.blocks)
    i = 0
    mso_n = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style != "media":
                out.append(render_img(b, story))
        elif isinstance(b, PH):
            out.append(f'<p style="text-align: justify;">{b.markup}</p>')
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(
                        f'<td style="background-color: #dbe5f1;"><strong>{_t(story, c)}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" '
                'border="1" cellpadding="4"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
            )
            continue
        elif b.style == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P):
                parts.append(_t(story, blocks[i].text))
                if blocks[i].style != "br":
                    i += 1
                    break
                i += 1
            out.append('<p style="text-align: justify;">' + "<br />\n".join(parts) + "</p>")
            continue
        elif b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{_t(story, b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f'<h3 style="font-size: 14px; color: #003399;">{_t(story, b.text)}</h3>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{_t(story, b.text)}</em></p></blockquote>")
        elif b.style == "word":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt; line-height: 150%;">'
                f'<span style="font-size: 13.0pt; line-height: 150%;">{_t(story, b.text)}</span></p>'
            )
        elif b.style == "mso":
            mso_n += 1
            out.append(
                '<p class="MsoListParagraph" style="margin-left: 54.0pt; text-align: justify; '
                'text-indent: -18.0pt; line-height: 150%; mso-list: l0 level1 lfo1;">'
                '<!--[if !supportLists]--><span style="font-size: 13.0pt; line-height: 150%;">'
                f'<span style="mso-list: Ignore;">{mso_n}.<span style="font: 7.0pt \'Times New Roman\';">'
                "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
                f'<span style="font-size: 13.0pt; line-height: 150%;">{_t(story, b.text)}</span></p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{_t(story, b.text)}</p>')
        i += 1
    markup = "\n".join(out)
    if story.opts.get("entities"):
        markup = entity_mix(markup)
    return markup

# --- chrome ----------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", 101, []),
    ("Giới thiệu", "/gioi-thieu", 102, [("Giới thiệu chung", "/gioi-thieu", 102), ("Cơ cấu tổ chức", "/co-cau-to-chuc", 103)]),
    (
        "Tin tức",
        "/tin-tuc",
        104,
        [(label, cat_path(alias), 105 + n) for n, (alias, label) in enumerate(ZOO_CATS.items())],
    ),
    ("Thông báo", "/thong-bao", 108, []),
    ("Lịch công tác", "/lich-cong-tac", 109, []),
    ("Văn bản", "/van-ban", 110, []),
    ("Thư viện ảnh", "/thu-vien-anh", 111, []),
    ("Liên hệ", "/lien-he", 112, []),
]


def _menu(active: int) -> str:
    out = ['<ul class="nav menu mod-list" id="menu-ngang-ul">']
    for label, href, itemid, children in _menu_items():
        cls = f"item-{itemid}"
        if itemid == active:
            cls += " current active"
        if children:
            cls += " deeper parent"
            out.append(f'<li class="{cls}"><a href="{href}" >{esc(label)}</a><ul class="nav-child unstyled small">')
            for clabel, chref, cid in children:
                out.append(f'<li class="item-{cid}"><a href="{chref}" >{esc(clabel)}</a></li>')
            out.append("</ul></li>")
        else:
            out.append(f'<li class="{cls}"><a href="{href}" >{esc(label)}</a></li>')
    out.append("</ul>")
    return "\n".join(out)


def _menu_items():
    return _MENU


def _marquee() -> str:
    links = " &nbsp;&nbsp;<img src=\"/templates/vns_thcs/images/new.gif\" alt=\"\" />&nbsp;&nbsp; ".join(
        f'<a href="{a(notice_nonsef(n))}" style="color:#c00000">{esc(n.title)}</a>'
        for n in NOTICES
        if n.opts.get("marquee")
    )
    return (
        '<div id="vns-thongbao"><span class="tb-label">THÔNG BÁO:</span>'
        f'<marquee behavior="scroll" direction="left" scrollamount="3" onmouseover="this.stop()" '
        f'onmouseout="this.start()">{links}</marquee></div>'
    )


def _breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    out = [
        '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">',
        '<li>Bạn đang ở: &#160;</li>',
    ]
    for n, (label, href) in enumerate(trail, start=1):
        if href:
            inner = f'<a itemprop="item" href="{a(href)}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
            divider = '<span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span>'
        else:
            inner = f'<span itemprop="name">{esc(label)}</span>'
            divider = ""
        active = "" if href else ' class="active"'
        out.append(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"{active}>'
            f"{inner}{divider}"
            f'<meta itemprop="position" content="{n}"></li>'
        )
    out.append("</ul>")
    return "\n".join(out)


def _sidebar() -> str:
    mostread = [T2, C1, T3]
    doc = DOCUMENT
    return f"""
<div class="moduletable_timkiem">
<form action="/tim-kiem" method="get" class="form-inline">
<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label>
<input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." />
<button class="button btn btn-primary" onclick="this.form.searchword.focus();">Tìm</button>
<input type="hidden" name="task" value="search" />
<input type="hidden" name="option" value="com_search" />
<input type="hidden" name="Itemid" value="113" />
</form>
</div>
<div class="moduletable_docnhieu">
<h3 class="mod-tieude"><span>Đọc nhiều</span></h3>
<ul class="mostread mod-list">
{"".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{item_path(s)}" itemprop="url"><span itemprop="name">{esc(s.title)}</span></a></li>' for s in mostread)}
</ul>
</div>
<div class="moduletable_vanban">
<h3 class="mod-tieude"><span>Văn bản mới</span></h3>
<div class="zoo-item-vb">
<ul class="zoo-list">
<li><a href="{doc_path()}"><img src="/templates/vns_thcs/images/icon-vb.png" alt="" /> {esc(doc["title"])}</a>
<span class="ngay-bh">({doc["issued"]})</span></li>
</ul>
<p class="xem-tat-ca"><a href="/van-ban">Xem tất cả »</a></p>
</div>
</div>
<div class="moduletable_binhchon">
<h3 class="mod-tieude"><span>Thăm dò ý kiến</span></h3>
<form action="/index.php?option=com_acepolls&amp;view=poll&amp;id=3:anh-gia-website" method="post" name="poll_vote_3">
<p class="poll-q"><strong>Bạn đánh giá thế nào về website của nhà trường?</strong></p>
<table class="poll" cellpadding="0" cellspacing="0">
<tr><td><input type="radio" name="voteid" id="voteid11" value="11" /><label for="voteid11">Rất hữu ích</label></td></tr>
<tr><td><input type="radio" name="voteid" id="voteid12" value="12" /><label for="voteid12">Hữu ích</label></td></tr>
<tr><td><input type="radio" name="voteid" id="voteid13" value="13" /><label for="voteid13">Cần cập nhật thường xuyên hơn</label></td></tr>
</table>
<input type="submit" name="task_button" class="button" value="Bình chọn" />
<a href="javascript:void(0)" onclick="showPollResults(3)">Kết quả</a>
<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="task" value="vote" />
<input type="hidden" name="id" value="3" /><input type="hidden" name="8c1e0b3f9d27a6c4e5f1b2d3a4c5e6f7" value="1" />
</form>
</div>
<div class="moduletable_lienket">
<h3 class="mod-tieude"><span>Liên kết website</span></h3>
<select name="lienket" onchange="if(this.value!='')window.open(this.value,'_blank');" style="width:95%">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://phutho.edu.vn">Sở GD&amp;ĐT Phú Thọ</option>
<option value="https://truonghocketnoi.edu.vn">Trường học kết nối</option>
<option value="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</option>
</select>
</div>
<div class="moduletable_thongke">
<h3 class="mod-tieude"><span>Thống kê truy cập</span></h3>
<div id="vvisit_counter112" class="vvisit_counter">
<div style="text-align: center;"><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/1.gif" alt="1" title="1" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/2.gif" alt="2" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/8.gif" alt="8" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/4.gif" alt="4" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/3.gif" alt="3" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/5.gif" alt="5" /><img src="/modules/mod_vvisit_counter/images/digit_counter/embos/6.gif" alt="6" /></div>
<table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vvisit_counter_tbl">
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vonline.png" alt="Đang online" title="Đang online" /></td><td>Đang online</td><td align="right">23</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vtoday.png" alt="Hôm nay" title="Hôm nay" /></td><td>Hôm nay</td><td align="right">412</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vyesterday.png" alt="Hôm qua" title="Hôm qua" /></td><td>Hôm qua</td><td align="right">587</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vmonth.png" alt="Tháng này" title="Tháng này" /></td><td>Tháng này</td><td align="right">2.961</td></tr>
<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vall.png" alt="Tổng truy cập" title="Tổng truy cập" /></td><td>Tổng truy cập</td><td align="right">1.284.356</td></tr>
</table>
<div style="text-align: center;">IP của bạn: 113.185.42.17</div>
</div>
</div>
<div class="moduletable_fanpage">
<h3 class="mod-tieude"><span>Fanpage nhà trường</span></h3>
<div class="fb-page" data-href="https://www.facebook.com/thcsnguyentrai.tamhong" data-tabs="timeline" data-height="300"></div>
<p><a href="https://www.facebook.com/thcsnguyentrai.tamhong" target="_blank" rel="noopener">facebook.com/thcsnguyentrai.tamhong</a></p>
</div>
"""


def page(
    request: Request,
    title: str,
    content: str,
    *,
    trail: list[tuple[str, str | None]] | None = None,
    active: int = 101,
    body_class: str = "com_content view-article",
    head: str = "",
    description: str = "Trường THCS Nguyễn Trãi - xã Tam Hồng - tỉnh Phú Thọ",
    home: bool = False,
) -> Response:
    base = base_url(request)
    crumbs = _breadcrumbs(trail) if trail else ""
    doc = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
<base href="{esc(base + request.target)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="THCS Nguyễn Trãi, Tam Hồng, Phú Thọ, trường học" />
<meta name="description" content="{esc(description)}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
{head}
<link href="/templates/vns_thcs/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/zoo/applications/blog/templates/default/assets/css/zoo.css?ver=20240311" rel="stylesheet" />
<link href="/templates/vns_thcs/css/template.css?v=3.10.12" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?5e1b8a0c"></script>
<script src="/media/jui/js/jquery-noconflict.js?5e1b8a0c"></script>
<script src="/media/jui/js/bootstrap.min.js?5e1b8a0c"></script>
<script src="/templates/vns_thcs/js/menu.js"></script>
<!--[if lt IE 9]><script src="/media/jui/js/html5.js?5e1b8a0c"></script><![endif]-->
</head>
<body class="site {body_class} itemid-{active}">
<div id="vns-wrapper">
<div id="vns-topbar">
<div class="ngay-thang"><img src="/templates/vns_thcs/images/icon-lich.png" alt="" /> {HEADER_TODAY}</div>
<div class="top-links"><a href="/">Trang chủ</a> | <a href="/lien-he">Liên hệ</a> | <a href="https://mail.google.com/a/thcsnguyentrai.edu.vn" target="_blank">Thư điện tử</a></div>
</div>
<div id="vns-banner"><a href="/" title="{SCHOOL}"><img src="/images/banner/banner-thcs-nguyen-trai-2026.jpg" alt="{SCHOOL} - xã Tam Hồng" width="1000" height="180" /></a></div>
<div id="vns-menu" class="navbar">{_menu(active)}</div>
{_marquee()}
<div id="vns-breadcrumbs">{crumbs}</div>
<div id="vns-main" class="row-fluid">
<div id="cot-trai" class="span9">
<div id="system-message-container"></div>
{content}
</div>
<div id="cot-phai" class="span3">{_sidebar()}</div>
</div>
<div id="vns-footer">
<div class="footer-info">
<p><strong>TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN TRÃI</strong></p>
<p>Địa chỉ: Thôn Đông Lộc, xã Tam Hồng, tỉnh Phú Thọ (trước đây: huyện Yên Lạc, tỉnh Vĩnh Phúc)</p>
<p>Điện thoại: 0211.3838.246 - Email: <a href="mailto:c2nguyentrai.tamhong@phutho.edu.vn">c2nguyentrai.tamhong@phutho.edu.vn</a></p>
<p>Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thanh Vân - Hiệu trưởng</p>
<p>Copyright © 2016 - 2026 {SCHOOL}. Thiết kế bởi <a href="https://vns.vn" target="_blank">VNS Software</a></p>
</div>
</div>
</div>
<script>jQuery(function($){{$('#menu-ngang-ul li.parent').hover(function(){{$(this).children('ul').stop(true,true).slideDown(200);}},function(){{$(this).children('ul').hide();}});}});</script>
</body>
</html>"""
    return html(doc)

# --- ZOO: items, categories, tags ------------------------------------------------------------


def _by_cat(alias: str) -> list[Story]:
    items = [s for s in ZOO_ITEMS.values() if s.cat == alias]
    return sorted(items, key=lambda s: (s.published_at[:10], s.opts.get("hour", "")), reverse=True)


def _key(story: Story) -> str:
    return next(k for k, s in ZOO_ITEMS.items() if s is story)


def _teaser(story: Story, heading: str = "h2") -> str:
    return f"""<div class="teaser-item">
<div class="teaser-item-bg">
<div class="pos-media media-left">
<div class="element element-image first last">
<a href="{item_path(story)}" title="{esc(story.title)}"><img src="{story.opts["thumb"]}" title="{esc(story.title)}" alt="{esc(story.title)}" width="180" height="120" /></a>
</div>
</div>
<{heading} class="pos-title"><a title="{esc(story.title)}" href="{item_path(story)}">{esc(story.title)}</a></{heading}>
<p class="pos-meta"><span class="element element-itemcreated first last">{dmy(_day(story))}</span></p>
<div class="pos-content">
<div class="element element-textarea first last">
<div><p>{esc(story.opts["teaser"])}</p></div></div>
</div>
<p class="pos-links"><span class="element element-itemlink first last"><a href="{item_path(story)}">Xem tiếp...</a></span></p>
</div>
</div>"""


def _items_grid(stories: list[Story]) -> str:
    rows = []
    for n, s in enumerate(stories):
        pos = " first" if n == 0 else (" last" if n == len(stories) - 1 else "")
        rows.append(f'<div class="width100{pos}">\n{_teaser(s)}\n</div>')
    return '<div class="items items-col-1">\n' + "\n".join(rows) + "\n</div>"


def _zoo_pagination(alias: str, current: int, pages: int) -> str:
    if pages <= 1:
        return ""
    out = ['<div class="pagination">']
    if current > 1:
        out.append(f'<a class="start" href="{a(cat_path(alias))}">Đầu</a>&nbsp;')
        out.append(f'<a class="previous" href="{a(cat_path(alias, current - 1))}">«</a>&nbsp;')
    for n in range(1, pages + 1):
        out.append(f"<strong>{n}</strong>&nbsp;" if n == current else f'<a href="{a(cat_path(alias, n))}">{n}</a>&nbsp;')
    if current < pages:
        out.append(f'<a class="next" href="{a(cat_path(alias, current + 1))}">»</a>&nbsp;')
        out.append(f'<a class="end" href="{a(cat_path(alias, pages))}">Cuối</a>')
    out.append("</div>")
    return "".join(out)


_CAT_DESC = {
    "tin-tuc-su-kien": "Tin tức về các hoạt động, sự kiện nổi bật của nhà trường.",
    "hoat-dong-chuyen-mon": "Hoạt động của các tổ chuyên môn: hội giảng, chuyên đề, sinh hoạt chuyên môn.",
    "cong-tac-doi": "Hoạt động của Liên đội Thiếu niên Tiền phong Hồ Chí Minh nhà trường.",
}


def zoo_category(request: Request, alias: str, page_no: int) -> Response | None:
    items = _by_cat(alias)
    pages = max(1, -(-len(items) // PER_PAGE))
    if not 1 <= page_no <= pages:
        return None
    chunk = items[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    label = ZOO_CATS[alias]
    content = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-{alias}">
<div class="details alignment-left">
<div class="heading"><h1 class="title">{esc(label)}</h1></div>
<div class="description">{esc(_CAT_DESC[alias])}</div>
</div>
{_items_grid(chunk)}
{_zoo_pagination(alias, page_no, pages)}
</div>"""
    title = label + (f" - Trang {page_no}" if page_no > 1 else "")
    return page(
        request,
        f"{title} - THCS Nguyễn Trãi",
        content,
        trail=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (label, None)],
        active=105 + list(ZOO_CATS).index(alias),
        body_class="com_zoo view- no-layout no-task",
    )


def zoo_frontpage(request: Request) -> Response:
    cats = []
    for n, (alias, label) in enumerate(ZOO_CATS.items()):
        pos = " first" if n == 0 else (" last" if n == len(ZOO_CATS) - 1 else "")
        cats.append(
            f'<div class="width33{pos}"><div class="category">'
            f'<h2 class="heading"><a href="{cat_path(alias)}" title="{esc(label)}">{esc(label)}</a> '
            f"<span>({len(_by_cat(alias))})</span></h2>"
            f'<div class="description">{esc(_CAT_DESC[alias])}</div></div></div>'
        )
    featured = [s for s in ZOO_ITEMS.values() if s.opts.get("featured")]
    content = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-frontpage">
<div class="details alignment-left">
<div class="heading"><h1 class="title">Tin tức</h1></div>
<div class="description"><p>Chuyên trang tin tức của {SCHOOL}.</p></div>
</div>
<div class="categories">
<div class="row first-row">{"".join(cats)}</div>
</div>
{_items_grid(featured)}
</div>"""
    return page(
        request,
        "Tin tức - THCS Nguyễn Trãi",
        content,
        trail=[("Trang chủ", "/"), ("Tin tức", None)],
        active=104,
        body_class="com_zoo view- no-layout no-task",
    )


def zoo_tag(request: Request, tag: str) -> Response | None:
    items = [s for s in ZOO_ITEMS.values() if tag in s.opts.get("tags", [])]
    if not items:
        return None
    content = f"""<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-tag">
<div class="details alignment-left"><div class="heading"><h1 class="title">Các bài viết có từ khóa: {esc(tag)}</h1></div></div>
{_items_grid(items)}
</div>"""
    return page(
        request,
        f"Từ khóa: {tag} - THCS Nguyễn Trãi",
        content,
        trail=[("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), (tag, None)],
        active=104,
        body_class="com_zoo view- no-layout no-task",
    )


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    items = []
    for n, (who, when, what) in enumerate(comments):
        cid = 118 + story.id * 3 + n
        items.append(
            f'<li><div id="comment-{cid}" class="comment">'
            f'<div class="comment-head"><div class="avatar"><img src="/media/zoo/assets/images/avatar.png" alt="" width="40" height="40" /></div>'
            f'<h3 class="author">{esc(who)}</h3><div class="meta">{esc(when)} | <a class="permalink" href="#comment-{cid}">#</a></div></div>'
            f'<div class="comment-body"><div class="content">{esc(what)}</div>'
            f'<p class="reply"><a href="#" rel="nofollow">Trả lời</a></p></div></div></li>'
        )
    listing = f'<ul class="level1">{"".join(items)}</ul>' if items else ""
    return f"""<div id="comments">
<h3 class="comments-meta">Bình luận <span class="comments-count">({len(comments)})</span></h3>
{listing}
<div id="respond">
<h3>Gửi bình luận</h3>
<form class="short style" method="post" action="/index.php?option=com_zoo&amp;controller=comment&amp;task=save">
<div class="username"><input id="comments-author" type="text" name="author" placeholder="Họ và tên *" value="" /></div>
<div class="email"><input id="comments-email" type="text" name="email" placeholder="Email *" value="" /></div>
<div class="content"><textarea name="content" rows="5" cols="80"></textarea></div>
<div class="actions"><input name="submit" type="submit" value="Gửi bình luận" /></div>
<input type="hidden" name="item_id" value="{story.id}" />
<input type="hidden" name="parent_id" value="0" />
<input type="hidden" name="redirect" value="{item_path(story)}" />
<input type="hidden" name="3f8a9c0d6e1b2f4a7c5d8e9f0a1b2c3d" value="1" />
</form>
</div>
</div>"""


def _pos_media(story: Story) -> str:
    media = [b for b in story.blocks if isinstance(b, Img) and b.style == "media"]
    if not media:
        return ""
    img = media[0]
    return f"""<div class="pos-media media-center">
<div class="element element-image first">
<img src="{img.src}" title="{esc(story.title)}" alt="{esc(story.title)}" width="640" height="427" />
</div>
<div class="element element-text last">
<p class="chuthich-anh" style="text-align: center; font-style: italic;">{esc(img.printed or "")}</p></div>
</div>"""


def _other_items(story: Story) -> str:
    others = [s for s in _by_cat(story.cat) if s is not story][:2]
    if not others:
        return ""
    lis = []
    for s in others:
        lis.append(
            f"""<li><div class="layout-default">
<div class="media media-left"><a href="{item_path(s)}" title="{esc(s.title)}"><img src="{s.opts["thumb"]}" alt="{esc(s.title)}" width="100" height="67" /></a></div>
<p class="title"><a href="{item_path(s)}" title="{esc(s.title)}">{esc(s.title)}</a></p>
<p class="meta"><span class="element element-itemcreated first last">{vn_long(_day(s), s.opts.get("hour", "00:00"))}</span></p>
<div class="pos-content"><div class="element element-textarea first last"><div><p>{esc(s.opts["teaser"])}</p></div></div></div>
</div></li>"""
        )
    return f"""<div class="moduletable_cactinkhac">
<h3 class="mod-tieude"><span>Các tin khác</span></h3>
<div class="zoo-item list">
<ul class="zoo-list">
{"".join(lis)}
</ul>
</div>
</div>"""


def zoo_item(request: Request, story: Story, twin: bool = False) -> Response:
    label = ZOO_CATS[story.cat]
    day = _day(story)
    base = base_url(request)
    here = base + request.target
    created = vn_long(day, story.opts.get("hour", "00:00"))
    hits = story.views()
    parts = [
        f'<div id="yoo-zoo" class="yoo-zoo blog-default blog-default-{story.cat}">',
        f'<div class="item{" item-video" if story.opts.get("video") else ""}">',
        f'<h1 class="pos-title">{esc(story.title)}</h1>',
        '<p class="pos-meta">'
        f'<span class="element element-itemcreated first"><img src="/templates/vns_thcs/images/clock.png" alt="" /> {created}</span>'
        f' | <span class="element element-itemhits">Lượt xem: {hits}</span>'
        f' | <span class="element element-itemauthor last">Người đăng: {esc(story.opts["account"])}</span></p>',
        _pos_media(story),
    ]
    if story.sapo_outside and story.summary:
        parts.append(
            '<div class="pos-subtitle"><div class="element element-textarea first last">'
            f'<div><p><strong>{esc(story.summary)}</strong></p></div></div></div>'
        )
    extra = []
    if story.opts.get("source_field"):
        extra.append(
            '<div class="element element-text"><strong>Nguồn: </strong>'
            f'{esc(story.opts["source_field"])}</div>'
        )
    if story.opts.get("download"):
        href, size = story.opts["download"]
        extra.append(
            '<div class="element element-download">\n<h3>Tài liệu đính kèm</h3>\n'
            '<div class="zo-download"><img src="/media/zoo/elements/download/assets/images/pdf.png" alt="pdf" /> '
            f'<a class="download" href="{href}" title="Tải về">Tải về</a> <span class="size">({size})</span></div></div>'
        )
    if story.opts.get("video"):
        body = (
            '<div class="element element-video first">\n'
            f'<iframe width="640" height="360" src="{story.opts["video"]}?rel=0" frameborder="0" allowfullscreen></iframe></div>\n'
            '<div class="element element-textarea last">\n<div>'
            + "".join(f"<p>{esc(b.text)}</p>" for b in story.blocks if isinstance(b, P))
            + "</div></div>"
        )
    else:
        last = "" if extra else " last"
        body = f'<div class="element element-textarea first{last}">\n<div>{render_blocks(story)}</div></div>'
    parts.append('<div class="pos-content">\n' + body + "\n" + "\n".join(extra) + "\n</div>")
    if story.opts.get("modified"):
        parts.append(
            '<p class="pos-meta2"><span class="element element-itemmodified first last">'
            f"Sửa đổi lần cuối: {vn_stamp(story.opts['modified'])}</span></p>"
        )
    tags = story.opts.get("tags", [])
    tax = [
        f'<li class="element element-itemcategory first{"" if tags else " last"}"><strong>Chuyên mục: </strong>'
        f'<a href="{cat_path(story.cat)}">{esc(label)}</a></li>'
    ]
    if tags:
        tax.append(
            '<li class="element element-itemtag last"><strong>Từ khóa: </strong>'
            + ", ".join(f'<a href="{tag_path(t)}">{esc(t)}</a>' for t in tags)
            + "</li>"
        )
    parts.append('<div class="pos-taxonomy"><ul>' + "".join(tax) + "</ul></div>")
    share = quote(here, safe="")
    parts.append(
        '<div class="pos-bottom"><div class="element element-socialbookmarks first last">'
        '<div class="yoo-zoo socialbookmarks">'
        f'<a class="facebook" onclick="window.open(this.href,\'\',\'width=600,height=400\');return false;" '
        f'href="http://www.facebook.com/sharer.php?u={share}&amp;t={quote(story.title)}" title="Chia sẻ lên Facebook"></a>'
        f'<a class="twitter" href="http://twitter.com/intent/tweet?url={share}" title="Twitter"></a>'
        f'<a class="email" href="mailto:?subject={quote(story.title)}&amp;body={share}" title="Email"></a>'
        "</div></div>"
        '<a class="in-bai" href="javascript:window.print()"><img src="/templates/vns_thcs/images/print.png" alt="" /> In bài</a>'
        ' <a class="ve-dau" href="#vns-wrapper">Về đầu trang</a></div>'
    )
    related = story.opts.get("related", [])
    if related:
        lis = "".join(
            f'<li><a href="{item_path(ZOO_ITEMS[k])}">{esc(ZOO_ITEMS[k].title)}</a></li>' for k in related
        )
        parts.append(
            '<div class="pos-related"><h3>Tin liên quan</h3>'
            f'<ul class="element element-relateditems first last">{lis}</ul></div>'
        )
    parts.append("</div>")
    if not story.opts.get("video"):
        parts.append(_comments(story))
    parts.append("</div>")
    parts.append(_other_items(story))
    og_img = next((b.src for b in story.blocks if isinstance(b, Img)), story.opts["thumb"])
    head = (
        f'<meta property="og:title" content="{esc(story.title)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:url" content="{esc(here)}" />\n'
        f'<meta property="og:image" content="{esc(base + og_img)}" />\n'
        f'<meta property="og:description" content="{esc(story.opts.get("description") or story.opts["teaser"])}" />'
    )
    trail = [("Trang chủ", "/")]
    if not twin:
        trail.append(("Tin tức", "/tin-tuc"))
    trail += [(label, cat_path(story.cat)), (story.title, None)]
    active = 101 if twin else 105 + list(ZOO_CATS).index(story.cat)
    return page(
        request,
        story.title,
        "\n".join(p for p in parts if p),
        trail=trail,
        active=active,
        body_class="com_zoo view- no-layout no-task",
        head=head,
        description=story.opts.get("description") or story.opts["teaser"],
    )

# --- com_content: notices and single pages ---------------------------------------------------


def _article_info(story: Story, with_author: bool = True) -> str:
    o = story.opts
    pub_day, pub_hour = o["published_print"].split()
    pub = _dt.date.fromisoformat(pub_day)
    rows = ['<dl class="article-info muted">', '<dt class="article-info-term">Chi tiết</dt>']
    if with_author:
        rows.append(
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            'Được viết bởi <span itemprop="name">Super User</span></dd>'
        )
    rows.append(
        '<dd class="category-name">Danh mục: <a href="/thong-bao" itemprop="genre">Thông báo</a></dd>'
    )
    rows.append(
        '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
        f'<time datetime="{pub_day}T{pub_hour}:00+07:00" itemprop="datePublished">'
        f"Được đăng: {vn_long(pub, pub_hour)}</time></dd>"
    )
    if o.get("created"):
        cday, chour = o["created"].split()
        rows.append(
            '<dd class="create"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{cday}T{chour}:00+07:00" itemprop="dateCreated">'
            f"Ngày tạo: {vn_stamp(o['created'])}</time></dd>"
        )
    if o.get("modified"):
        mday, mhour = o["modified"].split()
        rows.append(
            '<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{mday}T{mhour}:00+07:00" itemprop="dateModified">'
            f"Cập nhật lần cuối: {vn_stamp(o['modified'])}</time></dd>"
        )
    rows.append(
        '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
        f'<meta itemprop="interactionCount" content="UserPageVisits:{o["hits"]}" />Lượt xem: {o["hits"]}</dd>'
    )
    rows.append("</dl>")
    return "\n".join(rows)


def _pagenav(story: Story) -> str:
    n = NOTICES.index(story)
    out = ['<ul class="pager pagenav">']
    if n > 0:
        prev = NOTICES[n - 1]
        out.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="Bài trước: '
            f'{esc(prev.title)}" href="{notice_path(prev)}" rel="prev"><span class="icon-chevron-left" '
            'aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
        )
    if n < len(NOTICES) - 1:
        nxt = NOTICES[n + 1]
        out.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="Bài tiếp theo: '
            f'{esc(nxt.title)}" href="{notice_path(nxt)}" rel="next"><span aria-hidden="true">Tiếp</span> '
            '<span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        )
    out.append("</ul>")
    return "".join(out)


def notice_page(request: Request, story: Story, printable: bool = False) -> Response:
    body = render_blocks(story)
    if printable:
        doc = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
<base href="{esc(base_url(request) + request.target)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(story.title)}</title>
<link href="/templates/vns_thcs/css/template.css?v=3.10.12" rel="stylesheet" />
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>
<div class="page-header"><h2 itemprop="headline">{esc(story.title)}</h2></div>
{_article_info(story)}
<div itemprop="articleBody">
{body}
</div>
</div>
</body>
</html>"""
        return html(doc)
    content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(story.title)}</h2></div>
<div class="icons">
<div class="btn-group pull-right">
<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{story.id}" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
<span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{story.id}">
<li class="print-icon"><a href="{a(notice_print(story))}" title="In bài {esc(story.title)}" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>
</ul>
</div>
</div>
{_article_info(story)}
<div itemprop="articleBody">
{body}
</div>
{_pagenav(story)}
</div>"""
    return page(
        request,
        story.title,
        content,
        trail=[("Trang chủ", "/"), ("Thông báo", "/thong-bao"), (story.title, None)],
        active=108,
        body_class="com_content view-article no-layout no-task",
        description=story.title,
    )


def notice_list(request: Request, start: int) -> Response | None:
    if start < 0 or start >= len(NOTICES) or start % NOTICE_PER_PAGE:
        return None
    chunk = NOTICES[start : start + NOTICE_PER_PAGE]
    rows = []
    for n, s in enumerate(chunk):
        pday = _dt.date.fromisoformat(s.opts["published_print"][:10])
        rows.append(
            f'<tr class="cat-list-row{n % 2}" >'
            f'<td headers="categorylist_header_title" class="list-title"><a href="{notice_path(s)}">{esc(s.title)}</a></td>'
            f'<td headers="categorylist_header_date" class="list-date small">{pday:%d-%m-%Y}</td>'
            f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt xem: {s.opts["hits"]}</span></td>'
            "</tr>"
        )
    pages = -(-len(NOTICES) // NOTICE_PER_PAGE)
    current = start // NOTICE_PER_PAGE + 1

    def link(p: int) -> str:
        return "/thong-bao" if p == 1 else f"/thong-bao?start={(p - 1) * NOTICE_PER_PAGE}"

    pager = [f'<div class="pagination"><p class="counter pull-right">Trang {current} / {pages}</p><ul class="pagination-list">']
    if current == 1:
        pager.append('<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li>'
                     '<li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li>')
    else:
        pager.append(f'<li><a title="Đầu" href="{link(1)}" class="hasTooltip pagenav" aria-label="Tới trang đầu"><span class="icon-first" aria-hidden="true"></span></a></li>'
                     f'<li><a title="Trước" href="{link(current - 1)}" class="hasTooltip pagenav" aria-label="Tới trang trước"><span class="icon-previous" aria-hidden="true"></span></a></li>')
    for p in range(1, pages + 1):
        if p == current:
            pager.append(f'<li class="active hidden-phone"><a>{p}</a></li>')
        else:
            pager.append(f'<li class="hidden-phone"><a title="{p}" href="{link(p)}" class="hasTooltip pagenav">{p}</a></li>')
    if current == pages:
        pager.append('<li class="disabled"><a><span class="icon-next" aria-hidden="true"></span></a></li>'
                     '<li class="disabled"><a><span class="icon-last" aria-hidden="true"></span></a></li>')
    else:
        pager.append(f'<li><a title="Sau" href="{link(current + 1)}" class="hasTooltip pagenav" aria-label="Tới trang tiếp"><span class="icon-next" aria-hidden="true"></span></a></li>'
                     f'<li><a title="Cuối" href="{link(pages)}" class="hasTooltip pagenav" aria-label="Tới trang cuối"><span class="icon-last" aria-hidden="true"></span></a></li>')
    pager.append("</ul></div>")
    content = f"""<div class="category-list">
<div>
<div class="content-category">
<h2>Thông báo</h2>
<form action="{a(request.target)}" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix">
<legend class="hide">Bộ lọc</legend>
<div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">Lọc tiêu đề&#160;</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="Nhập bộ lọc tìm kiếm." placeholder="Lọc tiêu đề" /></div>
<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label>
<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">
<option value="2" selected="selected">2</option><option value="5">5</option><option value="10">10</option><option value="0">Tất cả</option>
</select></div>
<input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" />
<input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" />
</fieldset>
<table class="category table table-striped table-bordered table-hover">
<thead><tr>
<th scope="col" id="categorylist_header_title">Tiêu đề</th>
<th scope="col" id="categorylist_header_date">Ngày đăng</th>
<th scope="col" id="categorylist_header_hits">Lượt xem</th>
</tr></thead>
<tbody>
{"".join(rows)}
</tbody>
</table>
{"".join(pager)}
</form>
</div>
</div>
</div>"""
    return page(
        request,
        "Thông báo" + (f" - Trang {current}" if current > 1 else ""),
        content,
        trail=[("Trang chủ", "/"), ("Thông báo", None)],
        active=108,
        body_class="com_content view-category no-layout no-task",
    )


def _single(request: Request, title: str, body: str, itemid: int, trail_label: str, info: str = "") -> Response:
    content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>
{info}
<div itemprop="articleBody">
{body}
</div>
</div>"""
    return page(
        request,
        f"{title} - THCS Nguyễn Trãi",
        content,
        trail=[("Trang chủ", "/"), (trail_label, None)],
        active=itemid,
        body_class="com_content view-article no-layout no-task",
    )


def intro_page(request: Request) -> Response:
    body = """<p style="text-align: center;"><img src="/images/gioithieu/cong-truong-thcs-nguyen-trai.jpg" alt="Cổng trường" width="600" height="400" /></p>
<p style="text-align: justify;">Trường THCS Nguyễn Trãi được thành lập năm 1965, tiền thân là Trường cấp II Tam Hồng. Qua hơn 60 năm xây dựng và phát triển, nhà trường đã nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc, được Thủ tướng Chính phủ tặng Bằng khen năm 2015.</p>
<p style="text-align: justify;">Năm học 2026 - 2027, nhà trường có 16 lớp với 612 học sinh; 48 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<h3>Sứ mệnh</h3>
<p>Xây dựng môi trường học tập thân thiện, an toàn, chất lượng để mỗi học sinh đều có cơ hội phát triển toàn diện.</p>"""
    return _single(request, "Giới thiệu chung về Trường THCS Nguyễn Trãi", body, 102, "Giới thiệu")


def staff_page(request: Request) -> Response:
    rows = [
        ("Nguyễn Thị Thanh Vân", "Hiệu trưởng", "Bí thư Chi bộ"),
        ("Lê Thị Mai Hương", "Phó Hiệu trưởng", "Phụ trách chuyên môn"),
        ("Đỗ Văn Khánh", "Phó Hiệu trưởng", "Phụ trách cơ sở vật chất"),
        ("Hoàng Thị Thu", "Tổ trưởng Tổ Khoa học Xã hội", ""),
        ("Vũ Thị Hải Yến", "Tổ trưởng Tổ Khoa học Tự nhiên", ""),
        ("Phạm Thu Trang", "Tổng phụ trách Đội", ""),
    ]
    trs = "\n".join(
        f"<tr><td>{n}</td><td>{esc(name)}</td><td>{esc(post)}</td><td>{esc(note)}</td></tr>"
        for n, (name, post, note) in enumerate(rows, start=1)
    )
    body = f"""<h3>Ban Giám hiệu và các tổ chức</h3>
<table class="table table-bordered" border="1" cellpadding="5" style="width: 100%;">
<tbody><tr><td><strong>TT</strong></td><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Ghi chú</strong></td></tr>
{trs}
</tbody></table>"""
    return _single(request, "Cơ cấu tổ chức", body, 103, "Cơ cấu tổ chức")


def schedule_page(request: Request) -> Response:
    days = [
        ("Thứ Hai 30/11", "7h00: Chào cờ đầu tuần. 14h00: Họp Ban Giám hiệu", "Ban Giám hiệu"),
        ("Thứ Ba 01/12", "Ngoại khóa phòng, chống HIV/AIDS (chuyển sang thứ Sáu)", "Đ/c Hương"),
        ("Thứ Tư 02/12", "Dự giờ thăm lớp Tổ Khoa học Tự nhiên", "Đ/c Hương, Tổ KHTN"),
        ("Thứ Năm 03/12", "Kiểm tra hồ sơ chuyên môn Tổ Khoa học Xã hội", "Đ/c Hương"),
        ("Thứ Sáu 04/12", "14h00: Ngoại khóa phòng, chống HIV/AIDS cho học sinh toàn trường", "Đ/c Khánh, Đội"),
        ("Thứ Bảy 05/12", "Bồi dưỡng học sinh giỏi lớp 9", "GV bồi dưỡng"),
    ]
    trs = "\n".join(f"<tr><td>{d}</td><td>{esc(w)}</td><td>{esc(who)}</td></tr>" for d, w, who in days)
    body = f"""<table border="1" cellpadding="4" style="width: 100%; border-collapse: collapse;">
<tbody><tr style="background: #fde9d9;"><td><strong>Thứ/ngày</strong></td><td><strong>Nội dung công việc</strong></td><td><strong>Người thực hiện</strong></td></tr>
{trs}
</tbody></table>
<p><em>Lịch công tác có thể thay đổi, đề nghị CB, GV, NV theo dõi thường xuyên.</em></p>"""
    info = (
        '<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
        '<time datetime="2026-11-29T20:15:00+07:00" itemprop="datePublished">'
        f"Được đăng: {vn_long(_dt.date(2026, 11, 29), '20:15')}</time></dd></dl>"
    )
    return _single(
        request, "Lịch công tác tuần 14 năm học 2026 - 2027 (từ 30/11 đến 05/12/2026)", body, 109,
        "Lịch công tác", info,
    )


def contact_page(request: Request) -> Response:
    content = """<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">Trường THCS Nguyễn Trãi</span></h2></div>
<h3>Thông tin liên hệ</h3>
<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
<dd><span class="contact-street" itemprop="streetAddress">Thôn Đông Lộc, xã Tam Hồng, tỉnh Phú Thọ</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
<dd><span class="contact-telephone" itemprop="telephone">0211.3838.246</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/emailButton.png" alt="Email: " /></span></dt>
<dd><span class="contact-emailto"><a href="mailto:c2nguyentrai.tamhong@phutho.edu.vn">c2nguyentrai.tamhong@phutho.edu.vn</a></span></dd>
</dl>
<h3>Gửi thư liên hệ</h3>
<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Các mục có dấu * là bắt buộc.</legend>
<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="required" size="30" required aria-required="true" /></div>
<div class="control-group"><label id="jform_contact_email-lbl" for="jform_contact_email">Email *</label><input type="email" name="jform[contact_email]" class="validate-email required" id="jform_contact_email" value="" size="30" required aria-required="true" /></div>
<div class="control-group"><label id="jform_contact_emailmsg-lbl" for="jform_contact_emailmsg">Tiêu đề *</label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" size="60" required aria-required="true" /></div>
<div class="control-group"><label id="jform_contact_message-lbl" for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" required aria-required="true"></textarea></div>
<div class="form-actions"><button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
<input type="hidden" name="return" value="" /><input type="hidden" name="id" value="1:truong-thcs-nguyen-trai" />
<input type="hidden" name="7e2f1c9a0b8d3e4f5a6b7c8d9e0f1a2b" value="1" /></div>
</fieldset>
</form>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3717.9!2d105.56!3d21.27" width="100%" height="300" frameborder="0" style="border:0" allowfullscreen></iframe>
</div>"""
    return page(
        request,
        "Liên hệ - THCS Nguyễn Trãi",
        content,
        trail=[("Trang chủ", "/"), ("Liên hệ", None)],
        active=112,
        body_class="com_contact view-contact no-layout no-task",
    )

# --- ZOO documents and gallery ---------------------------------------------------------------

DOCUMENT = {
    "slug": "ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
    "title": "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
    "number": "215/KH-THCSNT",
    "issued": "05/09/2026",
    "kind": "Kế hoạch",
    "signer": "Nguyễn Thị Thanh Vân",
    "file": "/images/vanban/2026/215-kh-thcsnt-nhiem-vu-nam-hoc-2026-2027.pdf",
}
ALBUM = {
    "slug": "le-khai-giang-nam-hoc-2026-2027",
    "title": "Lễ khai giảng năm học 2026 - 2027",
    "photos": [f"/images/thuvienanh/khai-giang-2026/kg-{n:02d}.jpg" for n in range(1, 7)],
}


def doc_path() -> str:
    return f"/van-ban/item/{DOCUMENT['slug']}"


def album_path() -> str:
    return f"/thu-vien-anh/item/{ALBUM['slug']}"


def docs_list(request: Request) -> Response:
    d = DOCUMENT
    content = f"""<div id="yoo-zoo" class="yoo-zoo download-default download-default-frontpage">
<div class="details"><h1 class="title">Văn bản</h1></div>
<table class="zoo-list vanban" border="1" cellpadding="4" style="width:100%">
<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody><tr><td>{d["number"]}</td><td>{d["issued"]}</td><td><a href="{doc_path()}">{esc(d["title"])}</a></td>
<td><a href="{d["file"]}"><img src="/media/zoo/elements/download/assets/images/pdf.png" alt="pdf" /></a></td></tr></tbody>
</table>
</div>"""
    return page(request, "Văn bản - THCS Nguyễn Trãi", content, trail=[("Trang chủ", "/"), ("Văn bản", None)],
                active=110, body_class="com_zoo view- no-layout no-task")


def doc_item(request: Request) -> Response:
    d = DOCUMENT
    content = f"""<div id="yoo-zoo" class="yoo-zoo download-default download-default-item">
<div class="item">
<h1 class="pos-title">{esc(d["title"])}</h1>
<ul class="pos-specification">
<li class="element element-text first"><strong>Số/Ký hiệu: </strong>{d["number"]}</li>
<li class="element element-date"><strong>Ngày ban hành: </strong>{d["issued"]}</li>
<li class="element element-select"><strong>Loại văn bản: </strong>{d["kind"]}</li>
<li class="element element-text"><strong>Cơ quan ban hành: </strong>{SCHOOL}</li>
<li class="element element-text last"><strong>Người ký: </strong>{esc(d["signer"])}</li>
</ul>
<div class="pos-content"><div class="element element-textarea first">
<div><p><strong>Trích yếu:</strong> Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027 của Trường THCS Nguyễn Trãi.</p></div></div>
<div class="element element-download last"><h3>Tệp đính kèm</h3>
<img src="/media/zoo/elements/download/assets/images/pdf.png" alt="pdf" /> <a class="download" href="{d["file"]}">Tải về</a> <span class="size">(1.2 MB)</span> - Lượt tải: 87</div>
</div>
</div>
</div>"""
    return page(request, f"{d['title']} - Văn bản", content,
                trail=[("Trang chủ", "/"), ("Văn bản", "/van-ban"), (d["title"], None)],
                active=110, body_class="com_zoo view- no-layout no-task")


def gallery_list(request: Request) -> Response:
    content = f"""<div id="yoo-zoo" class="yoo-zoo photo-default photo-default-frontpage">
<div class="details"><h1 class="title">Thư viện ảnh</h1></div>
<div class="items items-col-3"><div class="width33 first"><div class="teaser-item">
<div class="pos-media"><a href="{album_path()}"><img src="/media/zoo/images/kg-01_6a2f9b3c.jpg" alt="{esc(ALBUM["title"])}" width="220" height="150" /></a></div>
<h2 class="pos-title"><a href="{album_path()}">{esc(ALBUM["title"])}</a></h2>
</div></div></div>
</div>"""
    return page(request, "Thư viện ảnh - THCS Nguyễn Trãi", content,
                trail=[("Trang chủ", "/"), ("Thư viện ảnh", None)], active=111,
                body_class="com_zoo view- no-layout no-task")


def album_item(request: Request) -> Response:
    thumbs = "\n".join(
        f'<a href="{src}" data-lightbox="group:kg2026" title="Ảnh {n}"><img src="{src}" alt="Lễ khai giảng {n}" width="200" height="133" /></a>'
        for n, src in enumerate(ALBUM["photos"], start=1)
    )
    content = f"""<div id="yoo-zoo" class="yoo-zoo photo-default photo-default-item">
<div class="item">
<h1 class="pos-title">{esc(ALBUM["title"])}</h1>
<p class="pos-meta"><span class="element element-itemcreated first last">{vn_long(_dt.date(2026, 9, 5), "11:20")}</span></p>
<div class="pos-media"><div class="element element-gallery first last">
<div class="zoo-gallery"><div class="zoo-gallery-wall clearfix default">
{thumbs}
</div></div></div></div>
</div>
</div>"""
    return page(request, f"{ALBUM['title']} - Thư viện ảnh", content,
                trail=[("Trang chủ", "/"), ("Thư viện ảnh", "/thu-vien-anh"), (ALBUM["title"], None)],
                active=111, body_class="com_zoo view- no-layout no-task")


# --- home and search -------------------------------------------------------------------------


def home(request: Request) -> Response:
    slides = [s for s in ZOO_ITEMS.values() if s.opts.get("slider")]
    slider = "\n".join(
        f'<li class="slide"><a href="{a(twin_path(s))}"><img src="{s.opts["thumb"]}" alt="{esc(s.title)}" width="640" height="360" /></a>'
        f'<div class="caption"><a href="{a(twin_path(s))}">{esc(s.title)}</a></div></li>'
        for s in slides
    )

    def block(alias: str, count: int, mod_id: int) -> str:
        items = _by_cat(alias)
        items = [s for s in items if not s.opts.get("video")][:count]
        first, rest = items[0], items[1:]
        lis = "".join(
            f'<li><a href="{item_path(s)}">{esc(s.title)}</a> <span class="ngay">({dmy(_day(s))})</span></li>'
            for s in rest
        )
        return f"""<div class="moduletable_khoitin" id="mod-{mod_id}">
<h3 class="mod-tieude"><a href="{cat_path(alias)}"><span>{esc(ZOO_CATS[alias])}</span></a></h3>
<div class="zoo-item default">
<div class="layout-default">
<div class="media media-left"><a href="{item_path(first)}"><img src="{first.opts["thumb"]}" alt="{esc(first.title)}" width="200" height="133" /></a></div>
<p class="title"><a href="{item_path(first)}">{esc(first.title)}</a></p>
<div class="description"><div class="element element-textarea first last"><div><p>{esc(first.opts["teaser"])}</p></div></div></div>
</div>
<ul class="zoo-list">{lis}</ul>
</div>
</div>"""

    content = f"""<div class="moduletable_slider">
<h3 class="mod-tieude"><span>Tin nổi bật</span></h3>
<div id="zoo-slider-93" class="zoo-slideshow"><ul class="slides">
{slider}
</ul></div>
</div>
{block("tin-tuc-su-kien", 3, 94)}
{block("hoat-dong-chuyen-mon", 2, 95)}
<div class="moduletable_video"><h3 class="mod-tieude"><span>Video clip</span></h3>
<p><a href="{item_path(VIDEO)}"><img src="{VIDEO.opts["thumb"]}" alt="{esc(VIDEO.title)}" width="300" height="170" /><br />{esc(VIDEO.title)}</a></p></div>
<div class="moduletable_banner"><a href="https://truonghocketnoi.edu.vn" target="_blank"><img src="/images/banners/truong-hoc-ket-noi.png" alt="Trường học kết nối" /></a></div>"""
    return page(request, "Trang chủ - Trường THCS Nguyễn Trãi", content, active=101,
                body_class="com_content view-featured no-layout no-task", home=True)


def search_page(request: Request) -> Response:
    word = request.params.get("searchword", "").strip()
    hits = []
    if len(word) >= 3:
        low = word.lower()
        hits = [s for s in [*ZOO_ITEMS.values(), *NOTICES] if low in s.title.lower()]
    results = "".join(
        f'<dt class="result-title">{n}. <a href="{item_path(s) if s in ZOO_ITEMS.values() else notice_path(s)}">'
        f"{esc(s.title)}</a></dt><dd class=\"result-created\">Ngày tạo: {dmy(_day(s))}</dd>"
        for n, s in enumerate(hits, start=1)
    )
    content = f"""<div class="search">
<h1 class="page-title">Tìm kiếm</h1>
<form id="searchForm" action="/tim-kiem" method="get">
<input type="text" name="searchword" placeholder="Từ khóa..." id="search-searchword" size="30" maxlength="200" value="{esc(word)}" class="inputbox" />
<button name="Search" class="btn hasTooltip" title="Tìm kiếm">Tìm kiếm</button>
</form>
<div class="searchintro"><p>Tìm kiếm cho: <span class="badge badge-info">{esc(word)}</span>. Tổng cộng {len(hits)} kết quả.</p></div>
<dl class="search-results">{results}</dl>
</div>"""
    return page(request, "Tìm kiếm - THCS Nguyễn Trãi", content, trail=[("Trang chủ", "/"), ("Tìm kiếm", None)],
                active=113, body_class="com_search view-search no-layout no-task")

# --- the site --------------------------------------------------------------------------------

_ASSET_PREFIXES = ("/images/", "/media/", "/templates/", "/modules/")
_ITEMS_BY_SLUG = {s.slug: s for s in ZOO_ITEMS.values()}
_NOTICES_BY_ID = {s.id: s for s in NOTICES}
_CAT_RE = re.compile(r"^/tin-tuc/category/([a-z0-9-]+)(?:/(\d+))?/?$")
_NOTICE_RE = re.compile(r"^/thong-bao/(\d+)-([a-z0-9-]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = unquote(request.path)
        params = request.params
        if path.startswith(_ASSET_PREFIXES):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST" and path == "/index.php" and params.get("controller") == "comment":
            return redirect(request.form.get("redirect") or "/", 303)
        if path in ("/", "/index.php"):
            if not request.query:
                return home(request)
            if params.get("option") == "com_content" and params.get("view") == "article":
                story = _NOTICES_BY_ID.get(int(params.get("id", "0").split(":")[0] or 0))
                return notice_page(request, story) if story else None
            return None
        if path == "/tin-tuc":
            return zoo_frontpage(request)
        if m := _CAT_RE.match(path):
            alias, num = m.group(1), m.group(2)
            if alias not in ZOO_CATS:
                return None
            page_no = int(num) if num else int(params.get("page", "1") or 1)
            return zoo_category(request, alias, page_no)
        for prefix, twin in (("/tin-tuc/item/", False), ("/component/zoo/item/", True)):
            if path.startswith(prefix):
                story = _ITEMS_BY_SLUG.get(path[len(prefix) :])
                return zoo_item(request, story, twin=twin) if story else None
        if path.startswith("/tin-tuc/tag/"):
            return zoo_tag(request, path[len("/tin-tuc/tag/") :])
        if path == "/thong-bao":
            return notice_list(request, int(params.get("start", "0") or 0))
        if m := _NOTICE_RE.match(path):
            story = _NOTICES_BY_ID.get(int(m.group(1)))
            if not story or story.slug != m.group(2):
                return None
            printable = params.get("tmpl") == "component" and params.get("print") == "1"
            return notice_page(request, story, printable=printable)
        pages = {
            "/gioi-thieu": intro_page,
            "/co-cau-to-chuc": staff_page,
            "/lich-cong-tac": schedule_page,
            "/lien-he": contact_page,
            "/van-ban": docs_list,
            doc_path(): doc_item,
            "/thu-vien-anh": gallery_list,
            album_path(): album_item,
            "/tim-kiem": search_page,
        }
        handler = pages.get(path.rstrip("/") or "/")
        return handler(request) if handler else None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _zoo_gold(story: Story) -> dict:
    alts = [twin_path(story)] if story.opts.get("slider") else []
    return gold_record(story, item_path(story), ZOO_CATS[story.cat], canonical_path=item_path(story), alt_paths=alts)


def _notice_gold(story: Story) -> dict:
    alts = [notice_print(story)]
    if story.opts.get("marquee"):
        alts.append(notice_nonsef(story))
    return gold_record(story, notice_path(story), "Thông báo", canonical_path=notice_path(story), alt_paths=alts)


GOLD = [_zoo_gold(s) for s in (T1, T2, T3, T4, C1, C2, C3, C4, D1, D2)] + [_notice_gold(s) for s in NOTICES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/co-cau-to-chuc",
    "/lien-he",
    "/lich-cong-tac",
    doc_path(),
    album_path(),
    item_path(VIDEO),
]

"""K12Online-style school website module of a telecom's school-management suite, as used by an
upper-secondary school: Trường THPT Trần Quốc Tuấn (tỉnh Quảng Ngãi).

Platform
--------
The "Website trường học" module that ships with the telecom's online-learning / e-grade-book
subscription: one shared vendor template for thousands of schools on one host, the school code in
every URL, Bootstrap 3 + jQuery widgets (owl-carousel slider, lazyload, marquee) and one small Vue
widget (the weekly work calendar, filled from a JSON API). Every page carries the vendor's login box
for teachers and parents, a header clock and a "Năm học 2026 - 2027" label. The vendor's markup is
Vietnamese-abbreviated: ``ctbv-*`` (chi tiết bài viết), ``dstin-*`` (danh sách tin), ``k12-dd``
(đường dẫn = breadcrumb), ``mnu-c1/c2``, numbered portlet ids (``pl_1043``).

URL scheme (school code ``thpttranquoctuan``, school id 51012 in upload paths)
-------------------------------------------------------------------------------
- ``/truong/thpttranquoctuan/``                           home (start URL)
- ``/truong/thpttranquoctuan/chuyen-muc/<cmid>-<slug>[?trang=N]``  category listings, 3 a page
- ``/truong/thpttranquoctuan/thong-bao[?trang=N]``           the notices listing, 3 a page
- ``/truong/thpttranquoctuan/tin-tuc/<id>-<slug>``           a news article
- ``/truong/thpttranquoctuan/thong-bao/<id>-<slug>``         a notice (same article template)
- ``…/tin-tuc/<id>`` and ``…/thong-bao/<id>``                 the same article without its slug
  (the slider and the "Đọc nhiều" portlet print these); a wrong slug 301s to the right one
- ``…/<id>-<slug>?in=1``                                      print view (opened by ``inBaiViet()``)
- ``/truong/thpttranquoctuan/tag/<slug>``                    tag listings
- ``/truong/thpttranquoctuan/gioi-thieu/…``, ``/lien-he``, ``/van-ban[/<id>-<slug>]``,
  ``/thu-vien-anh[/<id>-<slug>]``, ``/video[/<id>-<slug>]``  intro, contact, documents, media
- ``/truong/thpttranquoctuan/tim-kiem?tukhoa=…``, ``/dang-nhap``, ``/api/lich-cong-tac?tuan=N``
- ``/truong/<other-school>/…``                                other schools of the same host
- ``/upload/51012/…`` photos and files, ``/Content/k12/…`` and ``/Scripts/…`` template assets

Page templates
--------------
home (slider "Tin nổi bật", "Tin mới nhất", one box per category, notices box, Vue calendar,
album/video teasers); listing (``dstin-item`` rows with thumbnail, date, excerpt, vendor pager);
article (``ctbv-tieude`` headline, ``ctbv-info`` meta line, tool bar, optional ``ctbv-mota`` sapo,
``ctbv-noidung`` text, update line, attachment, tags, rating, fb-comments, "Các tin khác");
print view; intro pages (the article template without a category); document entry; album; video;
contact; search; login. Right column on every page: login box, notices marquee, "Đọc nhiều",
website links, poll, visitor counter, "Tin từ các trường cùng hệ thống".

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (``chuyen-muc/12-…``, 3 a page, newest first): 2904, 2899 (filed under Đoàn),
  2893 on page 1; 2871, 2840, 2815 on page 2 (``?trang=2``). 2871 is also in the home slider and
  "Đọc nhiều" (slug-less); 2840 and 2815 are reachable only through page 2.
- Hoạt động Đoàn trường (``chuyen-muc/15-…``): 2899, 2862. Also in the home box.
- Hoạt động chuyên môn (``chuyen-muc/16-…``): 2887, 2850. Also in the home box.
- Thông báo (``/thong-bao``): 2902, 2880, 2858 on page 1 (also the home box and the marquee);
  2820 on page 2, reached only through the pager's GET form (``<select name="trang">``): the
  pager's numbered links are ``javascript:void(0)`` with ``onclick="K12.PhanTrang(…)"``.

Traps
-----
1. One host, many schools: the shared template's portlet "Tin từ các trường cùng hệ thống" links
   same-host articles of *other* schools (``/truong/thptsonmy/tin-tuc/9120-…``,
   ``/truong/thcsnghiachanh/tin-tuc/8771-…``), which answer 200 with full articles.
   Gold: they are not this portal's articles (not gold, not non-articles); the crawl stays under
   ``/truong/thpttranquoctuan/``.
2. A vendor-wide ``<link rel="canonical">`` and ``og:url`` that point at the school's home page on
   every page, articles included. Gold: each article's canonical_path is its own slug URL; nothing
   is merged into the home page.
3. Duplicates: the slider and "Đọc nhiều" link slug-less ``…/tin-tuc/<id>`` (200, same page), the
   print view ``?in=1`` is only in an inline script. Gold: alt_paths of the slug URL.
4. The headline is not where a generic extractor looks: ``<h1>`` is the school's name in the
   header on every page, ``og:title`` is the school's name, ``<title>`` cuts long headlines at
   ~70 characters with "...". Gold title: the full ``div.ctbv-tieude`` text.
5. Bylines: the meta line prints the poster's CMS account next to a user icon, unlabeled
   ("tqt.quantri", "nhungnth.tqt", "doantruong.tqt"): nobody. Authors sign at the bottom right, with
   a degree and unit ("ThS. Nguyễn Thị Hồng Nhung – Tổ Ngữ văn" -> "Nguyễn Thị Hồng Nhung"), a post
   in parentheses ("Nguyễn Văn Tâm (Phó Bí thư Đoàn trường)" -> "Nguyễn Văn Tâm"), as units
   ("Tổ Văn phòng", "Tổ Toán - Tin", "BCH Đoàn trường", "Bộ phận Giáo vụ": as printed), "Tin, ảnh:
   X" (X in both), "Tin: X - Ảnh: Y"; "BBT Website" credits nobody.
6. Dates: the header clock "Thứ Bảy, 05/12/2026", a weekday in the meta line ("Thứ Sáu,
   04/12/2026 - 16:20"), a later "Cập nhật lần cuối" line, imported posts stamped "00:00" (day
   alone: 2893), and the official notice 2902 posted 01/12 whose letterhead says "ngày 30 tháng 11
   năm 2026" (gold "2026-11-30", signer Phạm Văn Thành its author).
7. Pagination by form: the notices' page 2 (2820) is reachable only by submitting the pager's GET
   form (a ``<select name="trang">`` with options 1 and 2); no ``href`` names ``?trang=2`` there.
8. Lazy images (2815): ``src`` is ``/Content/k12/images/loading.gif``, the photo is in
   ``data-original``. Gold images are the ``data-original`` paths. An ``alt``/``title`` that the page
   does not print (2893) is no caption (None). Relative ``../../../upload/…`` sources (2871) resolve
   to ``/upload/…``.
9. Chrome inside the text box: a vendor in-read banner for the online-learning product inside
   ``ctbv-noidung`` (2904), "Tin liên quan:" with wholly linked "» …" lines (2871), "Xem thêm:"
   lines (2899, 2880), the attachment line, tags, the rating widget. None of it is body; the
   banner's image is no article photo.
10. Category by breadcrumb, not by listing: 2899 is listed in "Tin tức - Sự kiện" (page 1) but filed
    under "Hoạt động Đoàn trường" (breadcrumb, menu). Gold category: "Hoạt động Đoàn trường".
11. Text encodings: 2840 is stored decomposed (NFD, title included), 2862 is written with HTML
    entities (named and numeric, its emoji too). Gold: NFC text.
12. Word leftovers and footnotes: Word list paragraphs with ``mso-list:Ignore`` markers (2850) are
    no text; the editor-typed "- " lines (2850, 2902) are. 2887 has bracketed calls "[1]" kept
    glued, a bare ``<sup>3</sup>`` call that is dropped, a byline *before* its "Tài liệu tham khảo"
    list, which is still body. Word-pasted table cells wrap their text in ``<p>`` (2902): a row is
    still one paragraph, cells joined by " | ".
13. An intro page in the article template (``gioi-thieu/lich-su-phat-trien``: headline, meta line
    with date, long text) is a non-article.

Gold decisions on ambiguous points
----------------------------------
- The sapo is ``div.ctbv-mota`` (bold, outside the text) or a bold first paragraph; the listing's
  auto-excerpt and ``meta description`` are not sapos.
- The official notice 2902: the letterhead table, the centred "THÔNG BÁO / Lịch kiểm tra …" lines
  and the closing table (Nơi nhận, HIỆU TRƯỞNG, (Đã ký), name) are not body; the numbered section
  headings ("1. Thời gian và môn kiểm tra") and the schedule rows are.
- A photo line that only credits the photographer ("Ảnh: Nguyễn Quốc Bảo", 2899) is no caption;
  the photographer comes from the byline "Tin: … - Ảnh: Nguyễn Quốc Bảo".
- "Nguồn: Sở GDĐT Quảng Ngãi" closing 2820 is its source; its first sentence "Theo kế hoạch, …"
  is text.
- Three lines in one ``<p>`` split by ``<br>`` ("Bước 1 … Bước 3 …", 2858; "Thời gian … Địa
  điểm …", 2893) are separate paragraphs.
- Emoji in a title (2862 "🎤 …") and mid-sentence ("… 👏.") are kept as printed.
- The print view and the slug-less URL are the same article (alt_paths); the category is the one
  the article's breadcrumb prints.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "k12online_thpt"
PLATFORM = "K12Online-style school website module of a telecom school-management suite (jQuery/Vue vendor template, multi-school host)"
CODE = "thpttranquoctuan"
R = f"/truong/{CODE}"
START_PATH = f"{R}/"
SID = 51012
SCHOOL = "Trường THPT Trần Quốc Tuấn"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3

CATS = {
    "tt": {"name": "Tin tức - Sự kiện", "path": f"{R}/chuyen-muc/12-tin-tuc-su-kien", "parent": "Tin tức"},
    "doan": {"name": "Hoạt động Đoàn trường", "path": f"{R}/chuyen-muc/15-hoat-dong-doan-truong", "parent": "Tin tức"},
    "cm": {"name": "Hoạt động chuyên môn", "path": f"{R}/chuyen-muc/16-hoat-dong-chuyen-mon", "parent": "Tin tức"},
    "tb": {"name": "Thông báo", "path": f"{R}/thong-bao", "parent": None},
}

# id -> (kind, slug): links between stories are printed before the stories exist
SLUGS = {
    2904: ("tin-tuc", "hoi-thao-giao-duc-quoc-phong-va-an-ninh-chao-mung-82-nam-ngay-thanh-lap-quan-doi-nhan-dan-viet-nam"),
    2899: ("tin-tuc", "doan-truong-ra-quan-huong-ung-ngay-chu-nhat-xanh-lan-thu-iii-nam-2026"),
    2893: ("tin-tuc", "hoi-nghi-vien-chuc-va-nguoi-lao-dong-nam-hoc-2026-2027"),
    2887: ("tin-tuc", "chuyen-de-day-hoc-phat-trien-nang-luc-qua-hoat-dong-trai-nghiem-trong-mon-ngu-van-lop-11"),
    2871: ("tin-tuc", "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026"),
    2862: ("tin-tuc", "chung-ket-hoi-thi-tieng-hat-hoc-duong-nam-2026"),
    2850: ("tin-tuc", "to-toan-tin-to-chuc-thao-giang-cap-truong-dot-1-nam-hoc-2026-2027"),
    2840: ("tin-tuc", "tuyen-truyen-phong-chong-bao-luc-hoc-duong-va-bao-dam-an-toan-giao-thong-cho-hoc-sinh"),
    2815: ("tin-tuc", "khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027"),
    2902: ("thong-bao", "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027"),
    2880: ("thong-bao", "thong-bao-mo-lop-boi-duong-kien-thuc-on-thi-tot-nghiep-thpt-nam-2027"),
    2858: ("thong-bao", "huong-dan-cha-me-hoc-sinh-tra-cuu-ket-qua-hoc-tap-tren-ung-dung-so-lien-lac-dien-tu"),
    2820: ("thong-bao", "cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc-nam-hoc-2026-2027"),
}


def apath(sid: int) -> str:
    kind, slug = SLUGS[sid]
    return f"{R}/{kind}/{sid}-{slug}"


def short_path(sid: int) -> str:
    return f"{R}/{SLUGS[sid][0]}/{sid}"


def up(name: str) -> str:
    """An upload path of the school."""
    return f"/upload/{SID}/{name}"


def right(markup: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{markup}</p>')


# --- the thirteen articles ------------------------------------------------------------------

S_HOITHAO = Story(
    id=2904,
    slug=SLUGS[2904][1],
    title="Hội thao Giáo dục quốc phòng và an ninh chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026)",
    cat="tt",
    published_at="2026-12-04T16:20:00+07:00",
    summary="Sáng ngày 04/12/2026, Trường THPT Trần Quốc Tuấn tổ chức Hội thao Giáo dục quốc phòng và an ninh năm học 2026 - 2027 với sự tham gia của gần 400 học sinh thuộc 20 lớp khối 10 và khối 11.",
    sapo_outside=True,
    blocks=[
        P("Hội thao là hoạt động thiết thực chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2026); đồng thời giúp học sinh củng cố kiến thức, kỹ năng đã được học trong chương trình môn Giáo dục quốc phòng và an ninh."),
        Img(up("2026/12/hoithao-gdqpan-01.jpg"), "(Thầy Phạm Văn Thành, Hiệu trưởng nhà trường phát biểu khai mạc Hội thao)",
            "Thầy Phạm Văn Thành, Hiệu trưởng nhà trường phát biểu khai mạc Hội thao", "em"),
        P("Phát biểu khai mạc, thầy Phạm Văn Thành, Hiệu trưởng nhà trường nhấn mạnh: Hội thao không chỉ là sân chơi bổ ích mà còn là dịp để mỗi học sinh rèn luyện tác phong, kỷ luật, tinh thần đồng đội, qua đó bồi dưỡng lòng yêu nước, ý thức sẵn sàng tham gia bảo vệ Tổ quốc."),
        Raw(
            '<div class="k12-bnr-inread" id="bnr_inread_3" style="margin:15px 0;padding:10px;border:1px dashed #f39c12;background:#fffaf0;text-align:center">'
            '<a href="https://hoctructuyen.k12online.vn/dang-ky?utm_source=web_truong&amp;utm_medium=inread" target="_blank" rel="nofollow">'
            '<img src="/Content/k12/images/bnr-hoc-truc-tuyen.png" alt="Học trực tuyến" style="max-width:100%"></a>'
            '<div class="k12-bnr-txt" style="font-size:13px;color:#c0392b">Học trực tuyến mọi lúc, mọi nơi cùng K12Online – Giáo viên, học sinh đăng ký miễn phí ngay hôm nay!</div></div>'
        ),
        P("Hội thao gồm các nội dung: điều lệnh đội ngũ đơn vị, tháo lắp súng tiểu liên AK, băng bó cứu thương và chạy vũ trang 3 km. Các nội dung được tổ chức đúng quy định, bảo đảm an toàn tuyệt đối về người và vũ khí huấn luyện."),
        Img(up("2026/12/hoithao-gdqpan-02.jpg"), "Phần thi tháo lắp súng tiểu liên AK của học sinh khối 11",
            "Phần thi tháo lắp súng tiểu liên AK của học sinh khối 11", "tbl"),
        P("Với tinh thần thi đấu sôi nổi, đoàn kết, các đội đã thể hiện bản lĩnh, sự tự tin và kỹ năng thuần thục. Nhiều phần thi điều lệnh được Ban giám khảo đánh giá cao về sự đồng đều, chính xác và đẹp mắt."),
        P("Kết quả, Ban tổ chức đã trao 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 04 giải Khuyến khích cho các tập thể lớp; giải Nhất toàn đoàn thuộc về lớp 11A2."),
        right("<strong>Tin, ảnh: Trần Minh Đức</strong>"),
    ],
    authors=["Trần Minh Đức"],
    photographers=["Trần Minh Đức"],
    opts={
        "posted": "04/12/2026 - 16:20", "account": "tqt.quantri", "updated": "05/12/2026 - 07:58",
        "lists": ["tt"], "tags": [("hoi-thao", "hội thao"), ("giao-duc-quoc-phong", "giáo dục quốc phòng")],
    },
)

S_CNX = Story(
    id=2899,
    slug=SLUGS[2899][1],
    title="Đoàn trường ra quân hưởng ứng “Ngày Chủ nhật xanh” lần thứ III năm 2026",
    cat="doan",
    published_at="2026-11-29T08:40:00+07:00",
    blocks=[
        P("Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Trung ương Đoàn phát động, sáng ngày 29/11/2026, Đoàn trường THPT Trần Quốc Tuấn đã tổ chức ra quân vệ sinh môi trường, thu gom rác thải tại khu vực bờ kè sông Trà Khúc và các tuyến đường quanh trường."),
        Img(up("2026/11/cnx-01.jpg"), "Ảnh: Nguyễn Quốc Bảo", None, "em"),
        P("Tham gia buổi ra quân có hơn 250 đoàn viên, thanh niên đến từ 24 chi đoàn cùng các thầy cô giáo trong Ban Chấp hành Đoàn trường. Các chi đoàn được phân công phụ trách từng khu vực, thu gom rác thải nhựa, phát quang bụi rậm và khơi thông cống rãnh."),
        Img(up("2026/11/cnx-02.jpg"), "(Đoàn viên chi đoàn 12A1 thu gom rác thải tại khu vực bờ kè sông Trà Khúc)",
            "Đoàn viên chi đoàn 12A1 thu gom rác thải tại khu vực bờ kè sông Trà Khúc", "em"),
        P("Sau hơn 3 giờ làm việc, các đoàn viên đã thu gom được gần 1,5 tấn rác thải các loại, trong đó có khoảng 300 kg rác thải nhựa được phân loại để tái chế. Hoạt động góp phần nâng cao ý thức bảo vệ môi trường, xây dựng nếp sống văn minh cho đoàn viên, thanh niên."),
        P("Dịp này, Đoàn trường cũng phát động cuộc thi “Đổi rác lấy cây xanh”, khuyến khích học sinh thu gom chai nhựa, giấy vụn để đổi lấy cây xanh trồng tại khuôn viên trường."),
        Raw(f'<p><em>Xem thêm: <a href="{apath(2862)}">Chung kết Hội thi “Tiếng hát học đường” năm 2026</a></em></p>'),
        right("<em>Tin: Lê Thị Thu Hà - Ảnh: Nguyễn Quốc Bảo</em>"),
    ],
    authors=["Lê Thị Thu Hà"],
    photographers=["Nguyễn Quốc Bảo"],
    opts={
        "posted": "29/11/2026 - 08:40", "account": "doantruong.tqt",
        "lists": ["doan", "tt"], "tags": [("doan-thanh-nien", "đoàn thanh niên"), ("moi-truong", "môi trường")],
        "desc": "Hưởng ứng phong trào “Ngày Chủ nhật xanh” do Trung ương Đoàn phát động, sáng ngày 29/11/2026, Đoàn trường THPT Trần Quốc Tuấn đã tổ chức ra quân vệ sinh môi trường",
    },
)

_HNVC_LEAD = "Thực hiện Luật Thực hiện dân chủ ở cơ sở năm 2022, ngày 27/11/2026, Trường THPT Trần Quốc Tuấn tổ chức Hội nghị viên chức và người lao động năm học 2026 - 2027."

S_HNVC = Story(
    id=2893,
    slug=SLUGS[2893][1],
    title="Hội nghị viên chức và người lao động năm học 2026 - 2027",
    cat="tt",
    published_at="2026-11-27",
    summary=_HNVC_LEAD,
    blocks=[
        P(_HNVC_LEAD, "lead"),
        P("Thời gian: 7 giờ 30 phút, ngày 27/11/2026.", "br"),
        P("Địa điểm: Hội trường A, Trường THPT Trần Quốc Tuấn."),
        P("Về dự Hội nghị có đồng chí Nguyễn Thanh Hải, Phó Chủ tịch Công đoàn ngành Giáo dục tỉnh cùng 78 cán bộ, giáo viên, nhân viên của nhà trường."),
        Img(up("2026/11/hoinghivc-01.jpg"), None, None, "alt"),
        P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính và dự thảo sửa đổi, bổ sung Quy chế chi tiêu nội bộ. Các đại biểu đã thảo luận sôi nổi, thẳng thắn đóng góp nhiều ý kiến tâm huyết."),
        P("Hội nghị đã biểu quyết thống nhất các chỉ tiêu chủ yếu của năm học:"),
        P("Tỷ lệ học sinh có kết quả học tập Khá, Tốt đạt từ 70% trở lên;", "li"),
        P("Tỷ lệ tốt nghiệp THPT đạt 100%;", "li"),
        P("Có từ 25 giải học sinh giỏi cấp tỉnh trở lên;", "li"),
        P("100% cán bộ, giáo viên hoàn thành tốt nhiệm vụ.", "li"),
        P("Cũng tại Hội nghị, nhà trường đã tổ chức ký kết giao ước thi đua giữa các tổ chuyên môn và khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong năm học 2025 - 2026."),
        Raw("<p>&nbsp;</p>"),
        right("<strong>Tổ Văn phòng</strong>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "posted": "27/11/2026 - 00:00", "account": "vanthu.tqt", "lists": ["tt"],
        "alt": "Toàn cảnh Hội nghị viên chức và người lao động năm học 2026 - 2027",
    },
)

S_CHUYENDE = Story(
    id=2887,
    slug=SLUGS[2887][1],
    title="Chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm trong môn Ngữ văn lớp 11”",
    cat="cm",
    published_at="2026-11-25T15:00:00+07:00",
    summary="Nhằm đổi mới phương pháp dạy học theo định hướng phát triển phẩm chất, năng lực học sinh, Tổ Ngữ văn đã tổ chức chuyên đề sinh hoạt chuyên môn cấp trường với tiết dạy minh họa tại lớp 11A5.",
    sapo_outside=True,
    blocks=[
        P("Chương trình giáo dục phổ thông 2018 xác định mục tiêu của môn Ngữ văn là giúp học sinh phát triển các năng lực đặc thù như năng lực ngôn ngữ và năng lực văn học.[1] Để đạt được mục tiêu đó, giáo viên cần tổ chức cho học sinh các hoạt động học tập gắn với trải nghiệm thực tế."),
        P("Tiết dạy minh họa bài “Tràng giang” (Huy Cận) do cô Trần Thị Mỹ Linh thực hiện được thiết kế theo chuỗi hoạt động: khởi động, hình thành kiến thức, luyện tập và vận dụng. Học sinh được chia nhóm, sân khấu hóa một số khổ thơ và trình bày sản phẩm bằng sơ đồ tư duy."),
        Img(up("2026/11/chuyende-nguvan-01.jpg"), "Học sinh lớp 11A5 trình bày sản phẩm nhóm trong tiết dạy minh họa",
            "Học sinh lớp 11A5 trình bày sản phẩm nhóm trong tiết dạy minh họa", "tbl"),
        P("Theo đánh giá của các thầy cô dự giờ, tiết dạy đã phát huy được tính chủ động, sáng tạo của học sinh; hoạt động trải nghiệm giúp các em cảm nhận sâu sắc hơn vẻ đẹp của bài thơ.[2]"),
        P("Trong phần thảo luận, các giáo viên thống nhất một số giải pháp vận dụng trong thời gian tới, phù hợp với định hướng của Chương trình GDPT 2018."),
        P("Thứ nhất, tăng cường các nhiệm vụ học tập gắn với bối cảnh thực tiễn của địa phương;"),
        P("Thứ hai, đa dạng hóa hình thức đánh giá, chú trọng đánh giá qua sản phẩm và quá trình học tập;"),
        P("Thứ ba, khai thác hiệu quả thiết bị số và học liệu điện tử trên hệ thống học trực tuyến của nhà trường."),
        right("<strong><em>ThS. Nguyễn Thị Hồng Nhung – Tổ Ngữ văn</em></strong>"),
        Raw('<hr align="left" size="1" width="33%">'),
        P("Tài liệu tham khảo", "h4"),
        P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT.", "ftn"),
        P("[2] Tổ Ngữ văn, Trường THPT Trần Quốc Tuấn (2026), Biên bản dự giờ chuyên đề ngày 20/11/2026.", "ftn"),
        P("[3] Bộ Giáo dục và Đào tạo (2020), Tài liệu bồi dưỡng giáo viên về dạy học phát triển phẩm chất, năng lực học sinh.", "ftn"),
    ],
    authors=["Nguyễn Thị Hồng Nhung"],
    opts={
        "posted": "25/11/2026 - 15:00", "account": "nhungnth.tqt", "lists": ["cm"], "fn": True,
        "markup": {
            "Trong phần thảo luận, các giáo viên thống nhất một số giải pháp vận dụng trong thời gian tới, phù hợp với định hướng của Chương trình GDPT 2018.":
            'Trong phần thảo luận, các giáo viên thống nhất một số giải pháp vận dụng trong thời gian tới, phù hợp với định hướng của Chương trình GDPT 2018<sup><a href="#_ftn3" name="_ftnref3" title="">3</a></sup>.',
        },
    },
)

S_2011 = Story(
    id=2871,
    slug=SLUGS[2871][1],
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tt",
    published_at="2026-11-20T10:05:00+07:00",
    summary="Sáng ngày 20/11/2026, Trường THPT Trần Quốc Tuấn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương các thầy cô giáo, học sinh có thành tích xuất sắc.",
    sapo_outside=True,
    blocks=[
        P("Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Đảng ủy, UBND phường Cẩm Thành, Ban đại diện Cha mẹ học sinh cùng đông đảo các thế hệ thầy cô giáo, cựu học sinh và hơn 1.200 học sinh của nhà trường."),
        Img("../../../upload/51012/2026/11/le-20-11-01.jpg", "(Các đại biểu dự Lễ kỷ niệm)", "Các đại biểu dự Lễ kỷ niệm", "em"),
        P("Ôn lại truyền thống 44 năm Ngày Nhà giáo Việt Nam, thầy Phạm Văn Thành, Hiệu trưởng nhà trường bày tỏ lòng biết ơn đối với các thế hệ thầy cô đã tận tụy cống hiến cho sự nghiệp giáo dục của nhà trường và quê hương. Thầy nhắn nhủ:"),
        P("“Mỗi thầy cô hãy luôn là một tấm gương sáng về đạo đức, tự học và sáng tạo; mỗi học sinh hãy biến lòng biết ơn thành hành động cụ thể bằng những kết quả học tập, rèn luyện tốt nhất.”", "quote"),
        P("Dịp này, nhà trường đã trao Giấy khen cho 12 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp trường và 35 học sinh có thành tích xuất sắc trong các phong trào thi đua chào mừng ngày 20/11."),
        Img("../../../upload/51012/2026/11/le-20-11-02.jpg", "(Thầy Phạm Văn Thành trao Giấy khen cho các giáo viên dạy giỏi cấp trường)",
            "Thầy Phạm Văn Thành trao Giấy khen cho các giáo viên dạy giỏi cấp trường", "em"),
        P("Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn, để lại nhiều cảm xúc cho các thế hệ thầy và trò."),
        Raw(
            "<p><strong>Tin liên quan:</strong></p>"
            f'<p>» <a href="{apath(2862)}">🎤 Chung kết Hội thi “Tiếng hát học đường” năm 2026</a></p>'
            f'<p>» <a href="{R}/gioi-thieu/lich-su-phat-trien">Lịch sử hình thành và phát triển Trường THPT Trần Quốc Tuấn</a></p>'
        ),
        right("<strong>BBT Website</strong>"),
    ],
    opts={"posted": "20/11/2026 - 10:05", "account": "tqt.quantri", "lists": ["tt"]},
)

S_THHD = Story(
    id=2862,
    slug=SLUGS[2862][1],
    title="🎤 Chung kết Hội thi “Tiếng hát học đường” năm 2026",
    cat="doan",
    published_at="2026-11-14T20:10:00+07:00",
    summary="Tối 14/11, tại sân khấu ngoài trời của nhà trường, Đoàn trường THPT Trần Quốc Tuấn tổ chức đêm Chung kết Hội thi “Tiếng hát học đường” năm 2026 chào mừng 44 năm Ngày Nhà giáo Việt Nam.",
    sapo_outside=True,
    blocks=[
        P("Sau vòng sơ khảo diễn ra từ ngày 02/11, Ban tổ chức đã chọn 12 tiết mục xuất sắc nhất của 12 chi đoàn vào đêm chung kết. Các tiết mục đa dạng về thể loại: đơn ca, song ca, tốp ca, hát múa, với nội dung ca ngợi quê hương, đất nước, tình thầy trò và mái trường."),
        Img(up("2026/11/thhd-01.jpg"), "(Tiết mục tốp ca “Bụi phấn” của chi đoàn 10A4)", "Tiết mục tốp ca “Bụi phấn” của chi đoàn 10A4", "em"),
        P("Nhiều tiết mục được dàn dựng công phu, kết hợp nhạc cụ dân tộc và vũ đạo hiện đại, mang lại những cảm xúc đặc biệt cho khán giả. Tiết mục “Người thầy” của chi đoàn 12A3 khiến nhiều thầy cô xúc động, nhận được những tràng pháo tay không ngớt 👏."),
        P("Kết quả, giải Nhất thuộc về chi đoàn 12A3; giải Nhì thuộc về chi đoàn 10A4 và 11A1; ba giải Ba thuộc về các chi đoàn 10A2, 11A6 và 12A5."),
        Img(up("2026/11/thhd-02.jpg"), "(Ban tổ chức trao giải Nhất cho chi đoàn 12A3)", "Ban tổ chức trao giải Nhất cho chi đoàn 12A3", "em"),
        right("<strong>BCH Đoàn trường</strong>"),
    ],
    authors=["BCH Đoàn trường"],
    opts={
        "posted": "14/11/2026 - 20:10", "account": "doantruong.tqt", "lists": ["doan"], "enc": "ent",
        "tags": [("doan-thanh-nien", "đoàn thanh niên")],
    },
)

S_THAOGIANG = Story(
    id=2850,
    slug=SLUGS[2850][1],
    title="Tổ Toán - Tin tổ chức thao giảng cấp trường đợt 1 năm học 2026 - 2027",
    cat="cm",
    published_at="2026-11-06T10:30:00+07:00",
    blocks=[
        P("Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, từ ngày 02/11 đến ngày 06/11/2026, Tổ Toán - Tin đã tổ chức thao giảng cấp trường đợt 1 chào mừng Ngày Nhà giáo Việt Nam 20/11."),
        P("Mục đích của đợt thao giảng:"),
        P("Nâng cao năng lực thiết kế và tổ chức các hoạt động học tập theo Chương trình GDPT 2018;", "mso"),
        P("Tăng cường ứng dụng công nghệ thông tin, học liệu số trong dạy học;", "mso"),
        P("Tạo điều kiện để giáo viên trẻ học hỏi, trao đổi kinh nghiệm giảng dạy.", "mso"),
        P("Lịch thao giảng cụ thể:"),
        P("TT | Giáo viên | Bài dạy | Lớp | Thời gian", "th"),
        P("1 | Võ Thị Kim Oanh | Hàm số lượng giác | 11A3 | Tiết 2, thứ Hai 02/11", "tr"),
        P("2 | Huỳnh Tấn Lực | Phương trình mặt phẳng | 12A1 | Tiết 3, thứ Tư 04/11", "tr"),
        P("3 | Đặng Thị Thu Trang | Cấu trúc rẽ nhánh trong Python | 10A2 | Tiết 1, thứ Sáu 06/11", "tr"),
        Img(up("2026/11/thaogiang-toan-01.jpg"), "Cô Võ Thị Kim Oanh trong tiết thao giảng tại lớp 11A3",
            "Cô Võ Thị Kim Oanh trong tiết thao giảng tại lớp 11A3", "em"),
        P("- Sau mỗi tiết dạy, tổ chuyên môn tổ chức rút kinh nghiệm theo hướng phân tích hoạt động học của học sinh."),
        P("- Kết quả: 3/3 tiết dạy được xếp loại Tốt."),
        right("<b>Tổ Toán - Tin</b>"),
    ],
    authors=["Tổ Toán - Tin"],
    opts={"posted": "06/11/2026 - 10:30", "account": "toantin.tqt", "lists": ["cm"]},
)

S_TUYENTRUYEN = Story(
    id=2840,
    slug=SLUGS[2840][1],
    title="Tuyên truyền phòng, chống bạo lực học đường và bảo đảm an toàn giao thông cho học sinh",
    cat="tt",
    published_at="2026-10-30T14:00:00+07:00",
    blocks=[
        P("Chiều ngày 30/10/2026, Trường THPT Trần Quốc Tuấn phối hợp với Công an phường Cẩm Thành và Phòng Cảnh sát giao thông Công an tỉnh Quảng Ngãi tổ chức buổi tuyên truyền về phòng, chống bạo lực học đường và bảo đảm trật tự, an toàn giao thông cho hơn 1.200 học sinh toàn trường."),
        P("Tại buổi tuyên truyền, báo cáo viên đã thông tin về tình hình bạo lực học đường, các hành vi bắt nạt trên không gian mạng và hậu quả pháp lý mà người vi phạm phải chịu. Học sinh cũng được hướng dẫn cách nhận diện, phòng tránh và kỹ năng ứng xử khi gặp các tình huống bị đe dọa, xâm hại."),
        Img(up("2026/10/tuyentruyen-01.jpg"), "(Báo cáo viên Công an tỉnh tuyên truyền Luật Trật tự, an toàn giao thông đường bộ)",
            "Báo cáo viên Công an tỉnh tuyên truyền Luật Trật tự, an toàn giao thông đường bộ", "em"),
        P("Về an toàn giao thông, báo cáo viên tập trung phổ biến những điểm mới của Luật Trật tự, an toàn giao thông đường bộ, đặc biệt là quy định về độ tuổi điều khiển xe mô tô, xe gắn máy, đội mũ bảo hiểm đúng quy cách và không sử dụng rượu, bia khi tham gia giao thông."),
        P("Kết thúc buổi tuyên truyền, 100% học sinh đã ký cam kết không vi phạm pháp luật về trật tự, an toàn giao thông và nói không với bạo lực học đường."),
        right("<strong>Nguyễn Văn Tâm</strong> (Phó Bí thư Đoàn trường)"),
    ],
    authors=["Nguyễn Văn Tâm"],
    opts={
        "posted": "30/10/2026 - 14:00", "account": "tqt.quantri", "lists": ["tt"], "enc": "nfd",
        "desc": "Chiều ngày 30/10/2026, Trường THPT Trần Quốc Tuấn phối hợp với Công an phường Cẩm Thành tổ chức buổi tuyên truyền về phòng, chống bạo lực học đường.",
    },
)

_HKPD_LEAD = "Sáng 16/10/2026, Trường THPT Trần Quốc Tuấn tổ chức Lễ khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027, thu hút hơn 600 vận động viên là học sinh của 36 lớp."

S_HKPD = Story(
    id=2815,
    slug=SLUGS[2815][1],
    title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="tt",
    published_at="2026-10-16T07:30:00+07:00",
    summary=_HKPD_LEAD,
    blocks=[
        P(_HKPD_LEAD, "lead"),
        Img(up("2026/10/hkpd-01.jpg"), "Màn đồng diễn thể dục của học sinh khối 10 tại Lễ khai mạc",
            "Màn đồng diễn thể dục của học sinh khối 10 tại Lễ khai mạc", "lazy"),
        P("Hội khỏe Phù Đổng cấp trường là hoạt động thường niên nhằm đẩy mạnh phong trào rèn luyện thân thể theo gương Bác Hồ vĩ đại, đồng thời tuyển chọn các vận động viên xuất sắc tham gia Hội khỏe Phù Đổng cấp tỉnh năm 2027."),
        P("Các môn thi đấu và thời gian tổ chức cụ thể như sau:"),
        P("Môn thi đấu | Đối tượng | Thời gian", "th"),
        P("Bóng đá nam | Khối 10, 11, 12 | 16/10 - 30/10/2026", "tr"),
        P("Bóng chuyền nữ | Khối 10, 11, 12 | 19/10 - 28/10/2026", "tr"),
        P("Cầu lông, bóng bàn | Cá nhân | 24/10 - 25/10/2026", "tr"),
        P("Kéo co | Tập thể lớp | 31/10/2026", "tr"),
        Img(up("2026/10/hkpd-02.jpg"), None, None, "lazy"),
        P("Ngay sau lễ khai mạc, trận đấu bóng đá nam giữa lớp 10A1 và 10A6 đã diễn ra sôi nổi, hấp dẫn trong sự cổ vũ nhiệt tình của đông đảo học sinh."),
        right("<strong>Tổ Thể dục - Quốc phòng</strong>"),
    ],
    authors=["Tổ Thể dục - Quốc phòng"],
    opts={"posted": "16/10/2026 - 07:30", "account": "tqt.quantri", "lists": ["tt"]},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%">'
    '<tbody><tr><td style="width:42%; text-align:center; vertical-align:top">SỞ GDĐT QUẢNG NGÃI<br>'
    '<strong>TRƯỜNG THPT TRẦN QUỐC TUẤN</strong><br>--------<br>Số: 215/TB-THPTTQT</td>'
    '<td style="text-align:center; vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
    '<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>&nbsp;<br>'
    '<em>Quảng Ngãi, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>'
    '<p style="text-align:center">&nbsp;</p>'
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
    '<strong>Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>'
)
_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
    '<td style="width:50%; vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>'
    '<span style="font-size:11pt">- Ban Giám hiệu (để chỉ đạo);<br>- GVCN, GVBM (để thực hiện);<br>'
    '- Website trường;<br>- Lưu: VT.</span></td>'
    '<td style="text-align:center; vertical-align:top"><strong>HIỆU TRƯỞNG</strong><br><br>'
    '<em>(Đã ký)</em><br><br><br><strong>Phạm Văn Thành</strong></td></tr></tbody></table>'
)

S_LICHKT = Story(
    id=2902,
    slug=SLUGS[2902][1],
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="tb",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Kế hoạch số 162/KH-THPTTQT ngày 05/9/2026 của Trường THPT Trần Quốc Tuấn về thực hiện nhiệm vụ năm học 2026 - 2027;"),
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 như sau:"),
        P("1. Thời gian và môn kiểm tra", "b"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("Thứ Hai, 21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("Thứ Ba, 22/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("Thứ Tư, 23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("Thứ Năm, 24/12/2026 | Sáng | Các môn lựa chọn | 45 phút/môn", "tr"),
        P("2. Yêu cầu", "b"),
        P("- Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh."),
        P("- Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo thẻ học sinh."),
        P("- Các tổ chuyên môn nộp đề kiểm tra và đáp án về Phó Hiệu trưởng phụ trách chuyên môn trước ngày 14/12/2026."),
        P("Nhận được thông báo này, đề nghị các bộ phận, cá nhân liên quan nghiêm túc thực hiện./."),
        Raw(_CLOSING),
    ],
    authors=["Phạm Văn Thành"],
    opts={
        "posted": "01/12/2026 - 07:45", "account": "vanthu.tqt", "updated": "02/12/2026 - 14:10",
        "lists": ["tb"], "word_cells": True,
        "attach": (up("files/2026/12/215-TB-THPTTQT.pdf"), "215-TB-THPTTQT.pdf", "286 KB"),
    },
)

S_ONTHI = Story(
    id=2880,
    slug=SLUGS[2880][1],
    title="Thông báo mở lớp bồi dưỡng kiến thức ôn thi tốt nghiệp THPT năm 2027",
    cat="tb",
    published_at="2026-11-23T10:15:00+07:00",
    blocks=[
        P("Nhằm giúp học sinh khối 12 củng cố kiến thức, chuẩn bị tốt cho Kỳ thi tốt nghiệp THPT năm 2027, nhà trường thông báo mở các lớp bồi dưỡng kiến thức với nội dung như sau:"),
        P("Đối tượng: học sinh lớp 12 có nhu cầu, tự nguyện đăng ký.", "oli"),
        P("Môn học: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Lịch sử, Địa lí.", "oli"),
        P("Thời gian: từ ngày 07/12/2026, học vào các buổi chiều thứ Ba, thứ Năm và thứ Bảy hằng tuần.", "oli"),
        P("Hình thức đăng ký: cha mẹ học sinh đăng ký qua giáo viên chủ nhiệm hoặc trực tiếp trên ứng dụng Sổ liên lạc điện tử trước ngày 04/12/2026.", "oli"),
        P("Mọi thắc mắc xin liên hệ Bộ phận Giáo vụ, điện thoại: 0255 3822 418 (trong giờ hành chính)."),
        Raw(f'<p>Xem thêm: <a href="{apath(2858)}" target="_blank">Hướng dẫn cha mẹ học sinh tra cứu kết quả học tập trên ứng dụng Sổ liên lạc điện tử</a></p>'),
        right("<strong>Bộ phận Giáo vụ</strong>"),
    ],
    authors=["Bộ phận Giáo vụ"],
    opts={"posted": "23/11/2026 - 10:15", "account": "giaovu.tqt", "lists": ["tb"]},
)

S_SLL = Story(
    id=2858,
    slug=SLUGS[2858][1],
    title="Hướng dẫn cha mẹ học sinh tra cứu kết quả học tập trên ứng dụng Sổ liên lạc điện tử",
    cat="tb",
    published_at="2026-11-10T16:45:00+07:00",
    blocks=[
        P("Từ năm học 2026 - 2027, kết quả học tập, rèn luyện và thông tin chuyên cần của học sinh được nhà trường cập nhật thường xuyên trên ứng dụng Sổ liên lạc điện tử. Cha mẹ học sinh thực hiện tra cứu theo các bước sau:"),
        P("Bước 1: Tải ứng dụng Sổ liên lạc điện tử trên kho ứng dụng App Store hoặc CH Play.", "br"),
        P("Bước 2: Đăng nhập bằng số điện thoại đã đăng ký với giáo viên chủ nhiệm; mật khẩu mặc định được gửi qua tin nhắn SMS.", "br"),
        P("Bước 3: Chọn mục “Kết quả học tập”, chọn học kỳ và môn học cần xem."),
        Img(up("2026/11/sll-dangnhap.png"), "Hình 1. Màn hình đăng nhập ứng dụng", "Hình 1. Màn hình đăng nhập ứng dụng", "tbl"),
        Img(up("2026/11/sll-ketqua.png"), "Hình 2. Màn hình tra cứu kết quả học tập", "Hình 2. Màn hình tra cứu kết quả học tập", "tbl"),
        P("Lưu ý: Cha mẹ học sinh không cung cấp mật khẩu cho người khác; trường hợp quên mật khẩu, vui lòng liên hệ giáo viên chủ nhiệm để được cấp lại."),
        P("Trong quá trình sử dụng, nếu có vướng mắc, cha mẹ học sinh liên hệ thầy Lê Quang Vinh, cán bộ phụ trách công nghệ thông tin, số điện thoại 0905 214 367."),
    ],
    opts={"posted": "10/11/2026 - 16:45", "account": "tqt.quantri", "lists": ["tb"]},
)

S_KHKT = Story(
    id=2820,
    slug=SLUGS[2820][1],
    title="Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 - 2027",
    cat="tb",
    published_at="2026-10-21T09:00:00+07:00",
    summary="Sở Giáo dục và Đào tạo vừa ban hành kế hoạch tổ chức Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2026 - 2027.",
    sapo_outside=True,
    blocks=[
        P("Theo kế hoạch, cuộc thi nhằm khuyến khích học sinh nghiên cứu, sáng tạo khoa học, công nghệ, kỹ thuật và vận dụng kiến thức đã học vào giải quyết những vấn đề thực tiễn cuộc sống."),
        P("Đối tượng dự thi là học sinh đang học từ lớp 8 đến lớp 12 năm học 2026 - 2027. Mỗi dự án có không quá 02 học sinh dự thi và 01 người hướng dẫn khoa học."),
        P("Các đơn vị gửi hồ sơ đăng ký dự thi về Sở Giáo dục và Đào tạo trước ngày 15/12/2026; vòng chung kết dự kiến tổ chức vào tháng 01/2027."),
        P("Học sinh có ý tưởng, dự án tham gia cuộc thi đăng ký với Tổ Vật lí - Công nghệ trước ngày 10/11/2026 để được hỗ trợ hướng dẫn."),
        right("<em>Nguồn: Sở GDĐT Quảng Ngãi</em>"),
    ],
    source="Sở GDĐT Quảng Ngãi",
    opts={"posted": "21/10/2026 - 09:00", "account": "tqt.quantri", "lists": ["tb"]},
)

STORIES: list[Story] = [
    S_HOITHAO, S_LICHKT, S_CNX, S_HNVC, S_CHUYENDE, S_ONTHI, S_2011, S_THHD, S_SLL,
    S_THAOGIANG, S_TUYENTRUYEN, S_KHKT, S_HKPD,
]
BY_ID = {s.id: s for s in STORIES}
assert set(BY_ID) == set(SLUGS)


def posted_dt(story: Story) -> datetime:
    return datetime.strptime(story.opts["posted"], "%d/%m/%Y - %H:%M")


def listing(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if cat in s.opts["lists"]), key=posted_dt, reverse=True)


def latest(n: int) -> list[Story]:
    return sorted(STORIES, key=posted_dt, reverse=True)[:n]


MOST_READ = [2871, 2887, 2862, 2858, 2904]
SLIDER = [2904, 2871]

# --- pages that are not articles ----------------------------------------------------------

INTRO_PATH = f"{R}/gioi-thieu/lich-su-phat-trien"
STAFF_PATH = f"{R}/gioi-thieu/doi-ngu"
CONTACT_PATH = f"{R}/lien-he"
DOCS = {
    318: ("ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027", "162/KH-THPTTQT", "05/09/2026",
          "Kế hoạch giáo dục nhà trường năm học 2026 - 2027", "Kế hoạch", "Phạm Văn Thành", "KH-162-THPTTQT.pdf"),
    322: ("quy-che-chi-tieu-noi-bo-nam-2026", "48/QĐ-THPTTQT", "12/01/2026",
          "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026", "Quyết định", "Phạm Văn Thành", "QD-48-THPTTQT.pdf"),
}
ALBUM_PATH = f"{R}/thu-vien-anh/41-hoi-thao-giao-duc-quoc-phong-va-an-ninh-nam-hoc-2026-2027"
VIDEO_PATH = f"{R}/video/17-tiet-muc-nguoi-thay-chi-doan-12a3"


def doc_path(did: int) -> str:
    return f"{R}/van-ban/{did}-{DOCS[did][0]}"


# other schools on the same host (trap 1)
OTHER_SCHOOLS = {
    "thptsonmy": {
        "name": "Trường THPT Sơn Mỹ",
        "addr": "Thôn Mỹ Lai, xã Tịnh Khê, tỉnh Quảng Ngãi", "phone": "0255 3843 201", "email": "c3sonmy@quangngai.edu.vn",
        "id": 9120,
        "slug": "truong-thpt-son-my-to-chuc-ngay-hoi-doc-sach-nam-2026",
        "title": "Trường THPT Sơn Mỹ tổ chức Ngày hội đọc sách năm 2026",
        "posted": "26/11/2026 - 09:00",
        "paras": [
            "Sáng 26/11/2026, Thư viện Trường THPT Sơn Mỹ tổ chức Ngày hội đọc sách với chủ đề “Sách – Người bạn đồng hành”.",
            "Ngày hội gồm các hoạt động: trưng bày sách theo chủ đề, giới thiệu sách, thi vẽ tranh bìa sách và trao đổi sách cũ giữa các lớp.",
        ],
    },
    "thcsnghiachanh": {
        "name": "Trường THCS Nghĩa Chánh",
        "addr": "Số 12 đường Hai Bà Trưng, phường Nghĩa Lộ, tỉnh Quảng Ngãi", "phone": "0255 3711 098", "email": "thcsnghiachanh@quangngai.edu.vn",
        "id": 8771,
        "slug": "hoi-thi-giao-vien-chu-nhiem-gioi-cap-truong",
        "title": "Hội thi giáo viên chủ nhiệm giỏi cấp trường năm học 2026 - 2027",
        "posted": "19/11/2026 - 14:30",
        "paras": [
            "Từ ngày 16 đến 19/11/2026, Trường THCS Nghĩa Chánh tổ chức Hội thi giáo viên chủ nhiệm giỏi cấp trường với sự tham gia của 14 giáo viên.",
            "Kết quả có 6 giáo viên được công nhận giáo viên chủ nhiệm giỏi cấp trường.",
        ],
    },
}


def other_path(code: str) -> str:
    o = OTHER_SCHOOLS[code]
    return f"/truong/{code}/tin-tuc/{o['id']}-{o['slug']}"


# --- rendering helpers -------------------------------------------------------------------

_THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def weekday(dt: datetime) -> str:
    return _THU[dt.weekday()]


def _enc(story: Story | None, value: str) -> str:
    enc = story.opts.get("enc", "") if story else ""
    return text(value, nfd=enc == "nfd", entities=1 if enc == "ent" else 0)


def title_text(story: Story) -> str:
    """The headline as stored (escaped): decomposed where the story was typed so."""
    return _enc(story, story.title) if story.opts.get("enc") == "nfd" else esc(story.title)


def _fn_calls(markup: str, note: bool) -> str:
    if note:
        return re.sub(r"^\[(\d)\]", r'<a href="#_ftnref\1" name="_ftn\1" title="">[\1]</a>', markup)
    return re.sub(r"\[(\d)\]", r'<a href="#_ftn\1" name="_ftnref\1" title=""><sup>[\1]</sup></a>', markup)


def _img_tag(story: Story, img: Img, lazy: bool = False) -> str:
    alt = esc(story.opts.get("alt", "")) if img.style == "alt" else ""
    title_attr = f' title="{alt}"' if alt else ""
    if lazy:
        return (f'<img class="lazy img-responsive" src="/Content/k12/images/loading.gif" data-original="{esc(img.src)}" '
                f'alt="{alt}" style="width:100%">')
    return f'<img alt="{alt}"{title_attr} src="{esc(img.src)}" style="width:640px; height:427px">'


def render_img(story: Story, img: Img) -> str:
    line = _enc(story, img.printed) if img.printed else None
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="k12-tbl-anh" style="width:640px">'
            f'<tbody><tr><td>{_img_tag(story, img)}</td></tr>'
            f'<tr><td style="text-align:center; background-color:#f2f2f2"><span style="font-size:12px">{line}</span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "lazy":
        out = f'<p style="text-align:center">{_img_tag(story, img, lazy=True)}</p>'
        if line:
            out += f'<p style="text-align:center"><span style="color:#0000cd"><span style="font-size:12px"><i>{line}</i></span></span></p>'
        return out
    if img.style == "alt":
        return f'<p style="text-align:center">{_img_tag(story, img)}</p>'
    # "em": the line under the photo, centred and in italics
    return f'<p style="text-align:center">{_img_tag(story, img)}</p><p style="text-align:center"><em>{line}</em></p>'


def _para_inner(story: Story, p: P) -> str:
    markup = story.opts.get("markup", {})
    if p.text in markup:
        return markup[p.text]
    inner = _enc(story, p.text)
    if story.opts.get("fn"):
        inner = _fn_calls(inner, note=p.style == "ftn")
    return inner


def _row(story: Story, p: P) -> str:
    cells = [_enc(story, c) for c in p.text.split(" | ")]
    word = story.opts.get("word_cells")
    out = []
    for c in cells:
        inner = f"<strong>{c}</strong>" if p.style == "th" else c
        if word:
            inner = f'<p class="MsoNormal" style="text-align:center">{inner}</p>'
        out.append(f'<td style="border:1px solid #999; padding:3px">{inner}</td>')
    return "<tr>" + "".join(out) + "</tr>"


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(render_img(story, b))
            i += 1
            continue
        st = b.style
        if st in ("li", "oli", "tr", "th", "mso"):
            group = []
            kinds = ("tr", "th") if st in ("tr", "th") else (st,)
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in kinds:
                group.append(blocks[i])
                i += 1
            if st in ("tr", "th"):
                out.append('<table border="1" cellpadding="0" cellspacing="0" style="width:100%; border-collapse:collapse"><tbody>'
                           + "".join(_row(story, p) for p in group) + "</tbody></table>")
            elif st == "mso":
                for n, p in enumerate(group, 1):
                    out.append(
                        f'<p class="MsoListParagraph" style="margin-left:36.0pt; text-indent:-18.0pt; mso-list:l0 level1 lfo{n}">'
                        '<span style="font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
                        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>"
                        f'<span style="font-size:13.0pt; line-height:115%">{_para_inner(story, p)}</span></p>'
                    )
            else:
                tag = "ol" if st == "oli" else "ul"
                out.append(f"<{tag}>" + "".join(f"<li>{_para_inner(story, p)}</li>" for p in group) + f"</{tag}>")
            continue
        if st == "br":
            parts = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(_para_inner(story, blocks[i]))
                i += 1
            if i < len(blocks) and isinstance(blocks[i], P):
                parts.append(_para_inner(story, blocks[i]))
                i += 1
            out.append('<p style="text-align:justify">' + "<br />\n".join(parts) + "</p>")
            continue
        inner = _para_inner(story, b)
        if st == "lead":
            out.append(f'<p style="text-align:justify"><strong>{inner}</strong></p>')
        elif st == "quote":
            out.append(f'<blockquote><p><em>{inner}</em></p></blockquote>')
        elif st == "h4":
            out.append(f"<h4><strong>{inner}</strong></h4>")
        elif st == "b":
            out.append(f'<p style="text-align:justify"><strong>{inner}</strong></p>')
        elif st == "ftn":
            out.append(f'<div id="ftn{inner[inner.find("[") + 1]}"><p class="MsoFootnoteText" style="font-size:12px">{inner}</p></div>')
        else:
            out.append(f'<p style="text-align:justify"><span style="font-size:14px">{inner}</span></p>')
        i += 1
    return "\n".join(out)


def excerpt(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    imgs = story.images
    if not imgs:
        return "/Content/k12/images/no-image.png"
    name = imgs[0].src.rsplit("/", 1)[1].rsplit(".", 1)[0]
    return f"/upload/{SID}/thumb/{name}_300x200.jpg"


def date_only(story: Story) -> str:
    return story.opts["posted"].split(" - ")[0]


def short_title(title: str) -> str:
    if len(title) <= 70:
        return title
    return title[:67].rsplit(" ", 1)[0] + "..."


# --- the chrome ------------------------------------------------------------------------------


@dataclass
class School:
    code: str
    name: str
    full: bool = True
    addr: str = "Số 45 đường Lê Trung Đình, phường Cẩm Thành, tỉnh Quảng Ngãi"
    phone: str = "0255 3822 417"
    email: str = "c3tranquoctuan@quangngai.edu.vn"

    @property
    def root(self) -> str:
        return f"/truong/{self.code}"


TQT = School(CODE, SCHOOL)


def _menu(s: School) -> str:
    if not s.full:
        return (f'<div id="k12-mnu" class="mnu-ngang"><ul class="mnu-c1"><li class="c1"><a href="{s.root}/">Trang chủ</a></li>'
                '<li class="c1"><a href="javascript:;">Giới thiệu</a></li></ul></div>')
    r = s.root
    cats = "".join(f'<li><a href="{c["path"]}">{esc(c["name"])}</a></li>' for k, c in CATS.items() if k != "tb")
    return f"""<div id="k12-mnu" class="mnu-ngang"><div class="container"><ul class="mnu-c1">
<li class="c1 trangchu"><a href="{r}/" title="Trang chủ"><i class="fa fa-home"></i></a></li>
<li class="c1 co-con"><a href="#">Giới thiệu <i class="fa fa-angle-down"></i></a>
  <ul class="mnu-c2"><li><a href="{INTRO_PATH}">Lịch sử phát triển</a></li><li><a href="{STAFF_PATH}">Đội ngũ cán bộ, giáo viên</a></li></ul></li>
<li class="c1 co-con"><a href="#">Tin tức <i class="fa fa-angle-down"></i></a><ul class="mnu-c2">{cats}</ul></li>
<li class="c1"><a href="{CATS['tb']['path']}">Thông báo</a></li>
<li class="c1"><a href="{r}/van-ban">Văn bản</a></li>
<li class="c1 co-con"><a href="#">Thư viện <i class="fa fa-angle-down"></i></a>
  <ul class="mnu-c2"><li><a href="{r}/thu-vien-anh">Thư viện ảnh</a></li><li><a href="{r}/video">Video clip</a></li></ul></li>
<li class="c1"><a href="https://hoctructuyen.k12online.vn/" target="_blank" rel="nofollow">Học trực tuyến</a></li>
<li class="c1"><a href="https://sll.k12online.vn/" target="_blank" rel="nofollow">Sổ liên lạc điện tử</a></li>
<li class="c1"><a href="{CONTACT_PATH}">Liên hệ</a></li>
</ul></div></div>"""


def _login_box(s: School, request: Request) -> str:
    ret = quote(request.target, safe="")
    return f"""<div class="k12-portlet" id="pl_1001"><div class="pl-tieude"><span>Đăng nhập hệ thống</span></div>
<div class="pl-nd"><ul class="nav nav-tabs k12-tab-dn"><li class="active"><a href="javascript:;" data-tab="gv">Giáo viên</a></li><li><a href="javascript:;" data-tab="ph">Phụ huynh / Học sinh</a></li></ul>
<form method="post" action="{s.root}/dang-nhap" id="frmDangNhap" autocomplete="off">
<input type="hidden" name="__RequestVerificationToken" value="CfDJ8Kq3v{SID}x7Yt2mQ">
<input type="hidden" name="returnUrl" value="{ret}"><input type="hidden" name="loaiTK" value="gv">
<div class="form-group"><input type="text" name="TenDangNhap" class="form-control" placeholder="Tên đăng nhập / Số điện thoại"></div>
<div class="form-group"><input type="password" name="MatKhau" class="form-control" placeholder="Mật khẩu"></div>
<label><input type="checkbox" name="GhiNho" value="true"> Ghi nhớ</label>
<button type="submit" class="btn btn-primary btn-sm">Đăng nhập</button> <a href="javascript:;" onclick="K12.QuenMatKhau()">Quên mật khẩu?</a>
</form></div></div>"""


def _sidebar(s: School, request: Request) -> str:
    if not s.full:
        return (_login_box(s, request)
                + '<div class="k12-portlet"><div class="pl-tieude"><span>Thống kê truy cập</span></div>'
                  '<div class="pl-nd">Đang online: 4<br>Hôm nay: 57<br>Tổng truy cập: 84.310</div></div>')
    notices = "".join(
        f'<li><a href="{apath(st.id)}">{title_text(st)}</a> <span class="ngay">({date_only(st)})</span></li>'
        for st in listing("tb")[:PAGE_SIZE]
    )
    most = "".join(
        f'<li><span class="so">{n}</span><a href="{short_path(i)}">{title_text(BY_ID[i])}</a></li>'
        for n, i in enumerate(MOST_READ, 1)
    )
    others = "".join(
        f'<li><a href="{other_path(code)}">{esc(o["title"])}</a> <em>– {esc(o["name"])}</em></li>'
        for code, o in OTHER_SCHOOLS.items()
    )
    return f"""{_login_box(s, request)}
<div class="k12-portlet pl-thongbao" id="pl_1043"><div class="pl-tieude"><span><i class="fa fa-bullhorn"></i> Thông báo</span></div>
<div class="pl-nd"><div id="k12-tb-marquee" data-direction="up" data-duration="9000"><ul>{notices}</ul></div></div></div>
<div class="k12-portlet" id="pl_1044"><div class="pl-tieude"><span>Đọc nhiều</span></div><div class="pl-nd"><ul class="ds-docnhieu">{most}</ul></div></div>
<div class="k12-portlet" id="pl_1050"><div class="pl-tieude"><span>Liên kết website</span></div><div class="pl-nd">
<select class="form-control" onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://quangngai.edu.vn">Sở GDĐT Quảng Ngãi</option>
<option value="https://thisinh.thithptquocgia.edu.vn">Hệ thống thi THPT</option></select>
<a href="https://sll.k12online.vn/" target="_blank" rel="nofollow"><img src="/Content/k12/images/banner-sll.png" alt="Sổ liên lạc điện tử" class="img-responsive" style="margin-top:8px"></a></div></div>
<div class="k12-portlet" id="pl_1061"><div class="pl-tieude"><span>Thăm dò ý kiến</span></div><div class="pl-nd">
<form method="post" action="{s.root}/binh-chon" id="frmBinhChon"><p>Bạn đánh giá thế nào về website nhà trường?</p>
<label><input type="radio" name="PhuongAn" value="1"> Rất hữu ích</label><br><label><input type="radio" name="PhuongAn" value="2"> Hữu ích</label><br>
<label><input type="radio" name="PhuongAn" value="3"> Bình thường</label><br><input type="hidden" name="IdBinhChon" value="7">
<button type="submit" class="btn btn-xs btn-success">Bình chọn</button> <a href="javascript:;" onclick="K12.KetQuaBinhChon(7)">Xem kết quả</a></form></div></div>
<div class="k12-portlet" id="pl_1070"><div class="pl-tieude"><span>Thống kê truy cập</span></div><div class="pl-nd k12-thongke">
<p><i class="fa fa-circle" style="color:#2ecc71"></i> Đang online: <b>23</b></p><p>Hôm nay: <b>412</b></p><p>Hôm qua: <b>587</b></p><p>Tổng truy cập: <b>1.284.517</b></p></div></div>
<div class="k12-portlet" id="pl_1088"><div class="pl-tieude"><span>Tin từ các trường cùng hệ thống</span></div><div class="pl-nd"><ul class="ds-tinht">{others}</ul></div></div>"""


def layout(request: Request, *, head_title: str, main: str, crumbs: list[tuple[str, str | None]] | None = None,
           school: School = TQT, desc: str | None = None) -> str:
    base = base_url(request)
    r = school.root
    crumb_html = ""
    if crumbs:
        items = [f'<li><a href="{r}/"><i class="fa fa-home"></i> Trang chủ</a></li>']
        for n, (label, href) in enumerate(crumbs):
            cls = ' class="active"' if n == len(crumbs) - 1 else ""
            items.append(f'<li{cls}><a href="{href or "javascript:;"}">{esc(label)}</a></li>')
        crumb_html = '<ol class="k12-dd breadcrumb">' + "".join(items) + "</ol>"
    desc_meta = f'<meta name="description" content="{esc(desc)}">' if desc else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(head_title)}</title>
{desc_meta}
<meta name="keywords" content="{esc(school.name)}, trường học, giáo dục, K12Online">
<meta property="og:type" content="website">
<meta property="og:title" content="{esc(school.name)} - Quảng Ngãi">
<meta property="og:url" content="{base}{r}/">
<meta property="og:image" content="{base}/Content/k12/images/og-truong-hoc.jpg">
<link rel="canonical" href="{base}{r}/">
<link rel="shortcut icon" href="/Content/k12/images/favicon.ico">
<link rel="stylesheet" href="/Content/k12/css/bootstrap.min.css?v=3.3.7">
<link rel="stylesheet" href="/Content/k12/css/font-awesome.min.css">
<link rel="stylesheet" href="/Content/k12/css/web-truong.css?v=20261102">
<script src="/Scripts/jquery-1.12.4.min.js"></script>
<script src="/Scripts/vue-2.6.14.min.js"></script>
</head>
<body class="k12-web theme-xanh-duong">
<div id="k12-top"><div class="container"><span class="k12-ngay"><i class="fa fa-calendar"></i> {TODAY_LINE}</span>
<span class="k12-namhoc">Năm học 2026 - 2027</span>
<span class="pull-right"><a href="{r}/dang-nhap" rel="nofollow"><i class="fa fa-sign-in"></i> Đăng nhập</a> | <a href="https://www.facebook.com/thpttranquoctuan.qngai" target="_blank">Fanpage</a></span></div></div>
<div id="k12-header"><div class="container"><a href="{r}/" class="k12-logo"><img src="/upload/{SID}/logo/logo-truong.png" alt="Logo"></a>
<div class="k12-ten"><div class="k12-capso">SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG NGÃI</div><h1 class="ten-truong">{esc(school.name.upper())}</h1></div>
<form class="k12-timkiem" method="get" action="{r}/tim-kiem"><input type="text" name="tukhoa" placeholder="Nhập từ khóa tìm kiếm..."><button type="submit"><i class="fa fa-search"></i></button></form>
</div></div>
{_menu(school)}
<div id="k12-body"><div class="container"><div class="row">
<div class="col-md-9 col-sm-8" id="k12-main">
{crumb_html}
{main}
</div>
<div class="col-md-3 col-sm-4" id="k12-right">
{_sidebar(school, request)}
</div>
</div></div></div>
<div id="k12-footer"><div class="container"><div class="row">
<div class="col-md-8"><p class="ft-ten"><b>{esc(school.name.upper())}</b></p>
<p><i class="fa fa-map-marker"></i> Địa chỉ: {esc(school.addr)}</p>
<p><i class="fa fa-phone"></i> Điện thoại: {school.phone} - <i class="fa fa-envelope"></i> Email: {school.email}</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng nhà trường</p></div>
<div class="col-md-4 text-right"><p>© 2026 Bản quyền thuộc về {esc(school.name)}.</p>
<p>Thiết kế và phát triển bởi <a href="https://k12online.vn" target="_blank" rel="nofollow">K12Online</a> - Hệ thống quản lý trường học trực tuyến</p></div>
</div></div></div>
<a href="javascript:;" id="k12-len-dau" title="Lên đầu trang"><i class="fa fa-angle-up"></i></a>
<script src="/Scripts/bootstrap.min.js"></script>
<script src="/Scripts/jquery.lazyload.min.js"></script>
<script src="/Scripts/jquery.marquee.min.js"></script>
<script src="/Scripts/owl.carousel.min.js"></script>
<script src="/Scripts/k12.web-truong.js?v=20261102"></script>
<script>
var K12 = K12 || {{}};
K12.Config = {json.dumps({"MaTruong": school.code, "IdTruong": SID, "NamHoc": "2026-2027", "ApiUrl": f"{r}/api/"})};
function inBaiViet() {{ window.open(location.pathname + '?in=1', '_blank', 'width=860,height=640,scrollbars=yes'); }}
$(function () {{ $('img.lazy').lazyload({{ effect: 'fadeIn', threshold: 200 }}); $('#k12-tb-marquee').marquee(); }});
</script>
</body>
</html>"""


# --- page bodies ----------------------------------------------------------------------------


def _list_items(stories: list[Story]) -> str:
    out = []
    for s in stories:
        out.append(
            f"""<div class="dstin-item clearfix">
<a class="dstin-anh" href="{apath(s.id)}"><img src="{thumb(s)}" alt="{esc(s.title)}" onerror="this.src='/Content/k12/images/no-image.png'"></a>
<div class="dstin-nd"><a class="dstin-ten" href="{apath(s.id)}">{title_text(s)}</a>
<div class="dstin-ngay"><i class="fa fa-calendar"></i> {date_only(s)}</div>
<div class="dstin-mota">{esc(excerpt(s))}</div></div></div>"""
        )
    return "\n".join(out)


def page_home(request: Request) -> str:
    slides = "".join(
        f'<div class="item"><a href="{short_path(i)}"><img src="{thumb(BY_ID[i]).replace("_300x200", "_820x460")}" alt="">'
        f'<span class="owl-cap">{title_text(BY_ID[i])}</span></a></div>'
        for i in SLIDER
    )
    new = latest(5)
    first, rest = new[0], new[1:]
    news = (
        f'<div class="tinmoi-lon"><a href="{apath(first.id)}"><img src="{thumb(first)}" alt=""></a>'
        f'<a class="ten" href="{apath(first.id)}">{title_text(first)}</a><p>{esc(excerpt(first))}</p></div><ul class="tinmoi-ds">'
        + "".join(f'<li><a href="{apath(s.id)}">{title_text(s)}</a> <span>{date_only(s)}</span></li>' for s in rest)
        + "</ul>"
    )
    boxes = ""
    for key in ("doan", "cm", "tb"):
        c = CATS[key]
        items = "".join(
            f'<li><a href="{apath(s.id)}">{title_text(s)}</a> <span class="ngay">{date_only(s)}</span></li>'
            for s in listing(key)[:PAGE_SIZE]
        )
        boxes += (f'<div class="col-md-6"><div class="k12-hop"><div class="hop-tieude"><a href="{c["path"]}">{esc(c["name"])}</a>'
                  f'<a class="xemtat" href="{c["path"]}">Xem tất cả »</a></div><ul>{items}</ul></div></div>')
    vue = (
        f'<div class="k12-hop" id="vue-lct" data-api="{R}/api/lich-cong-tac?tuan=49" v-cloak>'
        '<div class="hop-tieude">Lịch công tác tuần 49 (30/11 - 06/12/2026)</div>'
        '<p v-if="dangTai">Đang tải lịch công tác...</p>'
        '<table v-else class="table table-condensed"><tr v-for="d in ds"><td>{{ d.Thu }}</td><td>{{ d.NoiDung }}</td></tr></table></div>'
        "<script>new Vue({ el: '#vue-lct', data: { ds: [], dangTai: true }, mounted: function () { var vm = this;"
        " $.getJSON($(this.$el).data('api'), function (r) { vm.ds = r.Data; vm.dangTai = false; }); } });</script>"
    )
    media = (
        f'<div class="k12-hop"><div class="hop-tieude"><a href="{R}/thu-vien-anh">Thư viện ảnh</a></div>'
        f'<a href="{ALBUM_PATH}"><img src="/upload/{SID}/album/41/anh-bia_300x200.jpg" alt=""> Hội thao Giáo dục quốc phòng và an ninh năm học 2026 - 2027</a></div>'
        f'<div class="k12-hop"><div class="hop-tieude"><a href="{R}/video">Video</a></div>'
        f'<a href="{VIDEO_PATH}"><img src="/upload/{SID}/video/17/thumb.jpg" alt=""> Tiết mục “Người thầy” - Chi đoàn 12A3</a></div>'
    )
    main = f"""<div class="k12-hop k12-slider"><div class="hop-tieude">Tin nổi bật</div><div class="owl-carousel" id="owlNoiBat">{slides}</div></div>
<div class="k12-hop"><div class="hop-tieude"><a href="{CATS['tt']['path']}">Tin mới nhất</a></div>{news}</div>
<div class="row">{boxes}</div>
{vue}
{media}"""
    return layout(request, head_title=f"{SCHOOL} - Trang chủ", main=main,
                  desc="Website Trường THPT Trần Quốc Tuấn, tỉnh Quảng Ngãi")


def _pager_links(base: str, page: int, pages: int) -> str:
    parts = []
    if page > 1:
        prev = base if page == 2 else f"{base}?trang={page - 1}"
        parts.append(f'<li><a href="{base}" title="Trang đầu">«</a></li><li><a href="{prev}">‹</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<li class="active"><span>{n}</span></li>')
        else:
            href = base if n == 1 else f"{base}?trang={n}"
            parts.append(f'<li><a href="{href}">{n}</a></li>')
    if page < pages:
        parts.append(f'<li><a href="{base}?trang={page + 1}">›</a></li><li><a href="{base}?trang={pages}" title="Trang cuối">»</a></li>')
    return f'<div class="k12-phantrang"><ul class="pagination pagination-sm">{"".join(parts)}</ul><span class="pt-tong">Trang {page}/{pages}</span></div>'


def _pager_form(base: str, page: int, pages: int) -> str:
    links = "".join(
        f'<a href="javascript:void(0)" onclick="K12.PhanTrang(\'ThongBao\', {n})"{" class=act" if n == page else ""}>{n}</a> '
        for n in range(1, pages + 1)
    )
    options = "".join(f'<option value="{n}"{" selected" if n == page else ""}>{n}</option>' for n in range(1, pages + 1))
    return (f'<div class="pt-tb" id="ptThongBao">{links}'
            f'<form method="get" action="{base}" id="frmTrang" style="display:inline">Đến trang '
            f'<select name="trang" onchange="this.form.submit()">{options}</select>'
            f'<noscript><button type="submit">Đi</button></noscript></form> <span>({pages} trang)</span></div>')


def page_listing(request: Request, key: str) -> str:
    c = CATS[key]
    stories = listing(key)
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    try:
        page = int(request.params.get("trang", "1") or 1)
    except ValueError:
        page = 1
    page = max(1, page)
    chunk = stories[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    items = _list_items(chunk) if chunk else '<p class="k12-trong">Không có dữ liệu.</p>'
    pager = _pager_form(c["path"], page, pages) if key == "tb" else _pager_links(c["path"], page, pages)
    crumbs = [(c["parent"], None), (c["name"], c["path"])] if c["parent"] else [(c["name"], c["path"])]
    main = f'<div class="k12-dstin"><div class="dstin-tieude"><h2>{esc(c["name"])}</h2></div>{items}{pager}</div>'
    suffix = f" - Trang {page}" if page > 1 else ""
    return layout(request, head_title=f"{c['name']}{suffix} | {SCHOOL}", main=main, crumbs=crumbs)


def _others(story: Story) -> str:
    key = story.cat
    # the vendor's "Các tin khác" is the category's newest page minus the article itself
    items = [s for s in listing(key)[:PAGE_SIZE] if s.id != story.id]
    if not items:
        return ""
    lis = "".join(f'<li><a href="{apath(s.id)}">{title_text(s)}</a> <span class="ngay">({date_only(s)})</span></li>' for s in items)
    return f'<div class="k12-cactinkhac"><div class="ctk-tieude"><span>Các tin khác</span></div><ul>{lis}</ul></div>'


def _article_block(request: Request, story: Story) -> str:
    dt = posted_dt(story)
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="ctbv-mota"><strong>{_enc(story, story.summary)}</strong></div>'
    updated = ""
    if story.opts.get("updated"):
        updated = f'<div class="ctbv-capnhat"><em>Cập nhật lần cuối: {story.opts["updated"]}</em></div>'
    attach = ""
    if story.opts.get("attach"):
        href, name, size = story.opts["attach"]
        attach = (f'<div class="ctbv-dinhkem"><b><i class="fa fa-paperclip"></i> Tệp đính kèm:</b> '
                  f'<a href="{href}" target="_blank"><i class="fa fa-file-pdf-o"></i> {esc(name)}</a> ({size})</div>')
    tags = ""
    if story.opts.get("tags"):
        tags = ('<div class="ctbv-tukhoa"><i class="fa fa-tags"></i> Từ khóa: '
                + ", ".join(f'<a href="{R}/tag/{slug}">{esc(label)}</a>' for slug, label in story.opts["tags"]) + "</div>")
    share = quote(base_url(request) + apath(story.id), safe="")
    return f"""<div class="k12-ctbv" id="ctbv_{story.id}">
<div class="ctbv-tieude">{title_text(story)}</div>
<div class="ctbv-info"><span class="nd"><i class="fa fa-user"></i> {esc(story.opts["account"])}</span>
<span class="ng"><i class="fa fa-calendar"></i> {weekday(dt)}, {story.opts["posted"]}</span>
<span class="lx"><i class="fa fa-eye"></i> {story.views()}</span></div>
<div class="ctbv-congcu"><a href="javascript:;" onclick="K12.CoChu(-1)">A-</a> <a href="javascript:;" onclick="K12.CoChu(0)">A</a> <a href="javascript:;" onclick="K12.CoChu(1)">A+</a>
| <a href="javascript:void(0)" onclick="inBaiViet()"><i class="fa fa-print"></i> In bài</a>
| <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="nofollow"><i class="fa fa-facebook"></i> Chia sẻ</a>
| <a href="https://sp.zalo.me/share_inline?u={share}" target="_blank" rel="nofollow">Zalo</a></div>
{sapo}
<div class="ctbv-noidung" id="noidung_{story.id}">
{render_body(story)}
</div>
{updated}
{attach}
{tags}
<div class="ctbv-danhgia">Đánh giá bài viết: <span class="sao">★★★★☆</span> (4,{story.id % 10}/5 - {story.id % 23 + 5} lượt)</div>
<div class="fb-comments" data-href="{base_url(request)}{apath(story.id)}" data-width="100%" data-numposts="5"></div>
</div>"""


def page_article(request: Request, story: Story) -> str:
    c = CATS[story.cat]
    crumbs = [(c["parent"], None), (c["name"], c["path"])] if c["parent"] else [(c["name"], c["path"])]
    main = _article_block(request, story) + _others(story)
    desc = story.opts.get("desc") or (story.summary if story.summary else None)
    return layout(request, head_title=f"{short_title(story.title)} | THPT Trần Quốc Tuấn", main=main, crumbs=crumbs, desc=desc)


def page_print(request: Request, story: Story) -> str:
    sapo = f'<p><b>{_enc(story, story.summary)}</b></p>' if story.summary and story.sapo_outside else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(story.title)}</title>
<link rel="stylesheet" href="/Content/k12/css/in-bai.css"></head>
<body onload="window.print()"><div class="in-dau">{esc(SCHOOL.upper())} - Website: {base_url(request)}{R}/</div>
<h2 class="in-tieude">{title_text(story)}</h2><p class="in-ngay">Ngày đăng: {story.opts["posted"]}</p>
{sapo}<div class="in-nd">{render_body(story)}</div></body></html>"""


def page_intro(request: Request) -> str:
    paras = [
        "Trường THPT Trần Quốc Tuấn được thành lập năm 1975, là một trong những trường trung học phổ thông có bề dày truyền thống của tỉnh Quảng Ngãi.",
        "Trải qua hơn 50 năm xây dựng và phát triển, nhà trường đã đào tạo hàng chục nghìn học sinh, nhiều thế hệ học sinh đã trưởng thành, trở thành cán bộ, nhà khoa học, doanh nhân đóng góp cho quê hương, đất nước.",
        "Năm học 2026 - 2027, nhà trường có 36 lớp với 1.452 học sinh; đội ngũ gồm 86 cán bộ, giáo viên, nhân viên, trong đó 32 giáo viên có trình độ thạc sĩ.",
        "Nhà trường được Chủ tịch nước tặng Huân chương Lao động hạng Ba (năm 2015) và nhiều Bằng khen của Thủ tướng Chính phủ, Bộ Giáo dục và Đào tạo.",
    ]
    body = "".join(f'<p style="text-align:justify">{esc(p)}</p>' for p in paras)
    main = f"""<div class="k12-ctbv" id="ctbv_gt1"><div class="ctbv-tieude">Lịch sử hình thành và phát triển Trường THPT Trần Quốc Tuấn</div>
<div class="ctbv-info"><span class="nd"><i class="fa fa-user"></i> tqt.quantri</span> <span class="ng"><i class="fa fa-calendar"></i> Thứ Năm, 15/08/2024 - 09:00</span> <span class="lx"><i class="fa fa-eye"></i> 9.874</span></div>
<div class="ctbv-noidung"><p style="text-align:center"><img src="/upload/{SID}/gioithieu/toan-canh-truong.jpg" alt="" style="width:640px"></p>{body}</div></div>"""
    return layout(request, head_title=f"Lịch sử phát triển | {SCHOOL}", main=main,
                  crumbs=[("Giới thiệu", None), ("Lịch sử phát triển", INTRO_PATH)])


def page_staff(request: Request) -> str:
    rows = [
        ("1", "Phạm Văn Thành", "Hiệu trưởng", "Thạc sĩ Quản lý giáo dục"),
        ("2", "Lê Thị Mai", "Phó Hiệu trưởng", "Thạc sĩ Toán học"),
        ("3", "Đỗ Quang Huy", "Phó Hiệu trưởng", "Thạc sĩ Vật lí"),
        ("4", "Nguyễn Thị Hồng Nhung", "Tổ trưởng Tổ Ngữ văn", "Thạc sĩ Văn học"),
        ("5", "Huỳnh Tấn Lực", "Tổ trưởng Tổ Toán - Tin", "Thạc sĩ Toán học"),
        ("6", "Trần Minh Đức", "Bí thư Đoàn trường", "Cử nhân Giáo dục chính trị"),
    ]
    trs = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    main = f"""<div class="k12-trang"><h2 class="trang-tieude">Đội ngũ cán bộ, giáo viên</h2>
<table class="table table-bordered"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Trình độ</th></tr></thead><tbody>{trs}</tbody></table>
<p>Tổng số: 86 cán bộ, giáo viên, nhân viên (cập nhật tháng 9/2026).</p></div>"""
    return layout(request, head_title=f"Đội ngũ cán bộ, giáo viên | {SCHOOL}", main=main,
                  crumbs=[("Giới thiệu", None), ("Đội ngũ cán bộ, giáo viên", STAFF_PATH)])


def page_contact(request: Request) -> str:
    main = f"""<div class="k12-trang"><h2 class="trang-tieude">Liên hệ</h2>
<p><b>{esc(SCHOOL.upper())}</b></p><p>Địa chỉ: Số 45 đường Lê Trung Đình, phường Cẩm Thành, tỉnh Quảng Ngãi</p>
<p>Điện thoại: 0255 3822 417 - Fax: 0255 3822 419</p><p>Email: c3tranquoctuan@quangngai.edu.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3870.2!2d108.79!3d15.12" width="100%" height="320" style="border:0" loading="lazy"></iframe>
<form method="post" action="{R}/lien-he" class="k12-frm-lienhe"><input type="text" name="HoTen" placeholder="Họ và tên"><input type="text" name="Email" placeholder="Email">
<textarea name="NoiDung" placeholder="Nội dung"></textarea><button type="submit">Gửi liên hệ</button></form></div>"""
    return layout(request, head_title=f"Liên hệ | {SCHOOL}", main=main, crumbs=[("Liên hệ", CONTACT_PATH)])


def page_docs(request: Request) -> str:
    rows = "".join(
        f'<tr><td>{d[1]}</td><td>{d[2]}</td><td><a href="{doc_path(did)}">{esc(d[3])}</a></td>'
        f'<td><a href="{up("files/vanban/" + d[6])}"><i class="fa fa-download"></i></a></td></tr>'
        for did, d in DOCS.items()
    )
    main = f"""<div class="k12-vanban"><h2 class="trang-tieude">Văn bản</h2>
<table class="table table-bordered table-striped"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return layout(request, head_title=f"Văn bản | {SCHOOL}", main=main, crumbs=[("Văn bản", f"{R}/van-ban")])


def page_doc(request: Request, did: int) -> str:
    _slug, number, day, subject, kind, signer, fname = DOCS[did]
    main = f"""<div class="k12-vanban-ct"><h2 class="trang-tieude">{esc(subject)}</h2>
<table class="table table-bordered"><tbody>
<tr><th style="width:30%">Số/Ký hiệu</th><td>{number}</td></tr><tr><th>Loại văn bản</th><td>{kind}</td></tr>
<tr><th>Ngày ban hành</th><td>{day}</td></tr><tr><th>Trích yếu</th><td>{esc(subject)}</td></tr>
<tr><th>Người ký</th><td>{signer}</td></tr><tr><th>Cơ quan ban hành</th><td>{esc(SCHOOL)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{up("files/vanban/" + fname)}"><i class="fa fa-file-pdf-o"></i> {fname}</a></td></tr>
</tbody></table></div>"""
    return layout(request, head_title=f"{short_title(subject)} | {SCHOOL}", main=main,
                  crumbs=[("Văn bản", f"{R}/van-ban")])


def page_albums(request: Request) -> str:
    main = f"""<div class="k12-album-ds"><h2 class="trang-tieude">Thư viện ảnh</h2>
<div class="row"><div class="col-md-4"><a href="{ALBUM_PATH}"><img src="/upload/{SID}/album/41/anh-bia_300x200.jpg" alt="" class="img-responsive">
<span>Hội thao Giáo dục quốc phòng và an ninh năm học 2026 - 2027</span></a> <em>(8 ảnh)</em></div></div></div>"""
    return layout(request, head_title=f"Thư viện ảnh | {SCHOOL}", main=main, crumbs=[("Thư viện ảnh", f"{R}/thu-vien-anh")])


def page_album(request: Request) -> str:
    pics = "".join(
        f'<div class="col-md-3 col-xs-6"><a href="/upload/{SID}/album/41/anh-{n:02d}.jpg" data-fancybox="album41">'
        f'<img src="/upload/{SID}/album/41/anh-{n:02d}_300x200.jpg" alt="" class="img-responsive"></a></div>'
        for n in range(1, 9)
    )
    main = f"""<div class="k12-album"><h2 class="trang-tieude">Hội thao Giáo dục quốc phòng và an ninh năm học 2026 - 2027</h2>
<p class="album-ngay">Ngày tạo: 04/12/2026 - 8 ảnh</p><div class="row">{pics}</div></div>"""
    return layout(request, head_title=f"Thư viện ảnh | {SCHOOL}", main=main,
                  crumbs=[("Thư viện ảnh", f"{R}/thu-vien-anh")])


def page_videos(request: Request) -> str:
    main = f"""<div class="k12-video-ds"><h2 class="trang-tieude">Video clip</h2>
<div class="row"><div class="col-md-4"><a href="{VIDEO_PATH}"><img src="/upload/{SID}/video/17/thumb.jpg" alt="" class="img-responsive">
<span>Tiết mục “Người thầy” - Chi đoàn 12A3</span></a></div></div></div>"""
    return layout(request, head_title=f"Video clip | {SCHOOL}", main=main, crumbs=[("Video clip", f"{R}/video")])


def page_video(request: Request) -> str:
    main = """<div class="k12-video"><h2 class="trang-tieude">Tiết mục “Người thầy” - Chi đoàn 12A3</h2>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/k12tqtNguoiThay" allowfullscreen></iframe></div>
<p>Tiết mục đạt giải Nhất đêm Chung kết Hội thi “Tiếng hát học đường” năm 2026. Lượt xem: 1.236</p></div>"""
    return layout(request, head_title=f"Video clip | {SCHOOL}", main=main, crumbs=[("Video clip", f"{R}/video")])


def page_tag(request: Request, slug: str) -> str | None:
    label = None
    stories = []
    for s in sorted(STORIES, key=posted_dt, reverse=True):
        for tslug, tlabel in s.opts.get("tags", []):
            if tslug == slug:
                label = tlabel
                stories.append(s)
    if not stories:
        return None
    main = f'<div class="k12-dstin"><div class="dstin-tieude"><h2>Từ khóa: {esc(label)}</h2></div>{_list_items(stories)}</div>'
    return layout(request, head_title=f"Từ khóa: {label} | {SCHOOL}", main=main, crumbs=[(f"Từ khóa: {label}", f"{R}/tag/{slug}")])


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.lower()).replace("đ", "d")
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def page_search(request: Request) -> str:
    q = request.params.get("tukhoa", "").strip()
    if not q:
        inner = '<p class="k12-trong">Vui lòng nhập từ khóa cần tìm.</p>'
    else:
        hits = [s for s in sorted(STORIES, key=posted_dt, reverse=True) if _fold(q) in _fold(s.title)]
        inner = (f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa “{esc(q)}”</p>" + _list_items(hits)) if hits else \
            f'<p class="k12-trong">Không tìm thấy kết quả nào cho từ khóa “{esc(q)}”.</p>'
    main = f'<div class="k12-dstin"><div class="dstin-tieude"><h2>Kết quả tìm kiếm</h2></div>{inner}</div>'
    return layout(request, head_title=f"Tìm kiếm | {SCHOOL}", main=main, crumbs=[("Tìm kiếm", f"{R}/tim-kiem")])


def page_login(request: Request) -> str:
    err = '<div class="alert alert-danger">Tên đăng nhập hoặc mật khẩu không đúng.</div>' if request.method == "POST" else ""
    main = f"""<div class="k12-dangnhap"><h2 class="trang-tieude">Đăng nhập hệ thống</h2>{err}
<p>Giáo viên, cha mẹ học sinh đăng nhập bằng tài khoản được nhà trường cấp trên hệ thống K12Online.</p></div>"""
    return layout(request, head_title=f"Đăng nhập | {SCHOOL}", main=main, crumbs=[("Đăng nhập", f"{R}/dang-nhap")])


def api_calendar() -> Response:
    data = {"Success": True, "Data": [
        {"Thu": "Thứ Hai 30/11", "NoiDung": "Chào cờ đầu tuần; họp Ban Giám hiệu"},
        {"Thu": "Thứ Tư 02/12", "NoiDung": "Sinh hoạt tổ chuyên môn"},
        {"Thu": "Thứ Sáu 04/12", "NoiDung": "Hội thao Giáo dục quốc phòng và an ninh"},
    ]}
    return Response(200, json.dumps(data, ensure_ascii=False).encode("utf-8"), {"Content-Type": "application/json; charset=utf-8"})


def other_school(request: Request, code: str, rest: str) -> Response | None:
    o = OTHER_SCHOOLS[code]
    s = School(code, o["name"], full=False, addr=o["addr"], phone=o["phone"], email=o["email"])
    art = f"tin-tuc/{o['id']}-{o['slug']}"
    if rest == "":
        main = (f'<div class="k12-dstin"><div class="dstin-tieude"><h2>Tin tức</h2></div><div class="dstin-item">'
                f'<a class="dstin-ten" href="{s.root}/{art}">{esc(o["title"])}</a><div class="dstin-ngay">{o["posted"].split(" - ")[0]}</div></div></div>')
        return html(layout(request, head_title=f"{o['name']} - Trang chủ", main=main, school=s))
    if rest == art:
        dt = datetime.strptime(o["posted"], "%d/%m/%Y - %H:%M")
        body = "".join(f'<p style="text-align:justify">{esc(p)}</p>' for p in o["paras"])
        main = (f'<div class="k12-ctbv"><div class="ctbv-tieude">{esc(o["title"])}</div>'
                f'<div class="ctbv-info"><span class="nd"><i class="fa fa-user"></i> quantri</span> '
                f'<span class="ng"><i class="fa fa-calendar"></i> {weekday(dt)}, {o["posted"]}</span></div>'
                f'<div class="ctbv-noidung">{body}<p style="text-align:right"><strong>BBT</strong></p></div></div>')
        return html(layout(request, head_title=f"{o['title']} | {o['name']}", main=main, school=s,
                           crumbs=[("Tin tức", None)]))
    return None


ROBOTS = """User-agent: *
Disallow: /truong/*/dang-nhap
Disallow: /truong/*/api/
Disallow: /Admin/
"""


_ARTICLE_RE = re.compile(rf"^{re.escape(R)}/(tin-tuc|thong-bao)/(\d+)(?:-([a-z0-9-]+))?$")
_DOC_RE = re.compile(rf"^{re.escape(R)}/van-ban/(\d+)-([a-z0-9-]+)$")
_TAG_RE = re.compile(rf"^{re.escape(R)}/tag/([a-z0-9-]+)$")
_OTHER_RE = re.compile(r"^/truong/([a-z0-9]+)(?:/(.*))?$")


class K12Site:
    """The school's site and its neighbours on the shared host."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            return Response(200, ROBOTS.encode(), {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith(("/upload/", "/Content/", "/Scripts/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == R:
            return redirect(f"{R}/", 301)
        if not path.startswith(f"{R}/"):
            m = _OTHER_RE.match(path)
            if m and m.group(1) in OTHER_SCHOOLS:
                if m.group(2) is None:
                    return redirect(f"/truong/{m.group(1)}/", 301)
                return other_school(request, m.group(1), m.group(2))
            return None
        if request.method == "POST":
            if path == f"{R}/dang-nhap":
                return html(page_login(request))
            if path in (f"{R}/binh-chon", CONTACT_PATH):
                return redirect(request.headers.get("Referer") or f"{R}/", 302)
            return None
        page = self.route(request)
        if page is None or isinstance(page, Response):
            return page
        return html(page)

    def route(self, request: Request) -> str | Response | None:
        path = request.path
        if path == f"{R}/":
            return page_home(request)
        for key, c in CATS.items():
            if path == c["path"]:
                return page_listing(request, key)
        m = _ARTICLE_RE.match(path)
        if m:
            kind, sid, slug = m.group(1), int(m.group(2)), m.group(3)
            story = BY_ID.get(sid)
            if story is None or SLUGS[sid][0] != kind:
                return None
            if slug is not None and slug != SLUGS[sid][1]:
                return redirect(apath(sid), 301)
            if request.params.get("in") == "1":
                return page_print(request, story)
            return page_article(request, story)
        simple = {
            INTRO_PATH: page_intro, STAFF_PATH: page_staff, CONTACT_PATH: page_contact,
            f"{R}/van-ban": page_docs, f"{R}/thu-vien-anh": page_albums, ALBUM_PATH: page_album,
            f"{R}/video": page_videos, VIDEO_PATH: page_video, f"{R}/tim-kiem": page_search,
            f"{R}/dang-nhap": page_login,
        }
        if path in simple:
            return simple[path](request)
        m = _DOC_RE.match(path)
        if m and int(m.group(1)) in DOCS and DOCS[int(m.group(1))][0] == m.group(2):
            return page_doc(request, int(m.group(1)))
        m = _TAG_RE.match(path)
        if m:
            return page_tag(request, m.group(1))
        if path == f"{R}/api/lich-cong-tac":
            return api_calendar()
        return None


def build_site() -> K12Site:
    return K12Site()


# --- gold --------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    path = apath(story.id)
    return gold_record(
        story,
        path,
        CATS[story.cat]["name"],
        canonical_path=path,
        alt_paths=[short_path(story.id), f"{path}?in=1"],
    )


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    INTRO_PATH,
    STAFF_PATH,
    CONTACT_PATH,
    doc_path(318),
    doc_path(322),
    ALBUM_PATH,
    VIDEO_PATH,
]

__all__ = ["GOLD", "NAME", "NON_ARTICLES", "PLATFORM", "START_PATH", "build_site"]

"""Trường Mầm non Hoa Sen (thành phố Thái Nguyên): Joomla 4 + SP Page Builder 5, Helix-like template.

Platform
    Joomla 4.4 with the core com_content views (category blog, article, tags) under a JoomShaper
    Helix-Ultimate-like template (``#sp-top-bar``, ``#sp-header`` with ``sp-megamenu-parent``,
    ``#sp-page-title`` banner with the breadcrumbs, ``#sp-component`` / ``#sp-right`` columns with
    ``sp-module`` boxes, ``#sp-bottom`` and ``#sp-footer``). The home page and the intro page are
    SP Page Builder 5 pages (``sppb-section`` / ``sppb-row`` / ``sppb-addon-*``), the home page with
    an ``sppb-addon-articles`` card grid. One article is itself built with SP Page Builder.

URL scheme
    ``/``                                       home (SPPB page)
    ``/gioi-thieu``                             intro (SPPB page)                 NON_ARTICLE
    ``/lien-he``                                contact (com_contact)             NON_ARTICLE
    ``/tin-tuc`` (+ ``?start=6|12|18``)         blog of the parent category "Tin tức", all
                                                sub-categories included: 19 items, 2 leading
                                                + 4 intro per page, "Trang 1 / 4"
    ``/tin-tuc/<cat>`` (+ ``?start=6``)         blog of one category
    ``/tin-tuc/<cat>/<id>-<alias>``             article view
    ``/tags/<alias>``                           tag view (com_tags)
    ``/tim-kiem?q=…``                           smart search (no results, no links)
    ``/images/<folder>/<file>``                 images; ``/images/cong-khai/…pdf`` documents
    ``/index.php?option=com_content&view=article&id=N&catid=C&Itemid=101``  non-SEF article
    ``<article>?hitcount=0``                    the vote form's action (serves the article)

Categories: hoat-dong-nha-truong "Hoạt động nhà trường" (7 gold, 2 pages), nuoi-duong-cham-soc
"Nuôi dưỡng - Chăm sóc" (3 gold), thong-bao "Thông báo" (3 gold), cong-khai "Công khai" (3
document entries) and thu-vien-anh "Thư viện ảnh" (3 photo albums). The last two are Joomla
articles too, but a document entry and an album are not articles (README): NON_ARTICLES.

How each gold article is reached
    * the home page's "Tin tức - Sự kiện" cards: the 6 newest of hoat-dong + nuoi-duong
      (241, 240, 238, 236, 233, 231); "Thông báo" list: 239, 235;
    * the "Tin mới" sidebar module on every inner page: 241, 240, 239, 238, 236 as non-SEF
      ``/index.php?option=com_content&view=article…`` links; "Xem nhiều": the 5 most read;
    * the blogs, through the "Đọc thêm: …" buttons only (titles are not links, see trap 8):
      ``/tin-tuc`` pages 1–4, each category's blog; 219 (diễn tập PCCC) is only on page 2 of
      hoat-dong-nha-truong and page 3 of /tin-tuc (besides prev/next and a tag page);
      224 and 222 are not on the home page: page 3 of /tin-tuc or page 1 of their category;
    * the tag pages and the "pagenavigation" prev/next of every article (category order).

Page templates
    article: ``div.com-content-article.item-page`` → page heading ``<h1>Tin tức</h1>`` → headline
    ``<h2 itemprop="headline">`` → ``dl.article-info`` (Viết bởi, Danh mục cha, Danh mục, Ngày
    đăng, maybe Ngày tạo / Cập nhật lần cuối, Lượt xem) → vote stars + form (some) → full-article
    image ``figure.item-image`` (some) → ``div[itemprop=articleBody]`` → custom field
    "Ảnh hoạt động" gallery (some) → share bar → tags ``ul.tags`` → ``nav.pagenavigation``.

Traps (each with the gold it implies)
    1. Headline not in the h1. Every article inherits the "Tin tức" menu item's "Show Page
       Heading": ``<h1>Tin tức</h1>`` (and a ``<h2 class="sp-page-title-heading">Tin tức</h2>``
       banner) come before the real headline ``<h2 itemprop="headline">``. Gold title = the
       itemprop headline; ``<title>`` also carries it, with " - Trường Mầm non Hoa Sen".
    2. Joomla 4 media-field URLs: the full-article image and the intro thumbnails print
       ``src="/images/…/x.jpg#joomlaImage://local-images/…/x.jpg?width=1200&height=800"``. Gold
       image path = the path without the fragment (``/images/…/x.jpg``).
    3. Lazy-loaded gallery (JCH Optimize): the "Ảnh hoạt động" photos print
       ``src="data:image/svg+xml;base64,…"`` with the real path in ``data-src`` and again in a
       ``<noscript><img>``. Gold: each photo once, by its real path, in page order after the
       text's own photos; caption = the ``span.hs-mota`` line under it, None where there is none
       (the alt text and ``data-caption`` are not captions).
    4. Email cloaking: the content plugin replaces an address in the text with
       ``<joomla-hidden-mail first="…" last="…">Địa chỉ email này đang được bảo vệ…</joomla-hidden-mail>``
       (base64 attributes, a script writes the address). Gold body has the address as a reader
       sees it ("mnhoasen.tn@gmail.com"), not the protection message (article 228).
    5. Plugin tags left un-rendered after the J3→J4 upgrade: ``{gallery}2026/11/…{/gallery}`` and
       ``{jcomments on}`` are printed as paragraphs (article 229). Gold: not body.
    6. Text pasted from the school's Facebook page (article 236): lines are ``<div dir="auto">``,
       not ``<p>`` (each one a paragraph); typed emoji "🌸🌸🌸", "💐" are kept; fbcdn emoji
       pictures ``<img alt="👉">`` at line starts are bullets (no text, not images); the closing
       hashtag line "#MầmNonHoaSen #TriÂnThầyCô …" is not body (tags typed as text).
    7. A module loaded into the text (``{loadposition}``): "Tin cùng chuyên mục" sits inside
       ``articleBody`` after the last paragraph and BEFORE the signing unit (article 238); a
       "Xem thêm: <link>" line precedes it. Gold: neither is body; author = "Tổ chuyên môn Mẫu
       giáo" (a unit signing alone, after the module).
    8. Blogs with "Link Titles: No": item titles are plain ``<h2>``, only "Đọc thêm: …" buttons
       link. The short notice 235 has no read-more break, so every blog prints it WHOLE with no
       link to it at all (a listing that contains a complete article). Gold: the listing is not
       an article; 235's record is its own URL (reached by home, tag page, prev/next).
    9. Duplicates: the "Tin mới" module links non-SEF ``/index.php?option=com_content&view=
       article&id=…&catid=…&Itemid=101``; article 233's alias was renamed and the old URL
       ``/tin-tuc/hoat-dong-nha-truong/233-hoi-giang-giao-vien-gioi-cap-truong`` (linked from
       238's "Xem thêm") still serves it (200, no redirect, no canonical); the vote form's action
       is ``<article>?hitcount=0``. Gold: the SEF URL, the others in ``alt_paths``.
   10. Three dates in the info block of 233: "Ngày tạo" (10/11), "Ngày đăng" (13/11 14:30) and
       "Cập nhật lần cuối" (16/11). Gold = Ngày đăng. Dates print as "Thứ Sáu, 13 Tháng 11 2026
       14:30" (vi-VN DATE_FORMAT_LC2), the ``<time datetime>`` agrees.
   11. Official notice 239 (letterhead table, "Số: 86/TB-MNHS", "Thái Nguyên, ngày 28 tháng 11
       năm 2026", THÔNG BÁO / Về việc …, Nơi nhận, HIỆU TRƯỞNG … Nguyễn Thị Thanh Hương), posted
       "Ngày đăng" 30/11 16:45. Gold: published_at "2026-11-28", author the signer, letterhead /
       subject / closing not body.
   12. Bylines: the info block prints "Viết bởi: Quản trị viên" (the CMS account: nobody) except
       where the editor set an author alias ("Viết bởi: Hoàng Thị Minh Nguyệt", 236: the author);
       "Tin, ảnh: X" (241), "Tin: X - Ảnh: Y" (233), "Người viết: X - GV lớp Lá A2" (229),
       "Người viết: X (Nhân viên y tế)" (231), a unit alone (238, 224), "BBT" (219: nobody) with a
       photo whose only line is "Ảnh: Vũ Đức Mạnh" (photographer, caption None).
   13. Category: the info block prints "Danh mục cha: Tin tức" then "Danh mục: <child>"; the
       page heading and banner say "Tin tức". Gold category = the child category, as the
       breadcrumb prints it ("Trang chủ › Tin tức › Hoạt động nhà trường › …").
   14. Article 222 is built with SP Page Builder: its text is spread over several
       ``sppb-addon-text-block`` addons with ``sppb-addon-header`` headings (body paragraphs),
       a single-image addon whose caption is a centred italic text block, a button addon
       "Xem lịch khám sức khỏe …" and a side column call-to-action "Bố mẹ cần tư vấn dinh dưỡng?"
       (not body).
   15. Non-articles that look like articles: the intro page (long SPPB text), three "Công khai"
       document entries (article view, one line + a PDF link) and three photo albums (article
       view, one line + a gallery). NON_ARTICLES.

Gold decisions on ambiguous points
    * The gallery custom field "Ảnh hoạt động" is part of the article: its photos are gold
      images (after the text's photos); the field label is not body.
    * The full-article image (before the text) is the article's first image; its caption is the
      ``figcaption`` (None when the figure has none). Intro thumbnails (listings, home cards) are
      not the article's images unless the same file is printed on the article page.
    * The bold lead paragraph (241, 224) or bold-italic lead (233) is the summary; no other
      article has one.
    * Headings inside the text ("Các biểu hiện cần chú ý", SPPB header addons) are paragraphs;
      list items are paragraphs; table rows are paragraphs with cells joined by " | ".
    * "Nhà trường trân trọng thông báo./." in the notice is its last text paragraph.
    * A caption line that is only "Ảnh: X" gives the photographer, caption None.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime
from urllib.parse import parse_qs

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

NAME = "joomla4_sppagebuilder_blog_mamnon"
PLATFORM = "Joomla 4 + SP Page Builder 5 (com_content blog, Helix-like template)"
START_PATH = "/"

SITE = "Trường Mầm non Hoa Sen"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
EMAIL = "mnhoasen.tn@gmail.com"
ITEMID = 101
PER_PAGE = 6
LEADING = 2

#: alias -> (catid, name, description)
CATS: dict[str, tuple[int, str, str]] = {
    "hoat-dong-nha-truong": (
        9,
        "Hoạt động nhà trường",
        "Tin tức về các hoạt động giáo dục, ngày hội, hội thi của cô và trò nhà trường.",
    ),
    "nuoi-duong-cham-soc": (
        10,
        "Nuôi dưỡng - Chăm sóc",
        "Công tác nuôi dưỡng, chăm sóc sức khỏe và bảo đảm an toàn cho trẻ.",
    ),
    "thong-bao": (11, "Thông báo", "Thông báo của nhà trường tới phụ huynh và cán bộ, giáo viên."),
    "cong-khai": (12, "Công khai", "Thực hiện quy chế công khai đối với cơ sở giáo dục mầm non."),
    "thu-vien-anh": (13, "Thư viện ảnh", "Hình ảnh hoạt động của cô và trò Trường Mầm non Hoa Sen."),
}
CAT_ORDER = list(CATS)

TAGS: dict[str, tuple[int, str]] = {
    "ngay-hoi-cua-be": (3, "Ngày hội của bé"),
    "suc-khoe-tre-em": (4, "Sức khỏe trẻ em"),
    "chuyen-mon": (5, "Chuyên môn"),
    "an-toan-truong-hoc": (6, "An toàn trường học"),
    "tuyen-sinh": (7, "Tuyển sinh"),
}

_IMG = "/images/tin-tuc/2026"


def _gal(name: str, printed: str | None) -> Img:
    return Img(f"{_IMG}/anh-hoat-dong/{name}.jpg", printed, printed, "gallery")


# --- the stories ------------------------------------------------------------------------------

H1 = Story(
    241,
    "hoi-thi-be-khoe-be-ngoan-khoi-mau-giao-lon-nam-hoc-2026-2027",
    "Hội thi “Bé khỏe - Bé ngoan” khối Mẫu giáo lớn năm học 2026 - 2027",
    "hoat-dong-nha-truong",
    "2026-12-03T15:20:00+07:00",
    [
        Img(
            f"{_IMG}/12/be-khoe-be-ngoan-01.jpg",
            "Các đội thi khối Mẫu giáo lớn chụp ảnh lưu niệm cùng Ban giám khảo",
            "Các đội thi khối Mẫu giáo lớn chụp ảnh lưu niệm cùng Ban giám khảo",
            "full",
        ),
        P(
            "Sáng ngày 02/12/2026, Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khỏe - Bé ngoan” "
            "dành cho trẻ khối Mẫu giáo lớn nhằm đánh giá sự phát triển thể chất, kỹ năng vận động "
            "và tinh thần đoàn kết của trẻ 5 - 6 tuổi.",
            "bold",
        ),
        P(
            "Tham gia hội thi có 5 đội đến từ các lớp Lá A1, Lá A2, Lá A3, Lá A4 và Lá A5 với hơn "
            "150 bé. Đến dự và cổ vũ có đồng chí Nguyễn Thị Thanh Hương, Hiệu trưởng nhà trường, "
            "đại diện Ban đại diện cha mẹ trẻ em cùng đông đảo phụ huynh."
        ),
        P(
            "Hội thi gồm ba phần: đồng diễn thể dục buổi sáng, thi vận động “Ai nhanh hơn” và "
            "phần thi “Bé với an toàn giao thông”. Ở phần đồng diễn, các bé tự tin thể hiện bài tập "
            "với vòng, gậy và nơ theo nền nhạc “Em yêu trường em”, động tác đều, đẹp và khớp nhạc."
        ),
        Img(
            f"{_IMG}/12/be-khoe-be-ngoan-02.jpg",
            "Phần đồng diễn thể dục với vòng của lớp Lá A3",
            "Phần đồng diễn thể dục với vòng của lớp Lá A3",
            "p-em",
        ),
        P(
            "Phần thi vận động với các nội dung bò chui qua cổng, bật liên tục qua 5 vòng, chạy "
            "zích zắc qua 6 hộp và ném trúng đích đã mang lại nhiều tiếng cười. Các bé thi đấu hết "
            "mình, biết nhường nhịn, động viên bạn cùng đội."
        ),
        P(
            "Ở phần thi “Bé với an toàn giao thông”, trẻ trả lời câu hỏi về các biển báo quen "
            "thuộc, cách đội mũ bảo hiểm đúng và cách sang đường an toàn khi có người lớn đi cùng."
        ),
        P(
            "Kết thúc hội thi, Ban tổ chức trao giải Nhất cho lớp Lá A3, giải Nhì cho lớp Lá A1, "
            "giải Ba cho lớp Lá A2 và Lá A5, giải Khuyến khích cho lớp Lá A4. Hội thi là dịp để "
            "nhà trường đánh giá kết quả thực hiện chuyên đề “Phát triển vận động” trong học kỳ I."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Thu Trang</strong></p>'),
        _gal("bkbn-03", "Bé bật liên tục qua vòng"),
        _gal("bkbn-04", None),
        _gal("bkbn-05", "Đội lớp Lá A3 nhận giải Nhất"),
        _gal("bkbn-06", None),
    ],
    authors=["Lê Thu Trang"],
    photographers=["Lê Thu Trang"],
    summary=(
        "Sáng ngày 02/12/2026, Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khỏe - Bé ngoan” "
        "dành cho trẻ khối Mẫu giáo lớn nhằm đánh giá sự phát triển thể chất, kỹ năng vận động "
        "và tinh thần đoàn kết của trẻ 5 - 6 tuổi."
    ),
    opts={"up": "2026-12-03 15:20", "intro": 2, "vote": True, "tags": ["ngay-hoi-cua-be"]},
)

N1 = Story(
    240,
    "tuyen-truyen-phong-chong-benh-cum-mua-va-benh-tay-chan-mieng-cho-tre-mam-non",
    "Tuyên truyền phòng chống bệnh cúm mùa và bệnh tay chân miệng cho trẻ mầm non",
    "nuoi-duong-cham-soc",
    "2026-12-02T10:30:00+07:00",
    [
        Img(f"{_IMG}/12/phong-benh-mua-dong.jpg", None, None, "full"),
        P(
            "Thời tiết chuyển mùa, nhiệt độ giữa ngày và đêm chênh lệch lớn là điều kiện thuận lợi "
            "cho các bệnh đường hô hấp và bệnh truyền nhiễm phát triển, đặc biệt ở trẻ nhỏ. Để chủ "
            "động phòng bệnh, nhà trường đề nghị các bậc phụ huynh lưu ý một số nội dung sau.",
            "just",
        ),
        P("Các biểu hiện cần chú ý", "h"),
        P("Trẻ sốt, ho, sổ mũi, đau họng, mệt mỏi, quấy khóc, bỏ ăn.", "li"),
        P(
            "Xuất hiện các nốt phỏng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông hoặc vết "
            "loét ở miệng.",
            "li",
        ),
        P(
            "Trẻ giật mình, chới với, ngủ li bì hoặc sốt cao không hạ: cần đưa trẻ đến cơ sở y tế "
            "ngay.",
            "li",
        ),
        P("Biện pháp phòng bệnh", "h"),
        P(
            "Rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch trước khi ăn, sau khi đi vệ sinh và "
            "khi đi học về.",
            "li",
        ),
        P("Giữ ấm cơ thể, cho trẻ ăn chín, uống chín, ăn đủ chất để tăng sức đề kháng.", "li"),
        P(
            "Tiêm vắc xin cúm mùa cho trẻ từ 6 tháng tuổi trở lên theo hướng dẫn của cơ sở tiêm "
            "chủng.",
            "li",
        ),
        P(
            "Không cho trẻ đến lớp khi đang sốt hoặc có biểu hiện nghi mắc bệnh; báo ngay cho giáo "
            "viên chủ nhiệm để nhà trường phối hợp khử khuẩn lớp học.",
            "li",
        ),
        P(
            "Nhà trường thực hiện lau rửa đồ chơi, sàn nhà, tay nắm cửa bằng dung dịch Cloramin B "
            "hằng ngày và theo dõi sức khỏe trẻ tại lớp. Mọi thông tin cần trao đổi, phụ huynh liên "
            "hệ trực tiếp nhân viên y tế của trường.",
            "just",
        ),
        Raw(
            '<p style="text-align: right;"><em>Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh Thái '
            "Nguyên</em></p>"
        ),
    ],
    source="Trung tâm Kiểm soát bệnh tật tỉnh Thái Nguyên",
    opts={"up": "2026-12-02 10:30", "intro": 1, "tags": ["suc-khoe-tre-em"]},
)

_LETTERHEAD = (
    '<table class="MsoNormalTable" style="width: 100%; border-collapse: collapse;" border="0">'
    "<tbody><tr>"
    '<td style="width: 40%; text-align: center; vertical-align: top;">'
    "PHÒNG GD&amp;ĐT TP THÁI NGUYÊN<br><strong>TRƯỜNG MẦM NON HOA SEN</strong><br>"
    "<span>Số: 86/TB-MNHS</span></td>"
    '<td style="width: 60%; text-align: center; vertical-align: top;">'
    "<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>"
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>"
    "<em>Thái Nguyên, ngày 28 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
)
_CLOSING = (
    '<table style="width: 100%;" border="0"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    '<span style="font-size: 10pt;">- CB, GV, NV nhà trường;<br>- Ban đại diện CMTE;<br>'
    "- Website trường;<br>- Lưu: VT.</span></td>"
    '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong>'
    "<br><br><em>(Đã ký)</em><br><br><strong>Nguyễn Thị Thanh Hương</strong></td>"
    "</tr></tbody></table>"
)

T1 = Story(
    239,
    "thong-bao-to-chuc-ngay-hoi-be-vui-don-giang-sinh-nam-2026",
    "Thông báo tổ chức Ngày hội “Bé vui đón Giáng sinh” năm 2026",
    "thong-bao",
    "2026-11-28",
    [
        Raw(_LETTERHEAD),
        Raw(
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
            '<p style="text-align: center;"><strong>Về việc tổ chức Ngày hội “Bé vui đón Giáng '
            "sinh” năm 2026</strong></p>"
        ),
        P(
            "Căn cứ kế hoạch năm học 2026 - 2027 của Trường Mầm non Hoa Sen; nhằm tạo cho trẻ không "
            "khí vui tươi, giúp trẻ hiểu thêm về ngày lễ Giáng sinh và các phong tục đón năm mới, "
            "nhà trường thông báo tổ chức Ngày hội “Bé vui đón Giáng sinh” như sau:",
            "just",
        ),
        P("1. Thời gian: từ 8 giờ 00 đến 10 giờ 30, thứ Năm ngày 24/12/2026.", "just"),
        P("2. Địa điểm: sân trường và các lớp học.", "just"),
        P(
            "3. Thành phần: toàn thể cán bộ, giáo viên, nhân viên và trẻ các lớp nhà trẻ, mẫu "
            "giáo; kính mời đại diện Ban đại diện cha mẹ trẻ em.",
            "just",
        ),
        P(
            "4. Nội dung: chương trình văn nghệ chào mừng; ông già Noel tặng quà cho trẻ; các lớp "
            "tổ chức trò chơi, làm thiệp và trang trí cây thông.",
            "just",
        ),
        P(
            "Đề nghị phụ huynh cho trẻ mặc trang phục màu đỏ, trắng hoặc xanh, đưa trẻ đến lớp "
            "trước 7 giờ 45. Quà tặng của trẻ (nếu có) phụ huynh ghi rõ tên, lớp và gửi giáo viên "
            "chủ nhiệm trước ngày 22/12/2026.",
            "just",
        ),
        P("Nhà trường trân trọng thông báo./.", "just"),
        Raw(_CLOSING),
    ],
    authors=["Nguyễn Thị Thanh Hương"],
    opts={"up": "2026-11-30 16:45", "intro": 3, "tags": ["ngay-hoi-cua-be"]},
)

H2 = Story(
    238,
    "chuyen-de-phat-trien-van-dong-cho-tre-qua-tro-choi-dan-gian",
    "Chuyên đề “Phát triển vận động cho trẻ qua trò chơi dân gian”",
    "hoat-dong-nha-truong",
    "2026-11-27T10:05:00+07:00",
    [
        P(
            "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 25/11/2026, Tổ chuyên môn Mẫu "
            "giáo Trường Mầm non Hoa Sen tổ chức chuyên đề “Phát triển vận động cho trẻ qua trò "
            "chơi dân gian” với sự tham gia của 32 giáo viên khối mẫu giáo."
        ),
        P(
            "Trò chơi dân gian như rồng rắn lên mây, mèo đuổi chuột, nhảy bao bố, kéo co hay ném "
            "còn không chỉ giúp trẻ rèn luyện sự nhanh nhẹn, khéo léo mà còn giúp trẻ hiểu thêm về "
            "văn hóa truyền thống của quê hương."
        ),
        Img(
            "/images/chuyen-mon/2026/11/tro-choi-dan-gian-1.jpg",
            "Tiết dạy minh họa của cô Trần Thị Ngọc Ánh với lớp Nhỡ B2",
            "Tiết dạy minh họa của cô Trần Thị Ngọc Ánh với lớp Nhỡ B2",
            "br",
        ),
        P(
            "Tại buổi chuyên đề, cô Trần Thị Ngọc Ánh, giáo viên lớp Nhỡ B2, thực hiện tiết dạy "
            "minh họa với trò chơi “Nhảy bao bố” và “Chi chi chành chành”. Trẻ hứng thú, tích cực "
            "tham gia, thuộc lời đồng dao và biết phối hợp cùng bạn."
        ),
        P(
            "Sau tiết dạy, các giáo viên thảo luận về cách lựa chọn trò chơi phù hợp với từng độ "
            "tuổi, cách chuẩn bị đồ dùng từ nguyên vật liệu sẵn có ở địa phương như ống tre, bao "
            "tải, vỏ hến và cách lồng ghép trò chơi vào hoạt động ngoài trời, hoạt động chiều."
        ),
        Img(
            "/images/chuyen-mon/2026/11/tro-choi-dan-gian-2.jpg",
            "Giáo viên thảo luận, chia sẻ kinh nghiệm sau tiết dạy",
            "Giáo viên thảo luận, chia sẻ kinh nghiệm sau tiết dạy",
            "table",
        ),
        P(
            "Phát biểu kết luận, đồng chí Phạm Thị Thu Hà, Phó Hiệu trưởng phụ trách chuyên môn, đề "
            "nghị mỗi lớp xây dựng “Góc trò chơi dân gian”, sưu tầm ít nhất 5 trò chơi mới và tổ "
            "chức cho trẻ chơi thường xuyên trong ngày."
        ),
        Raw("{xem_them}"),
        Raw("{loadposition}"),
        Raw('<p style="text-align: right;"><strong><em>Tổ chuyên môn Mẫu giáo</em></strong></p>'),
    ],
    authors=["Tổ chuyên môn Mẫu giáo"],
    opts={"up": "2026-11-27 10:05", "intro": 1, "tags": ["chuyen-mon"]},
)

H3 = Story(
    236,
    "soi-noi-cac-hoat-dong-chao-mung-ngay-nha-giao-viet-nam-20-11",
    "Sôi nổi các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "hoat-dong-nha-truong",
    "2026-11-20T08:00:00+07:00",
    [
        Img(
            f"{_IMG}/11/20-11-chao-mung.jpg",
            "Tập thể cán bộ, giáo viên, nhân viên nhà trường trong ngày 20/11",
            "Tập thể cán bộ, giáo viên, nhân viên nhà trường trong ngày 20/11",
            "full",
        ),
        P(
            "🌸🌸🌸 TRƯỜNG MẦM NON HOA SEN CHÀO MỪNG 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM 20/11/1982 - "
            "20/11/2026 🌸🌸🌸",
            "fb",
        ),
        P(
            "Trong không khí cả nước hướng tới ngày 20/11, cô và trò Trường Mầm non Hoa Sen đã có "
            "một tuần lễ thật nhiều ý nghĩa với những hoạt động tri ân thầy cô.",
            "fb",
        ),
        P(
            "Các bé khối Mẫu giáo tự tay làm thiệp, cắm hoa và vẽ tranh tặng cô giáo.",
            "fbimg",
        ),
        P(
            "Hội thi “Cô giáo tài năng” với phần thi trang phục áo dài, thuyết trình và năng khiếu "
            "đã để lại nhiều cảm xúc cho phụ huynh và các bé.",
            "fbimg",
        ),
        P(
            "Chương trình văn nghệ “Bông hoa tặng cô” do chính các bé và giáo viên biểu diễn sáng "
            "19/11 tại sân trường.",
            "fbimg",
        ),
        Img(f"{_IMG}/11/20-11-van-nghe.jpg", None, None, "none"),
        P(
            "Nhân dịp này, Ban đại diện cha mẹ trẻ em nhà trường đã đến thăm, tặng hoa chúc mừng "
            "tập thể cán bộ, giáo viên, nhân viên. Nhà trường cũng trao giấy khen cho 6 giáo viên "
            "có thành tích xuất sắc trong đợt thi đua.",
            "fb",
        ),
        P("💐 Chúc các thầy cô luôn mạnh khỏe, hạnh phúc và mãi yêu nghề mến trẻ! 💐", "fb"),
        Raw("{hashtags}"),
        _gal("20-11-01", "Bé tặng hoa cô giáo"),
        _gal("20-11-02", None),
        _gal("20-11-03", "Phần thi trang phục áo dài của giáo viên"),
    ],
    authors=["Hoàng Thị Minh Nguyệt"],
    opts={
        "up": "2026-11-20 08:00",
        "intro": 2,
        "by_alias": "Hoàng Thị Minh Nguyệt",
        "vote": True,
        "tags": ["ngay-hoi-cua-be"],
    },
)

T2 = Story(
    235,
    "lich-tiem-bo-sung-vac-xin-soi-rubella-cho-tre-tu-1-den-5-tuoi",
    "Lịch tiêm bổ sung vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi",
    "thong-bao",
    "2026-11-18T11:00:00+07:00",
    [
        P(
            "Thực hiện kế hoạch của Trạm Y tế phường Quang Trung, nhà trường thông báo lịch tiêm "
            "bổ sung vắc xin sởi - rubella (MR) cho trẻ từ 1 đến 5 tuổi như sau:"
        ),
        P("Thời gian: 7 giờ 30 đến 11 giờ 00, thứ Bảy ngày 28/11/2026.", "li"),
        P("Địa điểm: Trạm Y tế phường Quang Trung.", "li"),
        P("Phụ huynh mang theo sổ tiêm chủng hoặc giấy xác nhận tiêm chủng của trẻ.", "li"),
        P(
            "Trẻ đã tiêm đủ 2 mũi vắc xin có thành phần sởi sau 9 tháng tuổi thì không phải tiêm bổ "
            "sung. Phụ huynh cần tư vấn thêm xin liên hệ nhân viên y tế nhà trường."
        ),
    ],
    opts={
        "up": "2026-11-18 11:00",
        "readmore": False,
        "tags": ["suc-khoe-tre-em", "an-toan-truong-hoc"],
    },
)

H4 = Story(
    233,
    "hoi-giang-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    "Hội giảng giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    "hoat-dong-nha-truong",
    "2026-11-13T14:30:00+07:00",
    [
        Img(
            f"{_IMG}/11/hoi-giang-01.jpg",
            "Ban giám khảo dự giờ hoạt động âm nhạc lớp Lá A1",
            "Ban giám khảo dự giờ hoạt động âm nhạc lớp Lá A1",
            "full",
        ),
        P(
            "Từ ngày 02/11 đến ngày 12/11/2026, Trường Mầm non Hoa Sen tổ chức Hội giảng giáo viên "
            "dạy giỏi cấp trường năm học 2026 - 2027 với 18 giáo viên tham gia.",
            "bi",
        ),
        P(
            "Hội giảng là hoạt động chuyên môn thường niên nhằm tạo cơ hội để giáo viên trao đổi, "
            "học hỏi kinh nghiệm, đổi mới phương pháp tổ chức các hoạt động giáo dục theo hướng lấy "
            "trẻ làm trung tâm."
        ),
        P(
            "Mỗi giáo viên thực hiện hai hoạt động: một hoạt động học do giáo viên tự chọn và một "
            "hoạt động do Ban giám khảo bốc thăm trước 3 ngày. Các tiết dạy được chuẩn bị công phu, "
            "sử dụng đồ dùng trực quan sinh động và ứng dụng hiệu quả công nghệ thông tin."
        ),
        Img(
            f"{_IMG}/11/hoi-giang-02.jpg",
            "Cô Nguyễn Thu Trang lớp Bé C1 với hoạt động làm quen văn học: truyện “Thỏ con không "
            "vâng lời”",
            "Cô Nguyễn Thu Trang lớp Bé C1 với hoạt động làm quen văn học: truyện “Thỏ con không "
            "vâng lời”",
            "figure",
        ),
        P(
            "Nhiều tiết dạy được Ban giám khảo đánh giá cao như: hoạt động khám phá “Một số loại rau "
            "củ” của cô Lương Thị Hoa (lớp Nhỡ B1), hoạt động tạo hình “Làm bưu thiếp tặng cô” của "
            "cô Đinh Thị Kim Oanh (lớp Lá A4), hoạt động âm nhạc “Cô giáo miền xuôi” của cô Hoàng "
            "Thị Minh Nguyệt (lớp Lá A1)."
        ),
        P(
            "Kết quả, có 15 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 6 giáo "
            "viên xếp loại Tốt. Nhà trường lựa chọn 4 giáo viên tiêu biểu tham dự Hội thi giáo viên "
            "dạy giỏi cấp thành phố vào tháng 01/2027."
        ),
        Raw('<p style="text-align: right;"><strong>Tin: Phạm Thu Hà - Ảnh: Vũ Đức Mạnh</strong></p>'),
    ],
    authors=["Phạm Thu Hà"],
    photographers=["Vũ Đức Mạnh"],
    summary=(
        "Từ ngày 02/11 đến ngày 12/11/2026, Trường Mầm non Hoa Sen tổ chức Hội giảng giáo viên "
        "dạy giỏi cấp trường năm học 2026 - 2027 với 18 giáo viên tham gia."
    ),
    opts={
        "up": "2026-11-13 14:30",
        "created": "2026-11-10 07:52",
        "modified": "2026-11-16 09:12",
        "intro": 2,
        "vote": True,
        "old_slug": "hoi-giang-giao-vien-gioi-cap-truong",
        "tags": ["chuyen-mon"],
    },
)

N2 = Story(
    231,
    "kiem-tra-cong-tac-an-toan-ve-sinh-thuc-pham-tai-bep-an-ban-tru",
    "Kiểm tra công tác an toàn vệ sinh thực phẩm tại bếp ăn bán trú",
    "nuoi-duong-cham-soc",
    "2026-11-10T09:00:00+07:00",
    [
        P(
            "Ngày 06/11/2026, Đoàn kiểm tra liên ngành về an toàn thực phẩm thành phố Thái Nguyên "
            "đã kiểm tra công tác bảo đảm an toàn vệ sinh thực phẩm tại bếp ăn bán trú của Trường "
            "Mầm non Hoa Sen.",
            "just",
        ),
        P(
            "Đoàn đã kiểm tra hồ sơ pháp lý, hợp đồng cung cấp thực phẩm, sổ kiểm thực ba bước, "
            "việc lưu mẫu thức ăn 24 giờ và điều kiện vệ sinh khu vực sơ chế, chế biến, chia ăn.",
            "just",
        ),
        Img(
            "/images/nuoi-duong/2026/11/bep-an-01.jpg",
            "Đoàn kiểm tra làm việc tại khu vực chế biến của bếp ăn",
            "Đoàn kiểm tra làm việc tại khu vực chế biến của bếp ăn",
            "p-em",
        ),
        P("Kết quả kiểm tra cụ thể như sau:", "just"),
        P("TT | Nội dung kiểm tra | Kết quả", "tr"),
        P("1 | Hồ sơ, giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm | Đạt", "tr"),
        P("2 | Hợp đồng và nguồn gốc thực phẩm | Đạt", "tr"),
        P("3 | Sổ kiểm thực ba bước, lưu mẫu thức ăn | Đạt", "tr"),
        P("4 | Vệ sinh cá nhân của nhân viên nấu ăn | Đạt", "tr"),
        P(
            "Đoàn kiểm tra ghi nhận bếp ăn được bố trí theo nguyên tắc một chiều, dụng cụ chế biến "
            "thực phẩm sống và chín được để riêng biệt; 100% nhân viên nuôi dưỡng có giấy khám sức "
            "khỏe và chứng nhận tập huấn kiến thức an toàn thực phẩm.",
            "just",
        ),
        P(
            "Nhà trường tiếp thu ý kiến của đoàn về việc bổ sung lưới chắn côn trùng tại kho thực "
            "phẩm khô và sẽ hoàn thành trước ngày 20/11/2026.",
            "just",
        ),
        Raw(
            '<p style="text-align: right;">Người viết: <strong>Ngô Thị Phương</strong> (Nhân viên '
            "y tế)</p>"
        ),
    ],
    authors=["Ngô Thị Phương"],
    opts={
        "up": "2026-11-10 09:00",
        "intro": 2,
        "vote": True,
        "tags": ["suc-khoe-tre-em", "an-toan-truong-hoc"],
    },
)

H5 = Story(
    229,
    "be-trai-nghiem-mot-ngay-lam-nong-dan-tai-trang-trai-giao-duc-dong-xanh",
    "Bé trải nghiệm “Một ngày làm nông dân” tại Trang trại giáo dục Đồng Xanh",
    "hoat-dong-nha-truong",
    "2026-11-05T16:10:00+07:00",
    [
        Img(
            f"{_IMG}/11/dong-xanh-chinh.jpg",
            "Các bé khối Mẫu giáo lớn tại cổng Trang trại giáo dục Đồng Xanh",
            "Các bé khối Mẫu giáo lớn tại cổng Trang trại giáo dục Đồng Xanh",
            "full",
        ),
        P(
            "Nhằm giúp trẻ gần gũi với thiên nhiên và hiểu hơn về công việc của người nông dân, ngày "
            "04/11/2026, Trường Mầm non Hoa Sen tổ chức cho hơn 200 trẻ khối Mẫu giáo nhỡ và Mẫu "
            "giáo lớn tham gia chương trình trải nghiệm “Một ngày làm nông dân” tại Trang trại giáo "
            "dục Đồng Xanh, xã Phúc Xuân."
        ),
        P(
            "Đến với trang trại, các bé được tận tay gieo hạt, tưới rau, nhổ cà rốt, cho thỏ và gà "
            "ăn. Nhiều bé lần đầu được nhìn thấy cây lúa, con trâu và hào hứng đặt rất nhiều câu "
            "hỏi cho các cô chú hướng dẫn viên."
        ),
        Raw("<p>{gallery}2026/11/trai-nghiem-dong-xanh{/gallery}</p>"),
        P(
            "Buổi trưa, trẻ cùng cô giáo thưởng thức bữa cơm có rau củ do chính các bé thu hoạch. "
            "Buổi chiều, các bé tham gia trò chơi kéo co, bịt mắt bắt dê và làm đồ chơi từ rơm."
        ),
        P(
            "Chuyến đi đã để lại cho các bé nhiều kỷ niệm đáng nhớ. Qua hoạt động, trẻ thêm yêu lao "
            "động, biết quý trọng sản phẩm do người nông dân làm ra và mạnh dạn hơn trong giao tiếp."
        ),
        Raw(
            '<p style="text-align: right;"><em>Người viết: Đỗ Thị Lan Anh - GV lớp Lá A2</em></p>'
        ),
        Raw("<p>{jcomments on}</p>"),
        _gal("dong-xanh-01", "Bé tưới rau cùng hướng dẫn viên"),
        _gal("dong-xanh-02", None),
        _gal("dong-xanh-03", "Bữa trưa với rau củ bé tự thu hoạch"),
    ],
    authors=["Đỗ Thị Lan Anh"],
    opts={"up": "2026-11-05 16:10", "intro": 2, "tags": ["ngay-hoi-cua-be"]},
)

T3 = Story(
    228,
    "thong-bao-tuyen-sinh-bo-sung-tre-nha-tre-tu-18-den-24-thang-tuoi-nam-hoc-2026-2027",
    "Thông báo tuyển sinh bổ sung trẻ nhà trẻ từ 18 đến 24 tháng tuổi năm học 2026 - 2027",
    "thong-bao",
    "2026-11-03T08:20:00+07:00",
    [
        Img("/images/thong-bao/2026/tuyen-sinh-bo-sung.jpg", None, None, "full"),
        P(
            "Căn cứ tình hình thực tế về cơ sở vật chất và đội ngũ, Trường Mầm non Hoa Sen thông "
            "báo tuyển sinh bổ sung 25 trẻ nhà trẻ từ 18 đến 24 tháng tuổi (sinh từ tháng 11/2024 "
            "đến tháng 5/2025) vào học từ tháng 12/2026."
        ),
        P("Hồ sơ tuyển sinh gồm:", "h"),
        P("Đơn xin nhập học (theo mẫu của nhà trường);", "li"),
        P("Bản sao giấy khai sinh của trẻ;", "li"),
        P("Bản sao sổ tiêm chủng hoặc giấy xác nhận tiêm chủng.", "li"),
        P(
            "Thời gian nhận hồ sơ: từ ngày 05/11/2026 đến hết ngày 20/11/2026, trong giờ hành chính "
            "các ngày từ thứ Hai đến thứ Sáu."
        ),
        P(
            f"Hồ sơ nộp trực tiếp tại văn phòng nhà trường hoặc gửi bản chụp qua email {EMAIL}. Mọi "
            "thắc mắc xin liên hệ cô Nguyễn Thị Hằng, điện thoại 0912 468 357.",
            "mail",
        ),
        P(
            "Trẻ trúng tuyển được xếp lớp theo độ tuổi, được chăm sóc, nuôi dưỡng bán trú theo "
            "chương trình giáo dục mầm non của Bộ Giáo dục và Đào tạo."
        ),
    ],
    opts={"up": "2026-11-03 08:20", "intro": 1, "tags": ["tuyen-sinh"]},
)

H6 = Story(
    224,
    "hoi-thi-cam-hoa-nghe-thuat-chao-mung-ngay-phu-nu-viet-nam-20-10",
    "Hội thi cắm hoa nghệ thuật chào mừng Ngày Phụ nữ Việt Nam 20/10",
    "hoat-dong-nha-truong",
    "2026-10-22T09:30:00+07:00",
    [
        P(
            "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
            "20/10/2026), chiều 19/10/2026, Công đoàn Trường Mầm non Hoa Sen tổ chức Hội thi cắm "
            "hoa nghệ thuật dành cho cán bộ, giáo viên, nhân viên nữ.",
            "bold",
        ),
        P(
            "Hội thi có 6 đội tham gia, tương ứng với các tổ chuyên môn, tổ nuôi dưỡng và tổ văn "
            "phòng. Trong 45 phút, mỗi đội hoàn thành một tác phẩm theo chủ đề tự chọn và thuyết "
            "trình về ý nghĩa tác phẩm."
        ),
        Img(
            f"{_IMG}/10/cam-hoa-01.jpg",
            "Tác phẩm “Hương sắc Hoa Sen” của tổ Mẫu giáo lớn",
            "Tác phẩm “Hương sắc Hoa Sen” của tổ Mẫu giáo lớn",
            "p-em",
        ),
        P(
            "Các tác phẩm mang nhiều thông điệp ý nghĩa như “Mẹ là tất cả”, “Hương sắc Hoa Sen”, "
            "“Tri ân người phụ nữ Việt Nam”... Ban giám khảo đánh giá cao sự sáng tạo và khéo léo "
            "của các đội khi kết hợp hoa tươi với những vật liệu gần gũi như giỏ mây, nón lá, khung "
            "tre."
        ),
        P(
            "Kết quả, giải Nhất thuộc về tổ Mẫu giáo lớn, giải Nhì thuộc về tổ Nuôi dưỡng, hai giải "
            "Ba thuộc về tổ Nhà trẻ và tổ Mẫu giáo nhỡ."
        ),
        Raw('<p style="text-align: right;"><strong>Công đoàn Trường Mầm non Hoa Sen</strong></p>'),
    ],
    authors=["Công đoàn Trường Mầm non Hoa Sen"],
    summary=(
        "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
        "20/10/2026), chiều 19/10/2026, Công đoàn Trường Mầm non Hoa Sen tổ chức Hội thi cắm "
        "hoa nghệ thuật dành cho cán bộ, giáo viên, nhân viên nữ."
    ),
    opts={"up": "2026-10-22 09:30", "intro": 1},
)

N3 = Story(
    222,
    "kham-suc-khoe-dinh-ky-va-danh-gia-tinh-trang-dinh-duong-cho-tre-hoc-ky-i",
    "Khám sức khỏe định kỳ và đánh giá tình trạng dinh dưỡng cho trẻ học kỳ I",
    "nuoi-duong-cham-soc",
    "2026-10-16T14:00:00+07:00",
    [
        P(
            "Trong hai ngày 14 và 15/10/2026, Trường Mầm non Hoa Sen phối hợp với Trạm Y tế phường "
            "Quang Trung tổ chức khám sức khỏe định kỳ, cân đo và đánh giá tình trạng dinh dưỡng "
            "cho 486 trẻ của 16 nhóm, lớp."
        ),
        P("Khám sức khỏe tổng quát", "h"),
        P(
            "Các y, bác sĩ đã khám tai mũi họng, răng miệng, mắt, da liễu và tim phổi cho trẻ. Qua "
            "khám, phần lớn trẻ có sức khỏe tốt; một số trẻ bị sâu răng, viêm họng nhẹ đã được tư "
            "vấn và thông báo tới gia đình."
        ),
        Img(
            "/images/nuoi-duong/2026/10/kham-suc-khoe-01.jpg",
            "Bác sĩ Trạm Y tế phường khám răng miệng cho trẻ lớp Nhỡ B3",
            "Bác sĩ Trạm Y tế phường khám răng miệng cho trẻ lớp Nhỡ B3",
            "sppb",
        ),
        P("Cân đo và theo dõi biểu đồ tăng trưởng", "h"),
        P(
            "Giáo viên và nhân viên y tế cân đo cho trẻ, chấm biểu đồ tăng trưởng theo chuẩn của Tổ "
            "chức Y tế Thế giới. Kết quả có 96,3% trẻ phát triển cân nặng bình thường, 97,1% trẻ "
            "phát triển chiều cao bình thường; tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân giảm 0,8% so "
            "với đầu năm học."
        ),
        P(
            "Đối với trẻ suy dinh dưỡng và trẻ thừa cân, nhà trường xây dựng chế độ ăn và vận động "
            "phù hợp, đồng thời trao đổi với phụ huynh để phối hợp chăm sóc tại gia đình."
        ),
        Raw("{sppb_button}"),
    ],
    opts={"up": "2026-10-16 14:00", "intro": 1, "sppb": True, "tags": ["suc-khoe-tre-em"]},
)

H7 = Story(
    219,
    "dien-tap-phuong-an-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
    "Diễn tập phương án phòng cháy chữa cháy và cứu nạn, cứu hộ năm 2026",
    "hoat-dong-nha-truong",
    "2026-10-08T07:15:00+07:00",
    [
        P(
            "Chiều ngày 07/10/2026, Trường Mầm non Hoa Sen phối hợp với Đội Cảnh sát phòng cháy, "
            "chữa cháy và cứu nạn, cứu hộ khu vực thành phố tổ chức diễn tập phương án chữa cháy và "
            "cứu nạn, cứu hộ tại cơ sở."
        ),
        P(
            "Tình huống giả định xảy ra cháy tại khu vực bếp ăn do chập điện. Ngay khi phát hiện, "
            "nhân viên bếp hô hoán, ngắt cầu dao điện và dùng bình chữa cháy xách tay dập đám cháy "
            "ban đầu, đồng thời báo cho lực lượng chữa cháy tại chỗ."
        ),
        Img(f"{_IMG}/10/dien-tap-pccc-01.jpg", "Ảnh: Vũ Đức Mạnh", None, "credit"),
        P(
            "Các giáo viên nhanh chóng tổ chức sơ tán trẻ theo lối thoát nạn ra khu vực an toàn ở "
            "sân trường, kiểm đếm sĩ số và trấn an trẻ. Chỉ sau 4 phút, toàn bộ 486 trẻ và cán bộ, "
            "giáo viên đã được sơ tán an toàn."
        ),
        P(
            "Sau buổi diễn tập, cán bộ Cảnh sát phòng cháy, chữa cháy đã hướng dẫn giáo viên, nhân "
            "viên cách sử dụng bình chữa cháy, cách thoát khỏi đám khói và kỹ năng sơ cứu người bị "
            "bỏng."
        ),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
    ],
    photographers=["Vũ Đức Mạnh"],
    opts={"up": "2026-10-08 07:15", "intro": 1, "tags": ["an-toan-truong-hoc"]},
)

GOLD_STORIES = [H1, N1, T1, H2, H3, T2, H4, N2, H5, T3, H6, N3, H7]


# --- document entries and albums (article view, not articles) ---------------------------------


def _doc(sid: int, slug: str, title: str, up: str, line: str, pdf: str, size: str) -> Story:
    return Story(
        sid,
        slug,
        title,
        "cong-khai",
        None,
        [
            P(line),
            Raw(
                f'<p><span class="icon-file-pdf" aria-hidden="true"></span> Tải về: '
                f'<a href="/images/cong-khai/{pdf}" target="_blank">{pdf}</a> ({size})</p>'
            ),
        ],
        opts={"up": up, "intro": 1, "pdf": pdf},
    )


def _album(sid: int, slug: str, title: str, up: str, line: str, folder: str, n: int) -> Story:
    return Story(
        sid,
        slug,
        title,
        "thu-vien-anh",
        None,
        [
            P(line),
            *[
                Img(f"/images/thu-vien-anh/{folder}/anh-{k:02d}.jpg", None, None, "gallery")
                for k in range(1, n + 1)
            ],
        ],
        opts={"up": up, "intro": 1, "thumb": f"/images/thu-vien-anh/{folder}/anh-01.jpg"},
    )


D1 = _doc(
    234,
    "cong-khai-cam-ket-chat-luong-giao-duc-nam-hoc-2026-2027",
    "Công khai cam kết chất lượng giáo dục năm học 2026 - 2027",
    "2026-11-16 10:00",
    "Trường Mầm non Hoa Sen công khai cam kết chất lượng giáo dục năm học 2026 - 2027 (Biểu mẫu 01 "
    "theo Thông tư 09/2024/TT-BGDĐT).",
    "bieu-mau-01-cam-ket-chat-luong-2026-2027.pdf",
    "245 KB",
)
D2 = _doc(
    226,
    "cong-khai-tai-chinh-quy-iii-nam-2026",
    "Công khai tài chính quý III năm 2026",
    "2026-10-28 15:40",
    "Công khai tình hình thực hiện dự toán thu, chi ngân sách quý III năm 2026.",
    "cong-khai-tai-chinh-quy-3-2026.pdf",
    "312 KB",
)
D3 = _doc(
    218,
    "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
    "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
    "2026-10-05 09:00",
    "Kế hoạch giáo dục nhà trường năm học 2026 - 2027 đã được Hội đồng trường thông qua.",
    "ke-hoach-giao-duc-2026-2027.pdf",
    "1,2 MB",
)
AL1 = _album(
    237,
    "hinh-anh-ngay-hoi-tri-an-thay-co-20-11-2026",
    "Hình ảnh: Ngày hội tri ân thầy cô 20/11/2026",
    "2026-11-22 17:05",
    "Một số hình ảnh trong ngày hội tri ân thầy cô của cô và trò nhà trường.",
    "tri-an-20-11-2026",
    6,
)
AL2 = _album(
    227,
    "hinh-anh-le-ra-quan-an-toan-giao-thong-cho-nu-cuoi-tre-tho",
    "Hình ảnh: Lễ ra quân “An toàn giao thông cho nụ cười trẻ thơ”",
    "2026-11-01 10:15",
    "Hình ảnh Lễ ra quân hưởng ứng chương trình “An toàn giao thông cho nụ cười trẻ thơ”.",
    "atgt-2026",
    5,
)
AL3 = _album(
    221,
    "hinh-anh-hoat-dong-ngoai-troi-cua-cac-lop-nha-tre",
    "Hình ảnh: Hoạt động ngoài trời của các lớp nhà trẻ",
    "2026-10-12 16:30",
    "Các bé nhà trẻ vui chơi, khám phá thiên nhiên trong giờ hoạt động ngoài trời.",
    "ngoai-troi-nha-tre",
    6,
)

NON_ARTICLE_STORIES = [D1, D2, D3, AL1, AL2, AL3]
ALL = sorted([*GOLD_STORIES, *NON_ARTICLE_STORIES], key=lambda s: s.opts["up"], reverse=True)
BY_ID = {s.id: s for s in ALL}


# --- URLs and dates ---------------------------------------------------------------------------


def art_path(s: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{s.cat}/{s.id}-{slug or s.slug}"


def nonsef_path(s: Story) -> str:
    return (
        f"/index.php?option=com_content&view=article&id={s.id}&catid={CATS[s.cat][0]}"
        f"&Itemid={ITEMID}"
    )


def cat_path(alias: str | None, start: int = 0) -> str:
    path = "/tin-tuc" + (f"/{alias}" if alias else "")
    return path + (f"?start={start}" if start else "")


_THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _dt(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%d %H:%M")


def lc2(value: str) -> str:
    """vi-VN DATE_FORMAT_LC2 as the site prints it: "Thứ Năm, 03 Tháng 12 2026 15:20"."""
    dt = _dt(value)
    return f"{_THU[dt.weekday()]}, {dt.day:02d} Tháng {dt.month} {dt.year} {dt:%H:%M}"


def iso(value: str) -> str:
    return _dt(value).strftime("%Y-%m-%dT%H:%M:00+07:00")


def joomla_image(path: str, w: int, h: int) -> str:
    """A J4 media-field value printed raw: the path plus its ``#joomlaImage://`` adapter part."""
    local = path.removeprefix("/images/")
    return esc(f"{path}#joomlaImage://local-images/{local}?width={w}&height={h}")


def thumb(s: Story) -> str:
    return s.opts.get("thumb") or f"/images/anh-dai-dien/bai-{s.id}.jpg"


def cloak(email: str) -> str:
    """Joomla 4's email cloaking: base64 halves in attributes, the script writes the address."""

    def b64(value: str) -> str:
        return base64.b64encode(value.encode()).decode()

    user, domain = email.split("@")
    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{b64(user)}" last="{b64(domain)}" '
        f'text="{b64(email)}" base="" >Địa chỉ email này đang được bảo vệ khỏi chương trình spam, '
        "bạn cần kích hoạt JavaScript để xem nó.</joomla-hidden-mail>"
    )


_LAZY = "data:image/svg+xml;base64," + base64.b64encode(
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300"></svg>'
).decode()

_FB_EMOJI = (
    '<span class="html-span xexx8yu x4uap5 x18d9i69 xkhd6sd x1hl2dhg x16tdsg8 x1vvkbs x3nfvp2 '
    'x1j61x8r x1fcty0u xdj266r xat24cr xgzva0m xhhsvwb xxymvpz xlup9mm x1kky2od">'
    '<img height="16" width="16" alt="👉" referrerpolicy="origin-when-cross-origin" '
    'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png"></span> '
)


# --- the article text -------------------------------------------------------------------------


def _p(b: P) -> str:
    t = text(b.text)
    if b.style == "bold":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if b.style == "bi":
        return f"<p><strong><em>{t}</em></strong></p>"
    if b.style == "h":
        return f"<h4><strong>{t}</strong></h4>"
    if b.style == "just":
        return (
            '<p style="text-align: justify;"><span style="font-family: \'times new roman\', times; '
            f'font-size: 14pt;">{t}</span></p>'
        )
    if b.style == "fb":
        return f'<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a"><div dir="auto">{t}</div></div>'
    if b.style == "fbimg":
        return (
            '<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a"><div dir="auto">'
            f"{_FB_EMOJI}{t}</div></div>"
        )
    if b.style == "mail":
        before, after = b.text.split(EMAIL)
        return f"<p>{text(before)}{cloak(EMAIL)}{text(after)}</p>"
    return f"<p>{t}</p>"


def _img(b: Img) -> str:
    tag = f'<img src="{esc(b.src)}" alt="" width="800" height="533" loading="lazy">'
    cap = text(b.printed or "")
    if b.style in ("p-em", "credit"):
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><em>{cap}</em></p>'
        )
    if b.style == "br":
        return (
            f'<p style="text-align: center;">{tag}<br><em><span style="font-size: 10pt;">{cap}'
            "</span></em></p>"
        )
    if b.style == "figure":
        return f'<figure class="image">{tag}<figcaption>{cap}</figcaption></figure>'
    if b.style == "table":
        return (
            '<table class="hs-khung-anh" style="margin-left: auto; margin-right: auto; width: 90%;" '
            'border="0"><tbody><tr><td style="text-align: center;">'
            f'{tag}</td></tr><tr><td style="text-align: center;"><span style="color: #0000ff;">'
            f"<em>{cap}</em></span></td></tr></tbody></table>"
        )
    return f'<p style="text-align: center;">{tag}</p>'


def _raw(s: Story, r: Raw) -> str:
    if r.html == "{xem_them}":
        return (
            f'<p><em>Xem thêm:</em> <a href="{art_path(H4, H4.opts["old_slug"])}">Hội giảng giáo '
            "viên dạy giỏi cấp trường năm học 2026 - 2027</a></p>"
        )
    if r.html == "{loadposition}":
        others = [o for o in ALL if o.cat == s.cat and o.id != s.id][:4]
        items = "".join(
            f'<li><a class="mod-articles-category-title " href="{art_path(o)}">{esc(o.title)}</a>'
            f'<span class="mod-articles-category-date">{_dt(o.opts["up"]):%d/%m/%Y}</span></li>'
            for o in others
        )
        return (
            '<div class="moduletable hs-tin-cung-muc"><h3>Tin cùng chuyên mục</h3>'
            f'<ul class="mod-articlescategory category-module mod-list">{items}</ul></div>'
        )
    if r.html == "{hashtags}":
        return (
            '<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a"><div dir="auto">'
            '<a href="https://www.facebook.com/hashtag/m%E1%BA%A7mnonhoasen">#MầmNonHoaSen</a> '
            '<a href="https://www.facebook.com/hashtag/tri%C3%A2nth%E1%BA%A7yc%C3%B4">#TriÂnThầyCô</a> '
            '<a href="https://www.facebook.com/hashtag/20th%C3%A1ng11">#20Tháng11</a> '
            '<a href="https://www.facebook.com/hashtag/th%C3%A1inguy%C3%AAn">#TháiNguyên</a>'
            "</div></div>"
        )
    if r.html == "{sppb_button}":
        return _addon(
            "button",
            '<div class="sppb-button-wrapper"><a href="/tin-tuc/nuoi-duong-cham-soc" '
            'id="btn-1729087305613" class="sppb-btn sppb-btn-success sppb-btn-rounded">'
            '<i class="fas fa-notes-medical" aria-hidden="true"></i> Xem lịch khám sức khỏe '
            "năm học 2026 - 2027</a></div>",
            9,
        )
    return r.html


def classic_blocks(s: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append(
                    '<ul style="list-style-type: circle;">'
                    + "".join(f"<li>{text(x.text)}</li>" for x in group)
                    + "</ul>"
                )
            else:
                rows = []
                for k, x in enumerate(group):
                    cell = "th" if k == 0 else "td"
                    rows.append(
                        "<tr>"
                        + "".join(f"<{cell}>{text(c)}</{cell}>" for c in x.text.split(" | "))
                        + "</tr>"
                    )
                out.append(
                    '<table class="table table-bordered" style="width: 100%;" border="1"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            i = j
            continue
        if isinstance(b, P):
            out.append(_p(b))
        elif isinstance(b, Img):
            if b.style not in ("full", "gallery"):
                out.append(_img(b))
        else:
            out.append(_raw(s, b))
        i += 1
    return "\n".join(out)


def _addon(kind: str, inner: str, n: int) -> str:
    uid = 1729087305600 + n
    return (
        f'<div id="sppb-addon-wrapper-{uid}" class="sppb-addon-wrapper  addon-root-{kind}">'
        f'<div id="sppb-addon-{uid}" class="clearfix  "><div class="sppb-addon sppb-addon-{kind} ">'
        f"{inner}</div></div></div>"
    )


def sppb_blocks(s: Story) -> str:
    """Article text built with SP Page Builder: text blocks, header addons, an image addon."""
    main: list[str] = []
    run: list[str] = []
    n = 0

    def flush() -> None:
        nonlocal n
        if run:
            n += 1
            main.append(_addon("text-block", f'<div class="sppb-addon-content">{"".join(run)}</div>', n))
            run.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style == "h":
            flush()
            n += 1
            main.append(
                _addon("header", f'<h3 class="sppb-addon-title">{text(b.text)}</h3>', n).replace(
                    "sppb-addon-header ", "sppb-addon-header sppb-text-left "
                )
            )
        elif isinstance(b, P):
            run.append(f"<p>{text(b.text)}</p>")
        elif isinstance(b, Img):
            flush()
            n += 1
            main.append(
                _addon(
                    "single-image",
                    '<div class="sppb-addon-content"><div class="sppb-addon-single-image-container">'
                    f'<img class="sppb-img-responsive" src="{esc(b.src)}" alt="Image" '
                    'title="" width="900" height="600" loading="lazy"></div></div>',
                    n,
                )
            )
            n += 1
            main.append(
                _addon(
                    "text-block",
                    '<div class="sppb-addon-content"><p style="text-align: center;"><em>'
                    f"{text(b.printed or '')}</em></p></div>",
                    n,
                )
            )
        else:
            flush()
            main.append(_raw(s, b))
    flush()
    side = _addon(
        "cta",
        '<div class="sppb-cta-title-wrap"><h3 class="sppb-cta-title">Bố mẹ cần tư vấn dinh dưỡng?'
        '</h3></div><p class="sppb-cta-subtitle">Phòng y tế nhà trường luôn sẵn sàng hỗ trợ từ '
        "7h00 đến 17h00 các ngày trong tuần. Gọi ngay: 0208 3855 246</p>"
        '<a href="/lien-he" class="sppb-btn sppb-btn-warning sppb-btn-rounded">Đặt lịch tư vấn</a>',
        20,
    )
    return (
        '<div id="sp-page-builder" class="sp-page-builder sppb-article-page-wrapper">'
        '<div class="article-page-content"><section id="section-id-1729087305590" '
        'class="sppb-section "><div class="sppb-row-container"><div class="sppb-row">'
        '<div class="sppb-col-md-8  " id="column-wrap-id-1729087305591">'
        '<div id="column-id-1729087305591" class="sppb-column "><div class="sppb-column-addons">'
        + "\n".join(main)
        + '</div></div></div><div class="sppb-col-md-4  " id="column-wrap-id-1729087305592">'
        '<div id="column-id-1729087305592" class="sppb-column hs-cot-phu" style="background:#fff4e0">'
        f'<div class="sppb-column-addons">{side}</div></div></div>'
        "</div></div></section></div></div>"
    )


def body_html(s: Story) -> str:
    return sppb_blocks(s) if s.opts.get("sppb") else classic_blocks(s, s.blocks)


def intro_html(s: Story) -> str:
    """The intro text (before the read-more break) as the blogs print it."""
    if not s.opts.get("readmore", True):
        return classic_blocks(s, [b for b in s.blocks if not isinstance(b, Img) or b.style != "full"])
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style in ("full", "gallery"))]
    return classic_blocks(s, blocks[: s.opts.get("intro", 1)])


def gallery_html(s: Story, label: str = "Ảnh hoạt động") -> str:
    imgs = [b for b in s.blocks if isinstance(b, Img) and b.style == "gallery"]
    if not imgs:
        return ""
    cells = []
    for k, b in enumerate(imgs, 1):
        src = esc(b.src)
        mota = f'<span class="hs-mota">{text(b.printed)}</span>' if b.printed else ""
        cells.append(
            f'<div class="col-6 col-md-4 hs-album__o"><a href="{src}" data-fancybox="album-{s.id}" '
            f'data-caption="{esc(b.printed or s.title)}" class="hs-album__link">'
            f'<img src="{_LAZY}" data-src="{src}" class="jch-lazyload" alt="{esc(s.title)} - {k}" '
            f'width="400" height="300"><noscript><img src="{src}" alt="{esc(s.title)} - {k}" '
            f'width="400" height="300"></noscript></a>{mota}</div>'
        )
    return (
        '<div class="fields-container hs-truong-them"><div class="field-entry anh-hoat-dong">'
        f'<h3 class="field-label">{label}</h3><div class="field-value"><div class="hs-album row g-2">'
        + "".join(cells)
        + "</div></div></div></div>"
    )


# --- chrome -----------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    (
        "/gioi-thieu",
        "Giới thiệu",
        [
            ("/gioi-thieu", "Giới thiệu chung"),
            ("/gioi-thieu#doi-ngu", "Đội ngũ cán bộ, giáo viên"),
            ("/gioi-thieu#co-so-vat-chat", "Cơ sở vật chất"),
        ],
    ),
    (
        "/tin-tuc",
        "Tin tức",
        [(cat_path(a), CATS[a][1]) for a in ("hoat-dong-nha-truong", "nuoi-duong-cham-soc", "thong-bao")],
    ),
    ("/tin-tuc/cong-khai", "Công khai", []),
    ("/tin-tuc/thu-vien-anh", "Thư viện ảnh", []),
    ("/lien-he", "Liên hệ", []),
]


def _menu(active: str, offcanvas: bool = False) -> str:
    items = []
    for k, (href, label, children) in enumerate(_MENU):
        cls = "sp-menu-item" + (" sp-has-child" if children else "")
        if offcanvas:
            cls = f"item-{101 + k}" + (" deeper parent" if children else "")
        if href == active:
            cls += " current-item active"
        sub = ""
        if children:
            li = "".join(
                f'<li class="sp-menu-item"><a href="{h}">{esc(t)}</a></li>' for h, t in children
            )
            if offcanvas:
                sub = f'<span class="menu-toggler"></span><ul class="menu-child">{li}</ul>'
            else:
                sub = (
                    '<div class="sp-dropdown sp-dropdown-main sp-menu-right" style="width: 260px;">'
                    f'<div class="sp-dropdown-inner"><ul class="sp-dropdown-items">{li}</ul></div></div>'
                )
        items.append(f'<li class="{cls}"><a href="{href}">{esc(label)}</a>{sub}</li>')
    if offcanvas:
        return f'<ul class="menu">{"".join(items)}</ul>'
    return (
        '<ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">'
        + "".join(items)
        + "</ul>"
    )


def _crumbs(trail: list[tuple[str | None, str]]) -> str:
    out = [
        '<li class="mod-breadcrumbs__divider float-start"><span class="divider icon-location '
        'icon-fw" aria-hidden="true"></span></li>'
    ]
    for pos, (href, label) in enumerate(trail, 1):
        if href:
            inner = f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
            cls = "mod-breadcrumbs__item breadcrumb-item"
        else:
            inner = f'<span itemprop="name">{esc(label)}</span>'
            cls = "mod-breadcrumbs__item breadcrumb-item active"
        out.append(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
            f'class="{cls}">{inner}<meta itemprop="position" content="{pos}"></li>'
        )
    return (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Đường dẫn"><ol itemscope '
        'itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
        + "".join(out)
        + "</ol></nav>"
    )


def _sp_module(title: str, content: str, cls: str = "") -> str:
    return (
        f'<div class="sp-module {cls}"><h3 class="sp-module-title">{esc(title)}</h3>'
        f'<div class="sp-module-content">{content}</div></div>'
    )


def _sidebar() -> str:
    latest = [s for s in ALL if s.cat in ("hoat-dong-nha-truong", "nuoi-duong-cham-soc", "thong-bao")][:5]
    moi = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(nonsef_path(s))}" '
        f'itemprop="url"><span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in latest
    )
    popular = sorted(GOLD_STORIES, key=lambda s: s.views(), reverse=True)[:5]
    nhieu = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{art_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a> <small>({s.views()})</small></li>'
        for s in popular
    )
    poll = (
        '<form action="#" method="post" name="hs_binhchon" class="hs-binhchon">'
        "<p><strong>Phụ huynh đánh giá thế nào về bữa ăn bán trú của nhà trường?</strong></p>"
        '<div class="form-check"><input type="radio" name="voteid" id="v1" value="1"> '
        '<label for="v1">Rất hài lòng</label></div>'
        '<div class="form-check"><input type="radio" name="voteid" id="v2" value="2"> '
        '<label for="v2">Hài lòng</label></div>'
        '<div class="form-check"><input type="radio" name="voteid" id="v3" value="3"> '
        '<label for="v3">Cần cải thiện</label></div>'
        '<input type="submit" class="btn btn-primary btn-sm" value="Bình chọn"></form>'
    )
    links = (
        '<ul class="hs-lienket">'
        '<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://thainguyen.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Thái Nguyên</a></li>'
        '<li><a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener">CSDL ngành giáo dục</a></li>'
        '<li><a href="https://www.facebook.com/mamnonhoasen.tn" target="_blank" rel="noopener">'
        "Fanpage nhà trường</a></li></ul>"
    )
    return (
        '<aside id="sp-right" class="col-lg-3 "><div class="sp-column hs-cot-phai">'
        + _sp_module("Tin mới", f'<ul class="latestnews mod-list">{moi}</ul>', "hs-tinmoi")
        + _sp_module("Xem nhiều", f'<ul class="mostread mod-list">{nhieu}</ul>', "hs-xemnhieu")
        + _sp_module(
            "Video",
            '<div class="mod-custom custom"><p><a href="https://www.youtube.com/@mamnonhoasen" '
            'target="_blank"><img src="/images/banner/video-gioi-thieu.jpg" alt="Video giới thiệu '
            'nhà trường" width="300" height="170"></a></p></div>',
        )
        + _sp_module("Thăm dò ý kiến", poll, "hs-binhchon")
        + _sp_module("Liên kết website", links)
        + "</div></aside>"
    )


def _counter() -> str:
    return (
        '<div class="vinaora_visitors_counter"><ul class="hs-thongke">'
        '<li><span class="fas fa-user" aria-hidden="true"></span> Đang online: <b>17</b></li>'
        '<li><span class="fas fa-calendar-day" aria-hidden="true"></span> Hôm nay: <b>312</b></li>'
        '<li><span class="fas fa-calendar-week" aria-hidden="true"></span> Tuần này: <b>2.164</b></li>'
        '<li><span class="fas fa-chart-bar" aria-hidden="true"></span> Tổng truy cập: <b>1.254.367</b></li>'
        "</ul></div>"
    )


def layout(
    request: Request,
    *,
    title: str,
    main: str,
    active: str,
    view: str,
    banner: str | None = None,
    trail: list[tuple[str | None, str]] | None = None,
    sidebar: bool = True,
    description: str = "Trường Mầm non Hoa Sen - thành phố Thái Nguyên, tỉnh Thái Nguyên",
) -> Response:
    page_title = f"{banner}" if banner else ""
    title_section = ""
    if banner is not None:
        title_section = (
            '<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12 ">'
            '<div class="sp-column "><div class="sp-page-title"><div class="container">'
            f'<h2 class="sp-page-title-heading">{esc(page_title)}</h2>'
            f"{_crumbs(trail or [])}</div></div></div></div></div></section>"
        )
    if sidebar:
        columns = (
            f'<main id="sp-component" class="col-lg-9 "><div class="sp-column ">'
            f'<div id="system-message-container" aria-live="polite"></div>{main}</div></main>'
            + _sidebar()
        )
    else:
        columns = (
            '<main id="sp-component" class="col-lg-12 "><div class="sp-column ">'
            f'<div id="system-message-container" aria-live="polite"></div>{main}</div></main>'
        )
    token = base64.b16encode(title.encode()[:16]).decode().lower().ljust(32, "0")
    doc = f"""<!doctype html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{esc(description)}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {SITE}</title>
<link href="/images/logo/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet">
<link href="/components/com_sppagebuilder/assets/css/font-awesome-6.min.css?4cf7a0f6" rel="stylesheet">
<link href="/components/com_sppagebuilder/assets/css/sppagebuilder.css?4cf7a0f6" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/presets/preset4.css" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"{token}","system.paths":{{"root":"","rootFull":"{base_url(request)}/","base":"","baseFull":"{base_url(request)}/"}},"joomla.jtext":{{"JLIB_FORM_CONTAINS_INVALID_FIELDS":"Biểu mẫu không thể gửi vì thiếu dữ liệu bắt buộc."}}}}</script>
<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/media/system/js/joomla-hidden-mail.min.js?80d9c7" type="module"></script>
<script src="/media/plg_system_jch_optimize/js/ls.loader.min.js?4.2.1" async></script>
</head>
<body class="site helix-ultimate hu com_content com-content view-{view} layout-blog task-none itemid-{ITEMID} vi-vn ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6 "><div class="sp-column text-center text-lg-start ">
<div class="sp-module hs-ngay-thang"><div class="sp-module-content"><div class="mod-custom custom">
<p><span class="far fa-calendar-alt" aria-hidden="true"></span> {HEADER_DATE}</p></div></div></div></div></div>
<div id="sp-top2" class="col-lg-6 "><div class="sp-column text-center text-lg-end ">
<ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:02083855246">0208 3855 246</a></li>
<li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> {cloak(EMAIL)}</li></ul>
<ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/mamnonhoasen.tn" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>
<li class="social-icon-youtube"><a target="_blank" rel="noopener noreferrer" href="https://www.youtube.com/@mamnonhoasen" aria-label="Youtube"><span class="fab fa-youtube" aria-hidden="true"></span></a></li></ul>
</div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/">
<img class="logo-image d-none d-lg-inline-block" src="/images/logo/logo-mn-hoa-sen.png" alt="{SITE}">
<img class="logo-image-phone d-inline-block d-lg-none" src="/images/logo/logo-mobile.png" alt="{SITE}"></a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center">
<nav class="sp-megamenu-wrapper d-flex" role="navigation">{_menu(active)}<a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right d-flex d-lg-none" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a></nav>
<div class="sp-module hs-timkiem"><div class="sp-module-content"><form class="mod-finder js-finder-searchform form-search" action="/tim-kiem" method="get" role="search">
<label for="mod-finder-searchword" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm..."></form></div></div>
</div></div></div></div></div></header>
{title_section}
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
{columns}
</div></div></div></section>
<section id="sp-bottom"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-bottom1" class="col-sm-col-sm-6 col-lg-5 "><div class="sp-column ">
<div class="sp-module "><h3 class="sp-module-title">TRƯỜNG MẦM NON HOA SEN</h3><div class="sp-module-content"><div class="mod-custom custom">
<p><span class="fas fa-map-marker-alt" aria-hidden="true"></span> Địa chỉ: Số 15, đường Hoàng Văn Thụ, phường Quang Trung, thành phố Thái Nguyên, tỉnh Thái Nguyên</p>
<p><span class="fas fa-phone" aria-hidden="true"></span> Điện thoại: 0208 3855 246</p>
<p><span class="far fa-envelope" aria-hidden="true"></span> Email: {cloak(EMAIL)}</p></div></div></div></div></div>
<div id="sp-bottom2" class="col-sm-col-sm-6 col-lg-4 "><div class="sp-column ">
<div class="sp-module "><h3 class="sp-module-title">Bản đồ</h3><div class="sp-module-content"><div class="mod-custom custom">
<p><a href="https://maps.google.com/?q=Tr%C6%B0%E1%BB%9Dng+M%E1%BA%A7m+non+Hoa+Sen+Th%C3%A1i+Nguy%C3%AAn" target="_blank" rel="noopener"><img src="/images/banner/ban-do.jpg" alt="Bản đồ" width="360" height="200"></a></p></div></div></div></div></div>
<div id="sp-bottom3" class="col-lg-3 "><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">Thống kê truy cập</h3><div class="sp-module-content">{_counter()}</div></div></div></div>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">© 2026 Trường Mầm non Hoa Sen - Phòng Giáo dục và Đào tạo thành phố Thái Nguyên. Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Thanh Hương.</span></div></div>
</div></div></div></footer>
</div></div>
<div class="offcanvas-overlay"></div><div class="offcanvas-menu"><div class="d-flex align-items-center p-3 pt-4"><a href="#" class="close-offcanvas" aria-label="Đóng"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a></div>
<div class="offcanvas-inner"><div class="sp-module "><div class="sp-module-content">{_menu(active, offcanvas=True)}</div></div></div></div>
<a href="#" class="sp-scroll-up" aria-label="Lên đầu trang"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>
"""
    return html(doc)


# --- com_content views ------------------------------------------------------------------------


def info_block(s: Story, listing: bool = False) -> str:
    cname = CATS[s.cat][1]
    author = s.opts.get("by_alias") or "Quản trị viên"
    up = s.opts["up"]
    dd = [
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: '
        f'<span itemprop="name">{esc(author)}</span></dd>'
    ]
    if not listing:
        dd.append(
            '<dd class="parent-category-name"><span class="icon-folder icon-fw" aria-hidden="true">'
            '</span> Danh mục cha: <a href="/tin-tuc" itemprop="genre">Tin tức</a></dd>'
        )
    dd.append(
        '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>'
        f' Danh mục: <a href="{cat_path(s.cat)}" itemprop="genre">{esc(cname)}</a></dd>'
    )
    dd.append(
        '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
        f'<time datetime="{iso(up)}" itemprop="datePublished">Ngày đăng: {lc2(up)}</time></dd>'
    )
    if not listing and s.opts.get("created"):
        c = s.opts["created"]
        dd.append(
            '<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            f'<time datetime="{iso(c)}" itemprop="dateCreated">Ngày tạo: {lc2(c)}</time></dd>'
        )
    if not listing and s.opts.get("modified"):
        m = s.opts["modified"]
        dd.append(
            '<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            f'<time datetime="{iso(m)}" itemprop="dateModified">Cập nhật lần cuối: {lc2(m)}</time></dd>'
        )
    if not listing:
        dd.append(
            '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
            f'<meta itemprop="interactionCount" content="UserPageVisits:{s.views()}">'
            f"Lượt xem: {s.views()}</dd>"
        )
    return (
        '<dl class="article-info text-muted"><dt class="article-info-term">Thông tin chi tiết</dt>'
        + "".join(dd)
        + "</dl>"
    )


def _vote(s: Story, request: Request) -> str:
    action = esc(f"{base_url(request)}{art_path(s)}?hitcount=0")
    stars = "".join(
        f'<li class="vote-star{"" if k < 4 else "-empty"}"><span class="icon-star icon-fw" '
        'aria-hidden="true"></span></li>'
        for k in range(5)
    )
    options = "".join(f'<option value="{k}">Đánh giá {k}</option>' for k in range(1, 6))
    return (
        '<div class="content_rating" role="img" aria-label="Đánh giá: 4 / 5"><p class="visually-'
        f'hidden" itemprop="aggregateRating">Đánh giá: 4 / 5</p><ul>{stars}</ul></div>'
        f'<form method="post" action="{action}" class="form-inline mb-2"><span class="content_vote">'
        f'<label class="visually-hidden" for="content_vote_{s.id}">Vui lòng đánh giá</label>'
        f'<select id="content_vote_{s.id}" name="user_rating">{options}</select> '
        '<input class="btn btn-sm btn-primary align-baseline" type="submit" name="submit_vote" '
        'value="Đánh giá"><input type="hidden" name="task" value="article.vote">'
        '<input type="hidden" name="hitcount" value="0">'
        f'<input type="hidden" name="url" value="{action}"></span></form>'
    )


def _full_image(s: Story) -> str:
    full = next((b for b in s.blocks if isinstance(b, Img) and b.style == "full"), None)
    if full is None:
        return ""
    cap = f'<figcaption class="caption">{text(full.printed)}</figcaption>' if full.printed else ""
    return (
        f'<figure class="left item-image"><img src="{joomla_image(full.src, 1200, 800)}" '
        f'itemprop="image" alt="{esc(s.title)}" width="1200" height="800" loading="lazy">{cap}'
        "</figure>"
    )


def _neighbours(s: Story) -> tuple[Story | None, Story | None]:
    same = [o for o in ALL if o.cat == s.cat]
    k = same.index(s)
    return (same[k - 1] if k > 0 else None), (same[k + 1] if k + 1 < len(same) else None)


def article_page(request: Request, s: Story) -> Response:
    cname = CATS[s.cat][1]
    prev, nxt = _neighbours(s)
    nav = []
    if prev:
        nav.append(
            f'<a class="btn btn-sm btn-secondary previous" href="{art_path(prev)}" rel="prev">'
            f'<span class="visually-hidden">Bài trước: {esc(prev.title)}</span>'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">'
            "Trước</span></a>"
        )
    if nxt:
        nav.append(
            f'<a class="btn btn-sm btn-secondary next" href="{art_path(nxt)}" rel="next">'
            f'<span class="visually-hidden">Bài tiếp: {esc(nxt.title)}</span>'
            '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" '
            'aria-hidden="true"></span></a>'
        )
    tags = "".join(
        f'<li class="list-inline-item tag-{TAGS[t][0]} tag-list{k}" itemprop="keywords">'
        f'<a href="/tags/{t}" class="btn btn-sm btn-info">{esc(TAGS[t][1])}</a></li>'
        for k, t in enumerate(s.opts.get("tags", []))
    )
    tags_html = f'<ul class="tags list-inline">{tags}</ul>' if tags else ""
    share_url = f"{base_url(request)}{art_path(s)}"
    share = (
        '<div class="article-social-share"><div class="social-share-icon"><ul>'
        f'<li><a class="facebook" onClick="window.open(this.href,\'Chia sẻ\',\'width=600,height=400\'); '
        f'return false;" href="https://www.facebook.com/sharer.php?u={esc(share_url)}" '
        'title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>'
        f'<li><a class="zalo" href="https://sp.zalo.me/share_inline?url={esc(share_url)}" '
        'title="Zalo"><span class="fas fa-comment" aria-hidden="true"></span></a></li>'
        "</ul></div></div>"
    )
    gallery = gallery_html(s, "Ảnh hoạt động" if s.cat != "thu-vien-anh" else "Hình ảnh")
    main = (
        f'<div class="com-content-article item-page hs-bai-viet" itemscope '
        f'itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
        '<div class="page-header"><h1> Tin tức </h1></div>'
        f'<div class="page-header"><h2 itemprop="headline">{esc(s.title)}</h2></div>'
        f"{info_block(s)}"
        f"{_vote(s, request) if s.opts.get('vote') else ''}"
        f"{_full_image(s)}"
        f'<div itemprop="articleBody" class="com-content-article__body">\n{body_html(s)}\n</div>'
        f"{gallery}{share}{tags_html}"
        + (
            '<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0">'
            + "".join(nav)
            + "</span></nav>"
            if nav
            else ""
        )
        + "</div>"
    )
    return layout(
        request,
        title=s.title,
        main=main,
        active="/tin-tuc",
        view="article",
        banner="Tin tức",
        trail=[("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), (cat_path(s.cat), cname), (None, s.title)],
        description=_desc(s),
    )


def _desc(s: Story) -> str:
    first = next((b.text for b in s.blocks if isinstance(b, P)), s.title)
    return first[:155]


def blog_item(s: Story) -> str:
    readmore = ""
    if s.opts.get("readmore", True):
        short = s.title if len(s.title) <= 60 else s.title[:57].rsplit(" ", 1)[0] + "..."
        readmore = (
            f'<p class="readmore"><a class="btn btn-secondary" href="{art_path(s)}" '
            f'aria-label="Đọc thêm: {esc(s.title)}"><span class="icon-chevron-right" '
            f'aria-hidden="true"></span> Đọc thêm: {esc(short)}</a></p>'
        )
    img = ""
    if s.opts.get("readmore", True):
        img = (
            f'<figure class="left item-image"><img src="{joomla_image(thumb(s), 600, 400)}" '
            f'alt="" itemprop="thumbnailUrl" width="600" height="400" loading="lazy"></figure>'
        )
    return (
        '<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope '
        f'itemtype="https://schema.org/BlogPosting">{img}<div class="item-content">'
        f'<div class="page-header"><h2 itemprop="name">{esc(s.title)}</h2></div>'
        f"{info_block(s, listing=True)}{intro_html(s)}{readmore}</div></div>"
    )


def _pagination(alias: str | None, page: int, pages: int) -> str:
    def link(p: int) -> str:
        return cat_path(alias, (p - 1) * PER_PAGE)

    def li(label: str, icon: str, target: int | None, aria: str) -> str:
        if target is None:
            return (
                f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">'
                f'<span class="{icon}" aria-hidden="true"></span></span></li>'
            )
        return (
            f'<li class="page-item"><a aria-label="{aria}" href="{link(target)}" class="page-link">'
            f'<span class="{icon}" aria-hidden="true"></span></a></li>'
        )

    items = [
        li("start", "icon-angle-double-left", 1 if page > 1 else None, "Đi tới trang đầu"),
        li("prev", "icon-angle-left", page - 1 if page > 1 else None, "Đi tới trang trước"),
    ]
    for p in range(1, pages + 1):
        if p == page:
            items.append(
                f'<li class="active page-item"><a aria-current="true" aria-label="Trang {p}" '
                f'href="#" class="page-link">{p}</a></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a aria-label="Đi tới trang {p}" href="{link(p)}" '
                f'class="page-link">{p}</a></li>'
            )
    items += [
        li("next", "icon-angle-right", page + 1 if page < pages else None, "Đi tới trang tiếp"),
        li("end", "icon-angle-double-right", pages if page < pages else None, "Đi tới trang cuối"),
    ]
    return (
        '<div class="com-content-category-blog__navigation w-100">'
        f'<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Trang {page} / {pages}</p>'
        '<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" '
        'aria-label="Phân trang"><ul class="pagination ms-0 mb-4">'
        + "".join(items)
        + "</ul></nav></div></div>"
    )


def blog_page(request: Request, alias: str | None, start: int) -> Response | None:
    items = [s for s in ALL if alias is None or s.cat == alias]
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    if start % PER_PAGE or start < 0 or start >= len(items):
        return None
    page = start // PER_PAGE + 1
    chunk = items[start : start + PER_PAGE]
    leading = "".join(blog_item(s) for s in chunk[:LEADING])
    intro = "".join(blog_item(s) for s in chunk[LEADING:])
    name = CATS[alias][1] if alias else "Tin tức"
    desc = CATS[alias][2] if alias else "Tin tức - sự kiện của Trường Mầm non Hoa Sen."
    sub = f'<h2> <span class="subheading-category">{esc(name)}</span></h2>' if alias else ""
    main = (
        '<div class="com-content-category-blog blog hs-blog" itemscope '
        'itemtype="https://schema.org/Blog"><div class="page-header"><h1> Tin tức </h1></div>'
        f'{sub}<div class="category-desc clearfix"><p>{esc(desc)}</p></div>'
        f'<div class="com-content-category-blog__items blog-items items-leading ">{leading}</div>'
        f'<div class="com-content-category-blog__items blog-items columns-2 masonry-2">{intro}</div>'
        + (_pagination(alias, page, pages) if pages > 1 else "")
        + "</div>"
    )
    trail: list[tuple[str | None, str]] = [("/", "Trang chủ")]
    trail += [("/tin-tuc", "Tin tức"), (None, name)] if alias else [(None, "Tin tức")]
    return layout(
        request,
        title=name if page == 1 else f"{name} - Trang {page}",
        main=main,
        active=cat_path(alias) if alias in ("cong-khai", "thu-vien-anh") else "/tin-tuc",
        view="category",
        banner=name,
        trail=trail,
    )


def tag_page(request: Request, alias: str) -> Response:
    tname = TAGS[alias][1]
    items = [s for s in ALL if alias in s.opts.get("tags", [])]
    lis = "".join(
        '<li class="list-group-item list-group-item-action">'
        f'<h3><a href="{art_path(s)}">{esc(s.title)}</a></h3>'
        f'<span class="tag-body">{esc(_desc(s)[:140])}...</span></li>'
        for s in items
    )
    main = (
        '<div class="com-tags-tag tag-category"><h1> ' + esc(tname) + " </h1>"
        f'<form action="/tags/{alias}" method="post" name="adminForm" id="adminForm" '
        'class="com-tags-tag__items"><ul class="com-tags-tag__category category list-group">'
        f'{lis}</ul><input type="hidden" name="limitstart" value=""><input type="hidden" '
        'name="task" value=""></form></div>'
    )
    return layout(
        request,
        title=tname,
        main=main,
        active="/tin-tuc",
        view="tag",
        banner="Thẻ",
        trail=[("/", "Trang chủ"), (None, tname)],
    )


# --- SP Page Builder pages --------------------------------------------------------------------


def _section(sid: int, title: str | None, inner: str, cls: str = "") -> str:
    head = (
        '<div class="sppb-section-title sppb-text-center"><h2 class="sppb-title-heading">'
        f"{esc(title)}</h2></div>"
        if title
        else ""
    )
    return (
        f'<section id="section-id-{sid}" class="sppb-section {cls}"><div class="sppb-row-container">'
        f'{head}<div class="sppb-row">{inner}</div></div></section>'
    )


def _col(width: int, inner: str) -> str:
    return (
        f'<div class="sppb-col-md-{width}  "><div class="sppb-column "><div class="sppb-column-addons">'
        f"{inner}</div></div></div>"
    )


def _card(s: Story) -> str:
    link = art_path(s)
    intro = _desc(s)
    intro = intro[:150].rsplit(" ", 1)[0] + "..." if len(intro) > 150 else intro
    dt = _dt(s.opts["up"])
    return (
        '<div class="sppb-col-sm-4"><div class="sppb-addon-article">'
        f'<a href="{link}" itemprop="url"><img class="sppb-img-responsive" src="{esc(thumb(s))}" '
        f'alt="{esc(s.title)}" itemprop="thumbnailUrl" loading="lazy"></a>'
        f'<div class="sppb-article-info-wrap"><h3><a href="{link}" itemprop="url">{esc(s.title)}</a></h3>'
        f'<div class="sppb-article-meta"><span class="sppb-meta-date" itemprop="datePublished">'
        f"{dt.day:02d} Tháng {dt.month}, {dt.year}</span>"
        f'<span class="sppb-meta-category"><a href="{cat_path(s.cat)}" itemprop="genre">'
        f"{esc(CATS[s.cat][1])}</a></span></div>"
        f'<div class="sppb-article-introtext">{esc(intro)}</div>'
        f'<a class="sppb-readmore" href="{link}" itemprop="url">Xem chi tiết</a></div></div></div>'
    )


def home_page(request: Request) -> Response:
    slides = "".join(
        f'<div class="sp-item"><img src="/images/banner/banner-{k:02d}.jpg" alt="" width="1920" '
        f'height="640"><div class="sp-slider-content"><h2 class="sp-slider-title">{esc(t)}</h2>'
        f'<p class="details">{esc(d)}</p></div></div>'
        for k, (t, d) in enumerate(
            [
                ("Trường Mầm non Hoa Sen", "Yêu thương - An toàn - Sáng tạo"),
                ("Mỗi ngày đến trường là một ngày vui", "Môi trường xanh - sạch - đẹp cho bé"),
                ("Tuyển sinh năm học 2026 - 2027", "Nhận trẻ từ 18 tháng đến 6 tuổi"),
            ],
            1,
        )
    )
    news = [s for s in ALL if s.cat in ("hoat-dong-nha-truong", "nuoi-duong-cham-soc")][:6]
    notices = [s for s in ALL if s.cat == "thong-bao"][:2]
    albums = [s for s in ALL if s.cat == "thu-vien-anh"]
    notice_list = "".join(
        f'<li><span class="hs-ngay">{_dt(s.opts["up"]):%d/%m}</span> '
        f'<a href="{art_path(s)}">{esc(s.title)}</a></li>'
        for s in notices
    )
    album_grid = "".join(
        f'<div class="sppb-col-sm-4"><a href="{art_path(s)}" class="hs-anh-album">'
        f'<img src="{esc(thumb(s))}" alt="{esc(s.title)}" loading="lazy">'
        f'<span class="hs-anh-album__ten">{esc(s.title.removeprefix("Hình ảnh: "))}</span></a></div>'
        for s in albums
    )
    numbers = "".join(
        f'<div class="sppb-col-sm-4"><div class="sppb-addon sppb-addon-animated-number sppb-text-center">'
        f'<div class="sppb-addon-content"><div class="sppb-animated-number" data-digit="{n}" '
        f'data-duration="1000">0</div><div class="sppb-animated-number-title">{esc(t)}</div></div></div></div>'
        for n, t in [(486, "Trẻ"), (16, "Nhóm, lớp"), (52, "Cán bộ, giáo viên, nhân viên")]
    )
    main = (
        '<div id="sp-page-builder" class="sp-page-builder  page-1"><div class="page-content">'
        + _section(
            1630000000001,
            None,
            _col(
                12,
                '<div class="sppb-addon sppb-addon-sp-slider "><div class="sp-slider" '
                f'data-autoplay="true">{slides}</div></div>',
            ),
            "hs-slide",
        )
        + _section(
            1630000000002,
            "Chào mừng quý phụ huynh",
            _col(
                12,
                '<div class="sppb-addon sppb-addon-text-block sppb-text-center "><div class="sppb-addon-content">'
                "<p>Trường Mầm non Hoa Sen là trường công lập hạng I của thành phố Thái Nguyên, đạt "
                "chuẩn quốc gia mức độ 2, với 16 nhóm, lớp và gần 500 trẻ. Nhà trường luôn lấy trẻ "
                "làm trung tâm, xây dựng môi trường yêu thương, an toàn để mỗi ngày đến trường của "
                "bé là một ngày vui.</p></div></div>"
                '<div class="sppb-addon sppb-addon-button sppb-text-center"><div class="sppb-button-wrapper">'
                '<a href="/gioi-thieu" class="sppb-btn sppb-btn-primary sppb-btn-rounded">Tìm hiểu thêm</a>'
                "</div></div>",
            ),
        )
        + _section(
            1630000000003,
            "Tin tức - Sự kiện",
            _col(
                12,
                '<div class="sppb-addon sppb-addon-articles "><div class="sppb-addon-content">'
                '<div class="sppb-row">'
                + "".join(_card(s) for s in news)
                + '</div></div></div><div class="sppb-addon sppb-addon-button sppb-text-center">'
                '<a href="/tin-tuc" class="sppb-btn sppb-btn-link">Xem tất cả tin tức</a></div>',
            ),
            "hs-tin-tuc",
        )
        + _section(
            1630000000004,
            None,
            _col(
                4,
                '<div class="sppb-addon sppb-addon-module "><h3 class="sppb-addon-title">Thông báo</h3>'
                f'<div class="sppb-addon-content"><ul class="hs-thong-bao">{notice_list}</ul>'
                '<a href="/tin-tuc/thong-bao" class="hs-xem-them">Xem thêm thông báo »</a></div></div>',
            )
            + _col(
                8,
                '<div class="sppb-addon sppb-addon-gallery "><h3 class="sppb-addon-title">Thư viện ảnh'
                f'</h3><div class="sppb-addon-content"><div class="sppb-row">{album_grid}</div></div></div>',
            ),
        )
        + _section(1630000000005, "Con số ấn tượng", numbers, "hs-con-so")
        + "</div></div>"
    )
    return layout(
        request,
        title="Trang chủ",
        main=main,
        active="/",
        view="page",
        sidebar=False,
    )


def intro_page(request: Request) -> Response:
    blocks = [
        ("Lịch sử hình thành", None,
         "Trường Mầm non Hoa Sen được thành lập năm 1986 trên cơ sở sáp nhập nhà trẻ Hoa Sen và "
         "trường mẫu giáo Quang Trung. Trải qua gần 40 năm xây dựng và phát triển, nhà trường đã "
         "trở thành địa chỉ tin cậy của các bậc phụ huynh trên địa bàn thành phố Thái Nguyên."),
        ("Quy mô trường lớp", None,
         "Năm học 2026 - 2027, nhà trường có 16 nhóm, lớp với 486 trẻ, gồm 4 nhóm nhà trẻ và 12 lớp "
         "mẫu giáo. 100% trẻ được ăn bán trú tại trường với thực đơn thay đổi theo mùa, cân đối "
         "dinh dưỡng."),
        ("Đội ngũ cán bộ, giáo viên", "doi-ngu",
         "Nhà trường có 52 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn và trên chuẩn "
         "trình độ đào tạo, nhiều giáo viên đạt danh hiệu giáo viên dạy giỏi cấp thành phố, cấp "
         "tỉnh."),
        ("Cơ sở vật chất", "co-so-vat-chat",
         "Trường có khuôn viên rộng hơn 4.000 m², các phòng học khang trang, phòng giáo dục thể "
         "chất, phòng âm nhạc, thư viện thân thiện và khu vui chơi ngoài trời với nhiều đồ chơi "
         "vận động an toàn."),
    ]
    inner = ""
    for n, (head, anchor, para) in enumerate(blocks):
        anchor_attr = f' id="{anchor}"' if anchor else ""
        inner += _section(
            1630000000100 + n,
            None,
            _col(
                12,
                f'<div class="sppb-addon sppb-addon-header sppb-text-left"{anchor_attr}>'
                f'<h3 class="sppb-addon-title">{esc(head)}</h3></div>'
                '<div class="sppb-addon sppb-addon-text-block "><div class="sppb-addon-content">'
                f"<p>{esc(para)}</p></div></div>",
            ),
        )
    inner += _section(
        1630000000110,
        None,
        _col(
            12,
            '<div class="sppb-addon sppb-addon-single-image sppb-text-center"><div class="sppb-addon-content">'
            '<img class="sppb-img-responsive" src="/images/gioi-thieu/toan-canh-truong.jpg" '
            'alt="Toàn cảnh Trường Mầm non Hoa Sen" loading="lazy"></div></div>',
        ),
    )
    main = (
        '<div id="sp-page-builder" class="sp-page-builder  page-3"><div class="page-content">'
        + inner
        + "</div></div>"
    )
    return layout(
        request,
        title="Giới thiệu chung",
        main=main,
        active="/gioi-thieu",
        view="page",
        banner="Giới thiệu",
        trail=[("/", "Trang chủ"), (None, "Giới thiệu")],
    )


def contact_page(request: Request) -> Response:
    main = (
        '<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">'
        '<div class="page-header"><h1> Liên hệ </h1></div>'
        '<h2><span class="contact-name" itemprop="name">Trường Mầm non Hoa Sen</span></h2>'
        '<div class="com-contact__container"><dl class="com-contact__address contact-address dl-horizontal" '
        'itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
        '<dt><span class="icon-address" aria-hidden="true"></span></dt>'
        '<dd><span class="contact-street" itemprop="streetAddress">Số 15, đường Hoàng Văn Thụ, '
        "phường Quang Trung</span></dd>"
        '<dd><span class="contact-suburb" itemprop="addressLocality">thành phố Thái Nguyên, tỉnh '
        "Thái Nguyên</span></dd>"
        f'<dt><span class="icon-envelope" aria-hidden="true"></span></dt><dd><span class="contact-emailto">{cloak(EMAIL)}</span></dd>'
        '<dt><span class="icon-phone" aria-hidden="true"></span></dt><dd><span class="contact-telephone" '
        'itemprop="telephone">0208 3855 246</span></dd></dl></div>'
        '<h3>Gửi thư liên hệ</h3>'
        '<form id="contact-form" action="/lien-he" method="post" class="form-validate form-horizontal well">'
        '<div class="control-group"><label for="jform_contact_name">Họ tên *</label>'
        '<input type="text" name="jform[contact_name]" id="jform_contact_name" required></div>'
        '<div class="control-group"><label for="jform_contact_email">Email *</label>'
        '<input type="email" name="jform[contact_email]" id="jform_contact_email" required></div>'
        '<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề *</label>'
        '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" required></div>'
        '<div class="control-group"><label for="jform_contact_message">Nội dung *</label>'
        '<textarea name="jform[contact_message]" id="jform_contact_message" rows="10"></textarea></div>'
        '<button class="btn btn-primary validate" type="submit">Gửi thư</button>'
        '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" '
        'value="contact.submit"><input type="hidden" name="id" value="1:truong-mam-non-hoa-sen"></form></div>'
    )
    return layout(
        request,
        title="Liên hệ",
        main=main,
        active="/lien-he",
        view="contact",
        banner="Liên hệ",
        trail=[("/", "Trang chủ"), (None, "Liên hệ")],
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (
        '<div class="com-finder finder"><h1>Tìm kiếm</h1>'
        '<form action="/tim-kiem" method="get" class="js-finder-searchform">'
        f'<input type="text" name="q" class="form-control" value="{esc(q)}">'
        '<button type="submit" class="btn btn-primary">Tìm kiếm</button></form>'
        '<div id="search-results" class="com-finder__results"><div id="search-result-empty" '
        'class="com-finder__empty"><h2>Không tìm thấy kết quả</h2>'
        "<p>Không tìm thấy kết quả nào phù hợp với từ khóa bạn nhập.</p></div></div></div>"
    )
    return layout(
        request,
        title="Tìm kiếm",
        main=main,
        active="",
        view="search",
        banner="Tìm kiếm",
        trail=[("/", "Trang chủ"), (None, "Tìm kiếm")],
    )


# --- routing ----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/tin-tuc/([a-z-]+)/(\d+)-([a-z0-9-]+)$")
_CATEGORY = re.compile(r"^/tin-tuc(?:/([a-z-]+))?$")
_PDFS = {s.opts["pdf"] for s in NON_ARTICLE_STORIES if s.opts.get("pdf")}


class Site:
    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path.startswith(("/images/", "/media/", "/templates/", "/components/")):
            if path.startswith("/images/cong-khai/"):
                if path.removeprefix("/images/cong-khai/") in _PDFS:
                    return Response(200, PDF, {"Content-Type": "application/pdf"})
                return None
            return static_file(path)
        if path == "/" and not query:
            return home_page(request)
        if path == "/gioi-thieu" and not query:
            return intro_page(request)
        if path == "/lien-he":
            if request.method == "POST":
                return redirect("/lien-he", 303)
            return contact_page(request) if not query else None
        if path == "/tim-kiem":
            return search_page(request)
        if path == "/index.php":
            return self._nonsef(request)
        if m := _ARTICLE.match(path):
            return self._article(request, m.group(1), int(m.group(2)), m.group(3))
        if m := _CATEGORY.match(path):
            alias = m.group(1)
            if alias is not None and alias not in CATS:
                return None
            params = parse_qs(query, keep_blank_values=True)
            if query and set(params) != {"start"}:
                return None
            try:
                start = int(params["start"][0]) if query else 0
            except ValueError:
                return None
            if query and start == 0:
                return None
            return blog_page(request, alias, start)
        if path.startswith("/tags/") and not query:
            alias = path.removeprefix("/tags/")
            return tag_page(request, alias) if alias in TAGS else None
        return None

    def _article(self, request: Request, cat: str, sid: int, slug: str) -> Response | None:
        s = BY_ID.get(sid)
        if s is None or s.cat != cat or slug not in (s.slug, s.opts.get("old_slug")):
            return None
        if request.method == "POST":
            return redirect(art_path(s), 303)
        if request.query and not (request.query == "hitcount=0" and s.opts.get("vote")):
            return None
        return article_page(request, s)

    def _nonsef(self, request: Request) -> Response | None:
        p = request.params
        if p.get("option") != "com_content" or p.get("view") != "article":
            return None
        try:
            s = BY_ID.get(int(p.get("id", "")))
        except ValueError:
            return None
        if s is None or p.get("catid") != str(CATS[s.cat][0]):
            return None
        return article_page(request, s)


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _alt(s: Story) -> list[str]:
    alts = [nonsef_path(s)]
    if s.opts.get("old_slug"):
        alts.append(art_path(s, s.opts["old_slug"]))
    if s.opts.get("vote"):
        alts.append(art_path(s) + "?hitcount=0")
    return alts


GOLD = [
    gold_record(s, art_path(s), CATS[s.cat][1], canonical_path=art_path(s), alt_paths=_alt(s))
    for s in GOLD_STORIES
]

NON_ARTICLES = ["/gioi-thieu", "/lien-he", *[art_path(s) for s in NON_ARTICLE_STORIES]]

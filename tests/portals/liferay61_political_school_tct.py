"""Trường Chính trị tỉnh Quảng Trị on Liferay Portal 6.1 CE GA2 (2012) with a vendor theme.

Platform
--------
Liferay Portal 6.1.1 CE GA2 ("b=6120" in every resource URL), a plugin theme
``tctquangtri-theme`` (resources under ``/tctquangtri-theme/``), AlloyUI markup of that era
(``aui-w70`` columns, ``aui-helper-hidden-accessible`` spans, ``<section class="portlet">``
wrappers, ``portlet-boundary_101_`` ids). News are Journal Web Contents published by Asset
Publisher portlets (portlet 101) in the "abstracts" display; each article is a Journal structure
rendered by a Velocity template of the vendor (one template per section: their class names are
Vietnamese abbreviations, ``ttsk-`` "tin tức sự kiện", ``dtbd-`` "đào tạo bồi dưỡng", ``nctd-``
"nghiên cứu trao đổi"). Tomcat behind it rewrites URLs with ``;jsessionid=`` for a client that
sends no session cookie.

URL scheme
----------
- ``/`` -> 302 to ``/web/guest/trang-chu`` (``;jsessionid=…`` in the Location for a cookie-less
  client); ``/web/guest`` (the site's own URL, linked nowhere) serves the home page too.
- site pages (layouts): ``/web/guest/<page>``: ``trang-chu``, ``gioi-thieu``, ``co-cau-to-chuc``,
  ``tin-tuc-su-kien``, ``dao-tao-boi-duong``, ``nghien-cuu-trao-doi``, ``van-ban``,
  ``thu-vien-anh``, ``lich-cong-tac``, ``lien-he``.
- listings: the section page itself is page 1; further pages are the Asset Publisher's render
  URLs ``/web/guest/<page>?p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view
  &p_p_col_id=column-1&p_p_col_count=1&_101_INSTANCE_<id>_delta=<n>&…&_101_INSTANCE_<id>_cur=<n>``
  (page iterator: "Đầu / Trước / Sau / Cuối" links, a page ``<select>`` and a delta ``<select>``
  that only work through ``onchange`` JavaScript).
- articles: ``/web/guest/<page>/-/asset_publisher/<instanceId>/content/<urlTitle>`` with
  ``?redirect=<the listing's currentURL, encoded>`` when reached from a listing; also
  ``…/content/id/<assetEntryId>`` (the "Tin xem nhiều" widget), the home page's own publisher
  ``/web/guest/trang-chu/-/asset_publisher/Hm9NbW3xQa2C/content/<urlTitle>?redirect=…``, and the
  print pop-up ``/web/guest/<page>?p_p_id=101_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=pop_up&…
  &_101_INSTANCE_<id>_urlTitle=<urlTitle>&_101_INSTANCE_<id>_viewMode=print`` (written only inside
  the print icon's JavaScript). URL titles are Liferay 6.1's: accents stripped, and "đ", which
  has no ASCII decomposition, dropped ("Đoàn" -> "oan").
- documents: ``/web/guest/van-ban/-/document_library_display/Dl4cQ8wNz0Hk/view_file/<id>``;
  files and pictures: ``/documents/10180/<folder>/<name>/<uuid>?t=<ms>`` and
  ``/image/journal/article?img_id=<id>&t=<ms>`` (no file extension at the end of either).

Page templates
--------------
Every page: header (today "Thứ Bảy, 05/12/2026", search portlet form, logo in an ``h1``), a
navigation with a drop-down under "Giới thiệu", breadcrumbs ("Bạn đang ở đây" in a hidden
``h1``), a 70/30 two-column layout, a right column with the "Lịch công tác" Journal Content
portlet (56), the vendor's "Tin xem nhiều" widget, "Liên kết website" (select + onchange), a poll
(portlet 59, POST form), the visitor counter, and a footer with address/phone/email.
- home: Asset Publisher "Tin nổi bật" (its own instance) with the four newest articles, titles
  shortened with "..." by the vendor's display template.
- section page: Asset Publisher "abstracts" (title, small image, description, "Xem thêm" with a
  hidden "về <title>", the modified date as ``dd/MM/yy``) and the page iterator.
- article: the publisher's ``taglib-header`` ("« Trở lại" to the redirect, ``h1.header-title``),
  the print icon, ``asset-content`` > ``journal-content-article#article_10154_10180_<id>_<ver>``
  holding the section's Velocity template, then ratings, "Tin liên quan" (asset links),
  ``asset-metadata`` (CMS user, modified date, views, category, tags) and comments.

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (instance Kq7RtZ2mXw4B, delta 5): page 1 lists 1 2 3 4 5, page 2 (``_cur=2``,
  only through "Sau"/"Cuối") lists 6 and 7, which no other page links.
- Đào tạo - Bồi dưỡng (instance Vn3HsY8pLc0D, delta 3): page 1 lists 8 9 10, page 2 lists 11 only.
- Nghiên cứu - Trao đổi (instance Tp5GuA1jEe6F, delta 5): 12 and 13 on one page.
- the home page's publisher links 1, 8, 2, 12; "Tin xem nhiều" links 3, 9, 4 by asset entry id;
  "Tin liên quan" and "Xem thêm" link other page-1 articles by their plain friendly URL.

Traps (each with the gold it implies)
-------------------------------------
1. Session ids in URLs (not in the README's list): a client without the JSESSIONID cookie gets
   every portal link rewritten ``/web/guest/x;jsessionid=A3F0…?…`` and the ``/`` redirect carries
   it too. Gold: the path without ``;jsessionid``; every such variant that is linked is in
   ``alt_paths`` (the fixture keeps one session id, where Tomcat would mint one per request).
2. ``redirect=`` duplicates: the listing links carry ``?redirect=<currentURL>``, so one article
   has one URL per listing URL it is shown on (the plain section page and its ``_cur=1``
   variant give two), one from the home page's other publisher instance (another page, another
   instance id, ``rel=canonical`` naming that page), one by ``content/id/<assetEntryId>`` and a
   print pop-up. Gold: ``path`` = ``canonical_path`` = the section page's plain friendly URL
   ``/web/guest/<section>/-/asset_publisher/<inst>/content/<urlTitle>``; all others in
   ``alt_paths``. The common key is the ``article_10154_10180_<articleId>_<version>`` id.
3. Headline among many ``h1`` (a kind not listed): the logo's ``h1.site-title``, the hidden
   "Bạn đang ở đây" / "Điều hướng" ``h1``, the portlet's ``h1.portlet-title`` ("Tin tức - Sự
   kiện", or "Tin nổi bật" on the home copy) all come before ``h1.header-title``; ``<title>`` is
   "<headline> - <page> - Trường Chính trị tỉnh Quảng Trị"; the home listing shortens titles
   with "...". Gold title: the ``h1.header-title`` text, capitals as printed.
4. Category of a copy on another page (not listed): the home copy's breadcrumb reads "Trang chủ
   › <headline>" and its portlet title is "Tin nổi bật"; the article itself prints its asset
   category ("Chuyên mục: Tin tức - Sự kiện") in ``asset-metadata``. Gold category: the section
   (menu/breadcrumb name of the page the article is filed under).
5. Description is not the sapo (not listed): each listing shows the Web Content's description
   (also the ``meta name=description``), a paraphrase that differs from the article's lead.
   Gold summary: the sapo printed on the article page (``ttsk-tomtat``/``dtbd-sapo``/
   ``nctd-tomtat`` div, or a bold first paragraph: 1 2 8 12); null for all the others even
   though their listing shows a description.
6. Image URLs without an extension at the end (not listed): pictures are
   ``/documents/10180/15201/ten-anh.jpg/<uuid>?t=<ms>`` or ``/image/journal/article?img_id=…&t=…``
   and one is a lightbox thumbnail ``…?imageThumbnail=1`` inside a link to the big file.
   Gold images: the ``img`` src with its query string, exactly as printed (``&amp;`` unescaped);
   the listing's small images are not the article's.
7. "Lịch công tác" beside the text (chrome that looks like content): a Journal Content portlet
   with the same ``journal-content-article`` class as the article, a long table of the current
   week (30/11–06/12/2026) full of dates and times; next to a three-paragraph article (10) it is
   the largest text block. Gold: not body, not a date source.
8. Dates: the listing shows the *modified* date ("05/12/26", ``metadata-modified-date``) and the
   article repeats it as "Cập nhật: …" in ``asset-metadata``; the publication date is the
   template's own line, printed differently per section: "15:10 | Thứ Sáu, 04/12/2026" (Tin tức),
   "Đăng lúc 02:30 CH ngày 25/11/2026" (Đào tạo, 12-hour clock with the Vietnamese SA/CH),
   "Ngày đăng: 01/12/2026" (Nghiên cứu, a day only). Gold: the template's date, 12-hour times
   converted ("02:30 CH" -> 14:30), a "00:00" time (4) as the day alone, the research articles
   as days.
9. Bylines: the template's author field is right-aligned after the text ("Tin, ảnh: X"; "Tin: X -
   Ảnh: Y"; a unit alone "Phòng Quản lý đào tạo"; "BBT"), or on top for research articles ("ThS.
   Lê Thị Hồng Nhung" over "Giảng viên Khoa Lý luận cơ sở"), while ``asset-metadata`` prints the
   CMS user "Người đăng: Quản Trị Cổng". Gold authors: names as printed without degrees or posts;
   BBT and the CMS user are nobody.
10. Text boundaries: inside the publisher's ``asset-content`` come ratings ("Điểm trung bình (4
   phiếu bầu)"); after it "Tin liên quan" with dates, tags, and a comments block with readers'
   messages (8, 13); inside the template a font-size/print tool bar, a "Xem thêm:" line (10) and
   an attachment line (3). Gold body: only the template's text paragraphs.
11. Encodings of the editors (not listed as such here): CKEditor 3.6 of Liferay 6.1 writes
   Latin-1 letters as named entities (``&agrave;``, ``&ecirc;``) and leaves the other Vietnamese
   letters raw, so one word mixes both ("Tr&ecirc;n" next to "ạ"); one article typed with Unikey's
   composed ("tổ hợp") mode is in NFD (5); one was pasted from Word with ``MsoNormal`` spans and
   empty ``<o:p>&nbsp;</o:p>`` spacers (4). Gold: NFC text, spacers are nothing.
12. An official notice (3): party letterhead table "TỈNH ỦY QUẢNG TRỊ / TRƯỜNG CHÍNH TRỊ / Số:
   312-TB/TCT | ĐẢNG CỘNG SẢN VIỆT NAM / Quảng Trị, ngày 25 tháng 11 năm 2026", kind and subject,
   then "Nơi nhận" and "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / (Đã ký) / Lê Văn Dũng", while the
   template still prints its own posting time "08:00 | Thứ Sáu, 27/11/2026". Gold (house
   convention): date 2026-11-25 (letterhead day), author Lê Văn Dũng, letterhead/kind/closing
   not body.

Gold decisions on ambiguous points
----------------------------------
- ``path``/``canonical_path``: the plain friendly URL on the section page, although copies on
  the home page and the ``content/id/`` copies print their own ``rel=canonical``.
- A caption printed in parentheses ("(Quang cảnh buổi làm việc)") loses them; a photo line that
  only credits ("Ảnh: Lê Quang Vinh") is no caption and makes a photographer.
- Table rows in the text are paragraphs with cells joined by " | " (6, 11); a ``<br />`` inside a
  paragraph splits it (11); the references of the research article (12) are its own text, and
  its footnote calls "[1]" stay in their sentences.
- Article 7's closing "Theo Báo Quảng Trị" is its source; its byline "Thanh Trúc" its author.
- ``alt_paths`` are listed by walking the fixture itself (``discover()``: every ``href``, the
  redirects and the print URLs in ``window.open``, once with and once without the session
  cookie); the other gold fields are written by hand in the stories.
"""

from __future__ import annotations

import html as _html
import re
import unicodedata
from dataclasses import dataclass
from html.entities import codepoint2name
from urllib.parse import quote, urlsplit

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "liferay61_political_school_tct"
PLATFORM = "Liferay Portal 6.1 CE GA2 (Asset Publisher, Journal templates, vendor theme)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Quảng Trị"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
COMPANY, GROUP = 10154, 10180
SESSION_ID = "A3F09C51E27B84D6C1E5F2A7B90D3C48"
THEME = "/tctquangtri-theme"
HOME_INST = "Hm9NbW3xQa2C"
DL_INST = "Dl4cQ8wNz0Hk"
STAMP = "1354089600000"


@dataclass(frozen=True)
class Section:
    key: str
    name: str
    inst: str
    delta: int
    plid: int
    template: str
    category_id: int


SECTIONS = [
    Section("tin-tuc-su-kien", "Tin tức - Sự kiện", "Kq7RtZ2mXw4B", 5, 10182, "ttsk", 10457),
    Section("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", "Vn3HsY8pLc0D", 3, 10186, "dtbd", 10459),
    Section("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", "Tp5GuA1jEe6F", 5, 10190, "nctd", 10461),
]
SECTION = {s.key: s for s in SECTIONS}

# the other layouts: key -> (menu name, plid)
PAGES = {
    "trang-chu": ("Trang chủ", 10175),
    "gioi-thieu": ("Giới thiệu", 10177),
    "co-cau-to-chuc": ("Cơ cấu tổ chức", 10179),
    "van-ban": ("Văn bản", 10194),
    "thu-vien-anh": ("Thư viện ảnh", 10196),
    "lich-cong-tac": ("Lịch công tác", 10198),
    "lien-he": ("Liên hệ", 10200),
}


def _doc(folder: int, name: str, uuid: str, t: str = "1796300000000") -> str:
    return f"/documents/{GROUP}/{folder}/{name}/{uuid}?t={t}"


# --- the thirteen articles --------------------------------------------------------------------

S1 = Story(
    id=1,
    slug="hoi-nghi-tong-ket-cong-tac-ao-tao-boi-duong-nam-2026-va-trien-khai-nhiem-vu-nam-2027",
    title="Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026 và triển khai nhiệm vụ năm 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T15:10:00+07:00",
    summary=(
        "Chiều ngày 04/12, Trường Chính trị tỉnh Quảng Trị tổ chức Hội nghị tổng kết công tác đào "
        "tạo, bồi dưỡng năm 2026 và triển khai nhiệm vụ năm 2027. Đồng chí Trần Thị Mai Hương, Ủy "
        "viên Ban Thường vụ, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy dự và chỉ đạo hội nghị."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Năm 2026, trong bối cảnh còn nhiều khó khăn, Nhà trường đã bám sát kế hoạch được Ban "
            "Thường vụ Tỉnh ủy phê duyệt, chủ động phối hợp với các đảng ủy xã, phường và đảng ủy "
            "trực thuộc trong công tác chiêu sinh, tổ chức lớp. Kết quả, Trường đã mở 27 lớp với "
            "2.146 học viên, đạt 112% kế hoạch năm."
        ),
        P(
            "Trong đó, có 9 lớp trung cấp lý luận chính trị - hành chính với 612 học viên; 14 lớp "
            "bồi dưỡng cán bộ, công chức, viên chức với 1.203 học viên; 4 lớp bồi dưỡng theo chức "
            "danh cho cán bộ chủ chốt cấp xã với 331 học viên. Tỷ lệ học viên tốt nghiệp loại khá, "
            "giỏi đạt 78,6%."
        ),
        Img(
            _doc(15201, "tong-ket-2026-01.jpg", "4b1f0c52-8d1e-4a6b-9c33-1e7f2a9d5b10", "1796382611000"),
            "Đồng chí Trần Thị Mai Hương phát biểu chỉ đạo tại hội nghị",
            "Đồng chí Trần Thị Mai Hương phát biểu chỉ đạo tại hội nghị",
            style="table",
        ),
        P(
            "Công tác đổi mới phương pháp giảng dạy tiếp tục được quan tâm. 100% giảng viên đã ứng "
            "dụng công nghệ thông tin trong bài giảng; nhiều khoa đã đưa tình huống thực tiễn của "
            "địa phương vào giảng dạy, tạo hứng thú cho học viên. Hoạt động nghiên cứu khoa học có "
            "bước tiến mới với 2 đề tài cấp cơ sở được nghiệm thu đạt loại xuất sắc."
        ),
        P(
            "Phát biểu chỉ đạo hội nghị, đồng chí Trần Thị Mai Hương ghi nhận, biểu dương những kết "
            "quả Nhà trường đạt được trong năm qua, đồng thời đề nghị tập thể cán bộ, giảng viên "
            "tiếp tục nâng cao chất lượng đội ngũ, bám sát thực tiễn cơ sở, làm tốt công tác đấu "
            "tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng."
        ),
        Img(
            _doc(15201, "tong-ket-2026-02.jpg", "9a0d6e11-3c47-4f85-b2de-6a8c0f1e2d34", "1796382655000"),
            "Lãnh đạo Nhà trường trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc",
            "Lãnh đạo Nhà trường trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc",
            style="table",
        ),
        P(
            "Dịp này, Hiệu trưởng Nhà trường đã tặng Giấy khen cho 4 tập thể và 15 cá nhân có thành "
            "tích xuất sắc trong công tác đào tạo, bồi dưỡng năm 2026."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hoàng Anh Tuấn</strong></p>'),
    ],
    authors=["Hoàng Anh Tuấn"],
    photographers=["Hoàng Anh Tuấn"],
    opts={
        "art": 15421, "entry": 15433, "ver": "1.2", "shown": (2026, 12, 4, 15, 10), "mod": "05/12/26",
        "small": 15437, "related": [2, 4, 5],
        "desc": "Năm 2026, Trường mở 27 lớp với hơn 2.100 học viên, vượt kế hoạch đề ra.",
        "tags": ["tổng kết", "đào tạo"],
    },
)

S2 = Story(
    id=2,
    slug="truong-chinh-tri-tinh-quang-tri-on-tiep-va-lam-viec-voi-oan-cong-tac-truong-chinh-tri-tinh-savannakhet-lao",
    title=(
        "Trường Chính trị tỉnh Quảng Trị đón tiếp và làm việc với đoàn công tác Trường Chính trị "
        "tỉnh Savannakhet (Lào)"
    ),
    cat="tin-tuc-su-kien",
    published_at="2026-12-02T09:45:00+07:00",
    summary=(
        "Sáng 02/12, Trường Chính trị tỉnh Quảng Trị đã đón tiếp và làm việc với đoàn công tác "
        "Trường Chính trị tỉnh Savannakhet, nước Cộng hòa Dân chủ Nhân dân Lào do đồng chí "
        "Khămphon Sysouvong, Hiệu trưởng làm trưởng đoàn."
    ),
    blocks=[
        P(
            "Sáng 02/12, Trường Chính trị tỉnh Quảng Trị đã đón tiếp và làm việc với đoàn công tác "
            "Trường Chính trị tỉnh Savannakhet, nước Cộng hòa Dân chủ Nhân dân Lào do đồng chí "
            "Khămphon Sysouvong, Hiệu trưởng làm trưởng đoàn.",
            style="lead",
        ),
        P(
            "Tiếp và làm việc với đoàn có đồng chí Lê Văn Dũng, Phó Hiệu trưởng phụ trách Nhà "
            "trường cùng lãnh đạo các khoa, phòng chuyên môn."
        ),
        P(
            "Tại buổi làm việc, hai bên đã thông tin về tình hình hoạt động của mỗi trường trong năm "
            "2026, nhất là công tác đào tạo cán bộ cơ sở, xây dựng chương trình bồi dưỡng và phát "
            "triển đội ngũ giảng viên."
        ),
        Img(
            _doc(15203, "savannakhet-01.jpg", "0c6b2f7e-51a9-4d2c-8e43-7b19d5a0c3f8", "1796185411000"),
            "(Quang cảnh buổi làm việc)",
            "Quang cảnh buổi làm việc",
            style="em",
        ),
        P(
            "Đồng chí Khămphon Sysouvong cảm ơn sự đón tiếp chu đáo, nhiệt tình của Trường Chính "
            "trị tỉnh Quảng Trị và mong muốn hai trường tiếp tục trao đổi kinh nghiệm, tài liệu "
            "giảng dạy, đặc biệt là trong việc bồi dưỡng tiếng Việt cho cán bộ tỉnh Savannakhet."
        ),
        P(
            "Thay mặt Nhà trường, đồng chí Lê Văn Dũng khẳng định sẽ tiếp tục phối hợp thực hiện tốt "
            "biên bản ghi nhớ hợp tác giai đoạn 2026 - 2030 đã được hai bên ký kết, góp phần vun đắp "
            "mối quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt Việt Nam - Lào."
        ),
        Img(
            _doc(15203, "savannakhet-02.jpg", "e7d31a90-2b6c-4f18-9a05-c4e8b2d61f7a", "1796185452000"),
            "(Hai đoàn chụp ảnh lưu niệm)",
            "Hai đoàn chụp ảnh lưu niệm",
            style="em",
        ),
        P(
            "Chiều cùng ngày, đoàn đã đến dâng hương tại Thành cổ Quảng Trị và Nghĩa trang Liệt sĩ "
            "Quốc gia Trường Sơn."
        ),
        Raw(
            '<p style="text-align: right;">Tin: <strong>Trần Minh Phương</strong> - Ảnh: '
            "<strong>Lê Quang Vinh</strong></p>"
        ),
    ],
    authors=["Trần Minh Phương"],
    photographers=["Lê Quang Vinh"],
    opts={
        "art": 15402, "entry": 15414, "ver": "1.1", "shown": (2026, 12, 2, 9, 45), "mod": "03/12/26",
        "small": 15418, "related": [1, 5],
        "desc": "Hai trường trao đổi kinh nghiệm đào tạo cán bộ cơ sở và hợp tác giai đoạn 2026 - 2030.",
        "tags": ["hợp tác quốc tế", "Lào"],
    },
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 45%; text-align: center; vertical-align: top;">TỈNH ỦY QUẢNG TRỊ<br />'
    "<strong>TRƯỜNG CHÍNH TRỊ</strong><br />*<br />Số: 312-TB/TCT</td>"
    '<td style="text-align: center; vertical-align: top;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u>'
    "</strong><br />&nbsp;<br /><em>Quảng Trị, ngày 25 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Tuyển sinh lớp Trung '
    "cấp lý luận chính trị - hành chính<br />hệ không tập trung năm 2027</strong></p>"
)
_CLOSING = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width: 100%;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
    "- Các cơ quan, đơn vị trực thuộc Tỉnh ủy;<br />- Đảng ủy các xã, phường, đặc khu;<br />"
    "- Lưu VP, Phòng QLĐT.</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU '
    "TRƯỞNG</strong><br /><em>(Đã ký)</em><br /><br /><strong>Lê Văn Dũng</strong></td>"
    "</tr></tbody></table>"
)

S3 = Story(
    id=3,
    slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-nam-2027",
    title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-11-25",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 45-KH/TU ngày 15/3/2026 của Ban Thường vụ Tỉnh ủy về đào tạo, bồi "
            "dưỡng cán bộ năm 2027, Trường Chính trị tỉnh Quảng Trị thông báo tuyển sinh lớp Trung "
            "cấp lý luận chính trị - hành chính hệ không tập trung năm 2027 như sau:"
        ),
        P("1. Đối tượng", style="h"),
        P(
            "Cán bộ, công chức, viên chức đang công tác tại các cơ quan đảng, nhà nước, Mặt trận Tổ "
            "quốc và các đoàn thể chính trị - xã hội từ cấp xã trở lên; đã được quy hoạch chức danh "
            "trưởng, phó phòng hoặc tương đương."
        ),
        P("2. Tiêu chuẩn, điều kiện", style="h"),
        P("Là đảng viên chính thức, có trình độ học vấn tốt nghiệp trung học phổ thông trở lên;", style="li"),
        P(
            "Có đủ sức khỏe để học tập, không quá 50 tuổi đối với nam và 45 tuổi đối với nữ tính đến "
            "ngày khai giảng;",
            style="li",
        ),
        P("Được cấp ủy, cơ quan có thẩm quyền cử đi học.", style="li"),
        P("3. Thời gian, địa điểm", style="h"),
        P(
            "Khóa học dự kiến khai giảng trong tháng 02/2027, học tập trung mỗi tháng 10 ngày tại "
            "Trường. Hồ sơ gửi về Phòng Quản lý đào tạo trước ngày 31/12/2026."
        ),
        P(
            "Đề nghị các cấp ủy, cơ quan, đơn vị quan tâm, tạo điều kiện cử cán bộ đi học đúng đối "
            "tượng, đủ số lượng./."
        ),
        Raw(_CLOSING),
        Raw(
            f'<p><img alt="" src="{THEME}/images/file_system/small/pdf.png" /> <a href="'
            + _doc(15650, "TB-312-TCT.pdf", "8e3a5c21-0f4d-4b7a-93e6-2d1c7f9b0a58", "1796013000000").replace("&", "&amp;")
            + '">Tải về: Thông báo số 312-TB/TCT (PDF, 186 KB)</a></p>'
        ),
    ],
    authors=["Lê Văn Dũng"],
    opts={
        "art": 15380, "entry": 15392, "ver": "1.0", "shown": (2026, 11, 27, 8, 0), "mod": "27/11/26",
        "small": None, "related": [1],
        "desc": "Thông báo số 312-TB/TCT về đối tượng, tiêu chuẩn và thời gian tuyển sinh năm 2027.",
        "tags": ["tuyển sinh"],
    },
)

S4 = Story(
    id=4,
    slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20",
    blocks=[
        P(
            "Sáng 20/11, Công đoàn Trường Chính trị tỉnh Quảng Trị tổ chức gặp mặt kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam. Đến dự có các đồng chí nguyên là lãnh đạo, giảng viên Nhà trường "
            "qua các thời kỳ."
        ),
        Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
        P(
            "Tại buổi gặp mặt, các đại biểu đã cùng ôn lại truyền thống vẻ vang của ngành giáo dục "
            "và chặng đường xây dựng, phát triển của Nhà trường. Từ một cơ sở đào tạo với cơ sở vật "
            "chất còn nhiều thiếu thốn, đến nay Trường đã có đội ngũ 46 cán bộ, giảng viên, trong đó "
            "có 3 tiến sĩ và 29 thạc sĩ."
        ),
        P(
            "Thay mặt lãnh đạo Nhà trường, đồng chí Lê Văn Dũng gửi lời tri ân sâu sắc đến các thế "
            "hệ nhà giáo đã cống hiến cho sự nghiệp đào tạo cán bộ của tỉnh; đồng thời mong muốn đội "
            "ngũ giảng viên hôm nay tiếp tục giữ gìn phẩm chất “vừa hồng, vừa chuyên”, không ngừng "
            "học tập, nâng cao trình độ."
        ),
        Raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'),
        P(
            "Các thầy, cô giáo nguyên là cán bộ Nhà trường bày tỏ niềm vui trước sự trưởng thành của "
            "thế hệ kế tiếp, nhắc nhớ những kỷ niệm khó quên trong những năm đầu tái lập tỉnh."
        ),
        P(
            "Buổi gặp mặt diễn ra trong không khí ấm cúng với nhiều tiết mục văn nghệ đặc sắc do cán "
            "bộ, giảng viên và học viên các lớp biểu diễn."
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
            'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'
            "Công đoàn Trường<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Công đoàn Trường"],
    opts={
        "art": 15344, "entry": 15356, "ver": "1.3", "shown": (2026, 11, 20, 0, 0), "mod": "21/11/26",
        "small": 15360, "related": [1, 5], "pstyle": "word", "text": "plain",
        "desc": "Gặp mặt các thế hệ nhà giáo nhân kỷ niệm Ngày Nhà giáo Việt Nam.",
        "tags": ["20/11"],
    },
)

S5 = Story(
    id=5,
    slug="chi-bo-khoa-xay-dung-ang-sinh-hoat-chuyen-e-nang-cao-chat-luong-sinh-hoat-chi-bo-trong-on-vi-su-nghiep",
    title=(
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề “Nâng cao chất lượng sinh hoạt chi bộ trong "
        "đơn vị sự nghiệp”"
    ),
    cat="tin-tuc-su-kien",
    published_at="2026-11-13T16:20:00+07:00",
    blocks=[
        P(
            "Thực hiện Hướng dẫn của Đảng ủy Trường, chiều 12/11, Chi bộ Khoa Xây dựng Đảng đã tổ "
            "chức sinh hoạt chuyên đề quý IV năm 2026 với chủ đề “Nâng cao chất lượng sinh hoạt chi "
            "bộ trong đơn vị sự nghiệp”."
        ),
        P(
            "Đồng chí Bí thư Chi bộ trình bày báo cáo đề dẫn, nêu rõ thực trạng sinh hoạt chi bộ thời "
            "gian qua: nội dung sinh hoạt có lúc còn dàn trải, tính chiến đấu trong tự phê bình và "
            "phê bình chưa cao, việc chuẩn bị tài liệu chưa được đầu tư đúng mức."
        ),
        P(
            "Các đảng viên đã tập trung thảo luận, đề xuất nhiều giải pháp thiết thực như: chuẩn bị "
            "kỹ nội dung trước mỗi kỳ sinh hoạt, phân công đảng viên phụ trách từng chuyên đề, gắn "
            "sinh hoạt chi bộ với nhiệm vụ chuyên môn của khoa."
        ),
        P(
            "Qua buổi sinh hoạt, mỗi đảng viên nâng cao nhận thức, trách nhiệm trong việc xây dựng chi "
            "bộ trong sạch, vững mạnh, hoàn thành tốt nhiệm vụ chính trị được giao."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Nguyễn Thị Thu Hà</strong> (Chi bộ Khoa Xây dựng '
            "Đảng)</p>"
        ),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    opts={
        "art": 15311, "entry": 15323, "ver": "1.0", "shown": (2026, 11, 13, 16, 20), "mod": "13/11/26",
        "small": 15327, "related": [4], "text": "nfd",
        "desc": "Sinh hoạt chuyên đề quý IV năm 2026 của Chi bộ Khoa Xây dựng Đảng.",
        "tags": ["sinh hoạt chi bộ"],
    },
)

S6 = Story(
    id=6,
    slug="soi-noi-hoi-thao-can-bo-vien-chuc-va-hoc-vien-nam-2026",
    title="Sôi nổi Hội thao cán bộ, viên chức và học viên năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-30T10:05:00+07:00",
    blocks=[
        P(
            "Từ ngày 27 đến 29/10, Trường Chính trị tỉnh Quảng Trị tổ chức Hội thao cán bộ, viên chức "
            "và học viên năm 2026 với sự tham gia của gần 200 vận động viên đến từ các khoa, phòng và "
            "các lớp đang học tập tại Trường."
        ),
        P(
            "Hội thao gồm các môn: bóng chuyền hơi, cầu lông, kéo co và cờ tướng. Các trận đấu diễn "
            "ra sôi nổi, hấp dẫn, thể hiện tinh thần đoàn kết, giao lưu học hỏi giữa cán bộ, giảng "
            "viên và học viên."
        ),
        Img(
            _doc(15205, "hoi-thao-2026-1.jpg", "5f2c8d1a-7e3b-4a96-b0c4-18d9e6f2a7c3", "1795840000000"),
            "Ảnh: Lê Quang Vinh",
            None,
            style="em",
        ),
        P("Kết quả các môn thi đấu như sau:"),
        P("Môn thi đấu | Giải Nhất | Giải Nhì", style="tr"),
        P("Bóng chuyền hơi nam | Lớp TC LLCT-HC K62 | Khối Phòng", style="tr"),
        P("Bóng chuyền hơi nữ | Khối Khoa | Lớp TC LLCT-HC K63", style="tr"),
        P("Kéo co | Lớp TC LLCT-HC K63 | Lớp Bồi dưỡng cán bộ dân vận", style="tr"),
        P(
            "Ban Tổ chức đã trao 12 giải thưởng cho các tập thể, cá nhân đạt thành tích cao. Hội thao "
            "là hoạt động thiết thực hướng tới chào mừng Ngày Nhà giáo Việt Nam 20/11."
        ),
        Img(
            _doc(15205, "hoi-thao-2026-2.jpg", "c1a7e9d3-6b20-4f5e-8d17-a3b5c9e0f264", "1795840031000"),
            None,
            None,
            style="bare",
        ),
        Raw('<p style="text-align: right;"><strong>Đoàn Thanh niên Trường</strong></p>'),
    ],
    authors=["Đoàn Thanh niên Trường"],
    photographers=["Lê Quang Vinh"],
    opts={
        "art": 15262, "entry": 15274, "ver": "1.1", "shown": (2026, 10, 30, 10, 5), "mod": "30/10/26",
        "small": 15278, "related": [],
        "desc": "Gần 200 vận động viên tranh tài ở 4 môn thể thao.",
        "tags": ["hội thao"],
    },
)

S7 = Story(
    id=7,
    slug="oan-vien-thanh-nien-nha-truong-ra-quan-ho-tro-nhan-dan-khac-phuc-hau-qua-lu-lut",
    title="Đoàn viên thanh niên Nhà trường ra quân hỗ trợ Nhân dân khắc phục hậu quả lũ lụt",
    cat="tin-tuc-su-kien",
    published_at="2026-10-16T17:40:00+07:00",
    blocks=[
        P(
            "Sau đợt mưa lũ lớn giữa tháng 10, nhiều thôn vùng trũng phía Nam của tỉnh bị ngập sâu, "
            "đời sống Nhân dân gặp nhiều khó khăn. Ngày 15/10, Đoàn Thanh niên Trường Chính trị tỉnh "
            "đã tổ chức ra quân hỗ trợ người dân xã Nam Hải Lăng khắc phục hậu quả."
        ),
        P(
            "Hơn 60 đoàn viên thanh niên là cán bộ, giảng viên trẻ và học viên đã tham gia dọn dẹp "
            "bùn đất tại trường học, trạm y tế, nhà văn hóa thôn và nhà của các gia đình chính sách, "
            "hộ neo đơn."
        ),
        Img(
            _doc(15207, "ho-tro-lu-lut.jpg", "2d8f4b6a-9c1e-4e73-a5d0-7f3b1c8e9a26", "1794829000000"),
            "Đoàn viên thanh niên dọn bùn đất tại một điểm trường mầm non",
            "Đoàn viên thanh niên dọn bùn đất tại một điểm trường mầm non",
            style="em",
        ),
        P(
            "Dịp này, Đoàn Thanh niên Trường đã trao 50 suất quà, mỗi suất trị giá 500.000 đồng cùng "
            "nhiều nhu yếu phẩm cho các hộ gia đình bị thiệt hại nặng. Kinh phí do cán bộ, giảng viên "
            "và học viên Nhà trường quyên góp."
        ),
        P(
            "Hoạt động đã thể hiện tinh thần “tương thân, tương ái”, trách nhiệm của tuổi trẻ Nhà "
            "trường đối với cộng đồng, được chính quyền và Nhân dân địa phương ghi nhận, đánh giá cao."
        ),
        Raw('<p style="text-align: right;"><strong>Thanh Trúc</strong></p>'),
        Raw('<p style="text-align: right;"><em>Theo Báo Quảng Trị</em></p>'),
    ],
    authors=["Thanh Trúc"],
    source="Báo Quảng Trị",
    opts={
        "art": 15230, "entry": 15242, "ver": "1.0", "shown": (2026, 10, 16, 17, 40), "mod": "17/10/26",
        "small": 15246, "related": [],
        "desc": "Hơn 60 đoàn viên thanh niên tham gia dọn dẹp, trao 50 suất quà cho người dân vùng lũ.",
        "tags": ["tình nguyện", "lũ lụt"],
    },
)

S8 = Story(
    id=8,
    slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k65-he-khong-tap-trung",
    title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính K65 hệ không tập trung",
    cat="dao-tao-boi-duong",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Sáng 03/12, Trường Chính trị tỉnh Quảng Trị tổ chức khai giảng lớp Trung cấp lý luận chính "
        "trị - hành chính K65 hệ không tập trung cho 68 học viên là cán bộ, công chức các xã, phường "
        "khu vực phía Bắc của tỉnh."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự lễ khai giảng có đồng chí Lê Văn Dũng, Phó Hiệu trưởng phụ trách Nhà trường; đại diện "
            "lãnh đạo Ban Tổ chức Tỉnh ủy, lãnh đạo các khoa, phòng và giảng viên chủ nhiệm lớp."
        ),
        Img(
            _doc(15209, "khai-giang-k65-1.jpg", "7a3e5c9b-1d24-4f6a-8b0e-c2d4f6a8b1e3", "1796273400000")
            + "&imageThumbnail=1",
            "Đồng chí Lê Văn Dũng phát biểu khai giảng lớp học",
            "Đồng chí Lê Văn Dũng phát biểu khai giảng lớp học",
            style="lightbox",
        ),
        P(
            "Theo kế hoạch, lớp học diễn ra trong 8 tháng, với 4 phần học: những vấn đề cơ bản về hệ "
            "thống chính trị, nhà nước và pháp luật; quản lý hành chính nhà nước; những vấn đề cơ bản "
            "về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam; kỹ năng lãnh đạo, quản lý và thực "
            "tiễn địa phương."
        ),
        P(
            "Phát biểu tại lễ khai giảng, đồng chí Phó Hiệu trưởng phụ trách đề nghị học viên nêu cao "
            "tinh thần tự giác, chấp hành nghiêm quy chế học tập, tích cực nghiên cứu, trao đổi, liên "
            "hệ với thực tiễn công tác tại cơ sở; đồng thời yêu cầu giảng viên đổi mới phương pháp, "
            "tăng cường tính tương tác trong giảng dạy."
        ),
        Img(
            _doc(15209, "khai-giang-k65-2.jpg", "b4c6e8a0-3f15-4d27-9e81-5a7c9e1b3d50", "1796273455000"),
            "Các học viên tại lễ khai giảng",
            "Các học viên tại lễ khai giảng",
            style="em",
        ),
        P(
            "Đại diện học viên, đồng chí Nguyễn Hữu Phước, Phó Chủ tịch UBND xã Vĩnh Linh hứa sẽ phấn "
            "đấu hoàn thành tốt chương trình học, xứng đáng với sự tin tưởng của cấp ủy, chính quyền "
            "địa phương."
        ),
        Raw('<p style="text-align: right;"><em>Phòng Quản lý đào tạo</em></p>'),
    ],
    authors=["Phòng Quản lý đào tạo"],
    opts={
        "art": 15440, "entry": 15452, "ver": "1.1", "shown": (2026, 12, 3, 14, 30), "mod": "04/12/26",
        "small": 15456, "related": [9, 10],
        "desc": "68 học viên các xã, phường phía Bắc của tỉnh bước vào khóa học 8 tháng.",
        "tags": ["khai giảng", "trung cấp LLCT-HC"],
        "comments": [
            ("Nguyễn Văn Hòa", "04/12/26 20:15", "Chúc các đồng chí học viên lớp K65 học tập tốt, đạt kết quả cao!"),
        ],
    },
)

S9 = Story(
    id=9,
    slug="be-giang-lop-boi-duong-nghiep-vu-cong-tac-dan-van-cho-can-bo-co-so-nam-2026",
    title="Bế giảng lớp bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2026",
    cat="dao-tao-boi-duong",
    published_at="2026-11-25T14:30:00+07:00",
    blocks=[
        P(
            "Chiều 25/11, Trường Chính trị tỉnh Quảng Trị phối hợp với Ban Tuyên giáo và Dân vận Tỉnh "
            "ủy tổ chức bế giảng lớp bồi dưỡng nghiệp vụ công tác dân vận cho 85 học viên là cán bộ "
            "phụ trách công tác dân vận ở các xã, phường."
        ),
        P(
            "Trong thời gian 10 ngày, học viên được nghiên cứu các chuyên đề về quan điểm của Đảng về "
            "công tác dân vận trong tình hình mới, kỹ năng dân vận khéo, kỹ năng tiếp xúc, đối thoại "
            "với Nhân dân và giải quyết những vấn đề bức xúc phát sinh ở cơ sở."
        ),
        Img(
            f"/image/journal/article?img_id=15490&t={STAMP}",
            "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
            "Trao giấy chứng nhận cho học viên hoàn thành khóa học",
            style="em",
        ),
        P(
            "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 46 học viên đạt loại giỏi. Ban Tổ "
            "chức đã khen thưởng 6 học viên có thành tích xuất sắc trong học tập."
        ),
        P(
            "Phát biểu bế giảng, lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị học viên vận dụng "
            "kiến thức đã học vào thực tiễn, tiếp tục phát huy vai trò nòng cốt trong xây dựng và nhân "
            "rộng các mô hình “Dân vận khéo” ở địa phương."
        ),
        Raw('<p style="text-align: right;">Tin: <strong>Phan Thị Bích Ngọc</strong></p>'),
    ],
    authors=["Phan Thị Bích Ngọc"],
    opts={
        "art": 15365, "entry": 15377, "ver": "1.0", "shown": (2026, 11, 25, 14, 30), "mod": "26/11/26",
        "small": 15490, "related": [8],
        "desc": "85 học viên hoàn thành khóa bồi dưỡng nghiệp vụ công tác dân vận.",
        "tags": ["dân vận"],
    },
)

S10 = Story(
    id=10,
    slug="boi-duong-ly-luan-chinh-tri-cho-oi-tuong-ket-nap-ang-la-hoc-sinh",
    title="Bồi dưỡng lý luận chính trị cho đối tượng kết nạp Đảng là học sinh",
    cat="dao-tao-boi-duong",
    published_at="2026-11-10T08:05:00+07:00",
    blocks=[
        P(
            "Từ ngày 06 đến 10/11, Trường Chính trị tỉnh Quảng Trị phối hợp với Đảng ủy các trường "
            "trung học phổ thông tổ chức lớp bồi dưỡng lý luận chính trị cho 124 học sinh ưu tú là "
            "đối tượng kết nạp Đảng."
        ),
        P(
            "Các học viên được nghiên cứu 5 chuyên đề về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; "
            "Đảng Cộng sản Việt Nam - tổ chức lãnh đạo và đội tiên phong của giai cấp công nhân; nhiệm "
            "vụ của người đảng viên và phương hướng phấn đấu."
        ),
        P(
            "Kết thúc lớp học, 100% học viên viết bài thu hoạch đạt yêu cầu, trong đó nhiều bài đạt "
            "loại giỏi, thể hiện nhận thức đúng đắn và quyết tâm phấn đấu trở thành đảng viên Đảng Cộng "
            "sản Việt Nam."
        ),
        Raw("XEMTHEM:8"),
        Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
    ],
    opts={
        "art": 15296, "entry": 15308, "ver": "1.0", "shown": (2026, 11, 10, 8, 5), "mod": "10/11/26",
        "small": None, "related": [8, 9],
        "desc": "124 học sinh ưu tú được bồi dưỡng nhận thức về Đảng.",
        "tags": ["đối tượng Đảng"],
    },
)

S11 = Story(
    id=11,
    slug="ket-qua-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-k61",
    title="Kết quả thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính K61",
    cat="dao-tao-boi-duong",
    published_at="2026-10-22T15:00:00+07:00",
    blocks=[
        P(
            "Từ ngày 19 đến 21/10, Hội đồng thi tốt nghiệp Trường Chính trị tỉnh Quảng Trị đã tổ chức "
            "thi tốt nghiệp cho 72 học viên lớp Trung cấp lý luận chính trị - hành chính K61 hệ không "
            "tập trung."
        ),
        P(
            "Học viên thi 3 môn: Lý luận chính trị (thi viết), Quản lý hành chính nhà nước (thi viết) "
            "và Xử lý tình huống trong lãnh đạo, quản lý (thi vấn đáp)."
        ),
        P("Kết quả xếp loại tốt nghiệp:"),
        P("Xếp loại | Số lượng | Tỷ lệ", style="tr"),
        P("Giỏi | 18 | 25,0%", style="tr"),
        P("Khá | 47 | 65,3%", style="tr"),
        P("Trung bình | 7 | 9,7%", style="tr"),
        P(
            "Học viên đạt điểm tốt nghiệp cao nhất: đồng chí Trần Thị Kim Oanh, công chức Văn phòng - "
            "Thống kê xã Cam Lộ."
        ),
        P("Lễ bế giảng và trao bằng tốt nghiệp dự kiến tổ chức vào ngày 05/11/2026.", style="br"),
        P(
            "Hội đồng thi đánh giá kỳ thi được tổ chức nghiêm túc, đúng quy chế; chất lượng bài thi có "
            "nhiều tiến bộ so với các khóa trước."
        ),
        Raw(
            '<p style="text-align: right;"><strong>ThS. Võ Văn Thành</strong> - Phó Trưởng phòng Quản '
            "lý đào tạo</p>"
        ),
    ],
    authors=["Võ Văn Thành"],
    opts={
        "art": 15248, "entry": 15260, "ver": "1.2", "shown": (2026, 10, 22, 15, 0), "mod": "23/10/26",
        "small": None, "related": [],
        "desc": "90% học viên lớp K61 tốt nghiệp loại khá, giỏi.",
        "tags": ["thi tốt nghiệp"],
    },
)

S12 = Story(
    id=12,
    slug="gan-ly-luan-voi-thuc-tien-ia-phuong-trong-giang-day-cac-mon-ly-luan-chinh-tri",
    title="Gắn lý luận với thực tiễn địa phương trong giảng dạy các môn lý luận chính trị",
    cat="nghien-cuu-trao-doi",
    published_at="2026-12-01",
    summary=(
        "Gắn lý luận với thực tiễn là nguyên tắc cơ bản trong giảng dạy lý luận chính trị. Bài viết "
        "phân tích thực trạng và đề xuất một số giải pháp nhằm tăng cường liên hệ thực tiễn địa "
        "phương trong giảng dạy các môn lý luận chính trị ở Trường Chính trị tỉnh Quảng Trị hiện nay."
    ),
    sapo_outside=True,
    blocks=[
        Raw("TOP:<strong>ThS. Lê Thị Hồng Nhung</strong><br /><em>Giảng viên Khoa Lý luận cơ sở</em>"),
        P("1. Sự cần thiết gắn lý luận với thực tiễn trong giảng dạy lý luận chính trị", style="h"),
        P(
            "Chủ tịch Hồ Chí Minh khẳng định: “Thống nhất giữa lý luận và thực tiễn là một nguyên tắc "
            "căn bản của chủ nghĩa Mác - Lênin. Thực tiễn không có lý luận hướng dẫn thì thành thực "
            "tiễn mù quáng. Lý luận mà không liên hệ với thực tiễn là lý luận suông”[1]. Đối với "
            "trường chính trị cấp tỉnh, nơi đào tạo đội ngũ cán bộ chủ chốt ở cơ sở, yêu cầu này càng "
            "trở nên cấp thiết."
        ),
        P(
            "Học viên của Trường phần lớn là cán bộ đang công tác, có kinh nghiệm thực tiễn phong phú. "
            "Họ không chỉ cần hiểu lý luận mà còn cần được trang bị phương pháp vận dụng lý luận để "
            "giải quyết những vấn đề cụ thể đặt ra ở địa phương."
        ),
        P("2. Thực trạng liên hệ thực tiễn trong giảng dạy ở Nhà trường", style="h"),
        P(
            "Những năm qua, đội ngũ giảng viên đã có nhiều cố gắng trong việc đưa thực tiễn địa phương "
            "vào bài giảng. Nhiều bài giảng đã sử dụng số liệu về phát triển kinh tế - xã hội, xây dựng "
            "nông thôn mới, công tác xây dựng Đảng ở cơ sở của tỉnh làm dẫn chứng minh họa."
        ),
        P(
            "Tuy nhiên, việc liên hệ thực tiễn ở một số bài giảng còn mang tính minh họa đơn thuần, số "
            "liệu chậm cập nhật; hoạt động đi thực tế của giảng viên chưa thường xuyên theo quy "
            "định[2]; việc khai thác kinh nghiệm thực tiễn của chính học viên trong quá trình giảng dạy "
            "chưa được chú trọng."
        ),
        P("3. Một số giải pháp", style="h"),
        P(
            "Thứ nhất, mỗi khoa cần xây dựng ngân hàng tình huống thực tiễn của địa phương, cập nhật "
            "hằng năm, gắn với từng chuyên đề giảng dạy."
        ),
        P(
            "Thứ hai, thực hiện nghiêm chế độ đi thực tế của giảng viên, gắn đi thực tế với nghiên cứu "
            "khoa học và biên soạn tài liệu giảng dạy."
        ),
        P(
            "Thứ ba, đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực của người học, "
            "tăng cường thảo luận, trao đổi kinh nghiệm, xử lý tình huống thực tế tại cơ sở."
        ),
        P(
            "Thứ tư, tăng cường phối hợp với các cơ quan, ban, ngành của tỉnh trong việc mời báo cáo "
            "viên là cán bộ lãnh đạo, quản lý có kinh nghiệm tham gia trao đổi chuyên đề."
        ),
        P("Tài liệu tham khảo", style="h"),
        P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.8, tr.496.", style="small"),
        P(
            "[2] Quy định số 09-QĐ/TW ngày 13/11/2018 của Ban Bí thư về chế độ đi nghiên cứu, khảo sát "
            "thực tế của giảng viên lý luận chính trị.",
            style="small",
        ),
    ],
    authors=["Lê Thị Hồng Nhung"],
    opts={
        "art": 15420, "entry": 15432, "ver": "1.0", "shown": (2026, 12, 1, 8, 20), "mod": "02/12/26",
        "small": None, "related": [13],
        "desc": "Thực trạng và giải pháp liên hệ thực tiễn địa phương trong bài giảng.",
        "tags": ["phương pháp giảng dạy"],
    },
)

S13 = Story(
    id=13,
    slug="chuyen-oi-so-trong-hoat-ong-ao-tao-boi-duong-can-bo-o-truong-chinh-tri-cap-tinh-co-hoi-va-thach-thuc",
    title=(
        "Chuyển đổi số trong hoạt động đào tạo, bồi dưỡng cán bộ ở trường chính trị cấp tỉnh: cơ "
        "hội và thách thức"
    ),
    cat="nghien-cuu-trao-doi",
    published_at="2026-11-18",
    blocks=[
        Raw("TOP:<strong>TS. Phan Đức Hải</strong><br /><em>Trưởng Khoa Nhà nước và pháp luật</em>"),
        P(
            "Chuyển đổi số đang tác động sâu rộng đến mọi lĩnh vực của đời sống xã hội, trong đó có "
            "hoạt động đào tạo, bồi dưỡng cán bộ. Đối với các trường chính trị cấp tỉnh, chuyển đổi số "
            "vừa là yêu cầu khách quan, vừa là cơ hội để nâng cao chất lượng đào tạo."
        ),
        P(
            "Về cơ hội, ứng dụng công nghệ số giúp nhà trường quản lý học viên, chương trình, kế hoạch "
            "giảng dạy một cách khoa học; học viên có thể tiếp cận tài liệu điện tử mọi lúc, mọi nơi; "
            "giảng viên có thêm công cụ để đổi mới phương pháp giảng dạy."
        ),
        Img(
            f"/image/journal/article?img_id=15471&t={STAMP}",
            "Giảng viên Nhà trường sử dụng bài giảng điện tử trong giờ lên lớp",
            "Giảng viên Nhà trường sử dụng bài giảng điện tử trong giờ lên lớp",
            style="table",
        ),
        P(
            "Tuy vậy, quá trình chuyển đổi số cũng đặt ra không ít thách thức. Hạ tầng công nghệ thông "
            "tin của nhiều trường còn hạn chế; kỹ năng số của một bộ phận giảng viên, nhất là giảng "
            "viên lớn tuổi, chưa đáp ứng yêu cầu; việc bảo đảm an toàn, bảo mật thông tin chưa được "
            "quan tâm đúng mức."
        ),
        P(
            "Để thúc đẩy chuyển đổi số, các trường chính trị cần tập trung đầu tư hạ tầng, xây dựng hệ "
            "thống quản lý đào tạo trực tuyến, số hóa tài liệu, giáo trình; đồng thời chú trọng bồi "
            "dưỡng kỹ năng số cho đội ngũ cán bộ, giảng viên."
        ),
        P(
            "Chuyển đổi số không chỉ là câu chuyện công nghệ mà trước hết là thay đổi nhận thức, phương "
            "thức làm việc. Chỉ khi mỗi cán bộ, giảng viên chủ động thích ứng, chuyển đổi số mới thực "
            "sự trở thành động lực nâng cao chất lượng đào tạo, bồi dưỡng cán bộ."
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Giáo dục lý luận</em></p>'),
    ],
    authors=["Phan Đức Hải"],
    source="Tạp chí Giáo dục lý luận",
    opts={
        "art": 15330, "entry": 15342, "ver": "1.1", "shown": (2026, 11, 18, 9, 0), "mod": "19/11/26",
        "small": 15471, "related": [12],
        "desc": "Chuyển đổi số vừa là yêu cầu khách quan vừa là cơ hội nâng cao chất lượng đào tạo.",
        "tags": ["chuyển đổi số"],
        "comments": [
            (
                "Hồ Minh Tâm",
                "20/11/26 07:42",
                "Bài viết rất thiết thực. Đề nghị Nhà trường sớm đưa hệ thống học liệu điện tử vào sử "
                "dụng cho học viên hệ không tập trung.",
            ),
        ],
    },
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
BY_ENTRY = {s.opts["entry"]: s for s in STORIES}
HOME_IDS = [1, 8, 2, 12]
MOST_READ_IDS = [3, 9, 4]


def section_stories(key: str) -> list[Story]:
    """A section's articles, newest display date first (the publisher's order)."""
    return sorted((s for s in STORIES if s.cat == key), key=lambda s: s.opts["shown"], reverse=True)


# --- small formatting helpers -----------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _weekday(y: int, m: int, d: int) -> str:
    import datetime

    return _WEEKDAYS[datetime.date(y, m, d).weekday()]


def _dmy(shown: tuple) -> str:
    y, m, d = shown[:3]
    return f"{d:02d}/{m:02d}/{y}"


def _hm12(h: int, mi: int) -> str:
    """Java's ``hh:mm a`` in the vi_VN locale: SA (sáng) / CH (chiều)."""
    return f"{(h % 12) or 12:02d}:{mi:02d} {'SA' if h < 12 else 'CH'}"


def _cke(value: str) -> str:
    """CKEditor 3.6 with ``entities_latin``: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in _html.escape(value, quote=False):
        name = codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name and ord(ch) < 256 else ch)
    return "".join(out)


def _txt(story: Story, value: str) -> str:
    mode = story.opts.get("text", "cke")
    if mode == "nfd":
        return _html.escape(unicodedata.normalize("NFD", value), quote=False)
    if mode == "plain":
        return _html.escape(value, quote=False)
    return _cke(value)


def _q(value: str) -> str:
    return quote(value, safe="")


# --- URLs --------------------------------------------------------------------------------------


def article_path(story: Story, page: str | None = None, inst: str | None = None) -> str:
    sec = SECTION[story.cat]
    return f"/web/guest/{page or sec.key}/-/asset_publisher/{inst or sec.inst}/content/{story.slug}"


def id_path(story: Story) -> str:
    sec = SECTION[story.cat]
    return f"/web/guest/{sec.key}/-/asset_publisher/{sec.inst}/content/id/{story.opts['entry']}"


def page_url(sec: Section, cur: int, delta: int | None = None) -> str:
    ns = f"_101_INSTANCE_{sec.inst}_"
    return (
        f"/web/guest/{sec.key}?p_p_id=101_INSTANCE_{sec.inst}&p_p_lifecycle=0&p_p_state=normal"
        f"&p_p_mode=view&p_p_col_id=column-1&p_p_col_count=1&{ns}delta={delta or sec.delta}"
        f"&{ns}keywords=&{ns}advancedSearch=false&{ns}andOperator=true&{ns}cur={cur}"
    )


def print_url(story: Story, page: str, inst: str) -> str:
    ns = f"_101_INSTANCE_{inst}_"
    return (
        f"/web/guest/{page}?p_p_id=101_INSTANCE_{inst}&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view"
        f"&{ns}struts_action=%2Fasset_publisher%2Fview_content&{ns}assetEntryId={story.opts['entry']}"
        f"&{ns}type=content&{ns}urlTitle={story.slug}&{ns}viewMode=print"
    )


# --- page chrome -------------------------------------------------------------------------------

_MENU = [
    ("trang-chu", "Trang chủ", []),
    ("gioi-thieu", "Giới thiệu", [("gioi-thieu", "Giới thiệu chung"), ("co-cau-to-chuc", "Cơ cấu tổ chức")]),
    ("tin-tuc-su-kien", "Tin tức - Sự kiện", []),
    ("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng", []),
    ("nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", []),
    ("van-ban", "Văn bản", []),
    ("thu-vien-anh", "Thư viện ảnh", []),
    ("lien-he", "Liên hệ", []),
]


def _nav(selected: str) -> str:
    items = []
    for key, label, children in _MENU:
        sel = key == selected or any(c[0] == selected for c in children)
        sub = ""
        if children:
            sub = '<ul class="child-menu">' + "".join(
                f'<li><a href="/web/guest/{ck}">{esc(cl)}</a></li>' for ck, cl in children
            ) + "</ul>"
        cls = ' class="selected"' if sel else ""
        items.append(f'<li{cls} id="layout_{PAGES.get(key, ("", 0))[1] or SECTION[key].plid}">'
                     f'<a href="/web/guest/{key}"><span> {esc(label)}</span></a>{sub}</li>')
    return (
        '<nav class="sort-pages modify-pages" id="navigation"><h1><span>Điều hướng</span></h1>'
        "<ul>" + "".join(items) + "</ul></nav>"
    )


def _breadcrumbs(base: str, trail: list[tuple[str, str]]) -> str:
    items = [f'<li class="first"><span><a href="{base}/web/guest/trang-chu">Trang chủ</a></span></li>']
    for i, (label, href) in enumerate(trail):
        cls = ' class="last"' if i == len(trail) - 1 else ""
        items.append(f'<li{cls}><span><a href="{esc(href)}">{esc(label)}</a></span></li>')
    return (
        '<nav class="site-breadcrumbs" id="breadcrumbs"><h1><span>Bạn đang ở đây</span></h1>'
        '<ul class="breadcrumbs breadcrumbs-horizontal lfr-component">' + "".join(items) + "</ul></nav>"
    )


def _portlet(pid: str, title: str, body: str, extra_cls: str = "", borderless: bool = False) -> str:
    base_id = pid.split("_INSTANCE_")[0]
    cls = f"portlet-boundary portlet-boundary_{base_id}_ portlet-static portlet-static-end {extra_cls}"
    if borderless:
        cls += " portlet-borderless"
    return (
        f'<div class="{cls}" id="p_p_id_{pid}_">\n<span id="p_{pid}"></span>\n<div class="portlet-body">\n'
        f'<section class="portlet" id="portlet_{pid}">\n<header class="portlet-topper">'
        f'<h1 class="portlet-title"><span class="portlet-title-text">{esc(title)}</span></h1>'
        f'<menu class="portlet-topper-toolbar" id="portlet-topper-toolbar_{pid}" type="toolbar"></menu>'
        f'</header>\n<div class="portlet-content">\n<div class=" portlet-content-container" style="">\n'
        f'<div class="portlet-body">\n{body}\n</div>\n</div>\n</div>\n</section>\n</div>\n</div>'
    )


_WEEK = [
    ("Thứ Hai", "30/11", ["07h30: Lãnh đạo Trường giao ban tuần.",
                          "14h00: Đ/c Lê Văn Dũng dự họp Ban Thường vụ Tỉnh ủy (cả buổi)."]),
    ("Thứ Ba", "01/12", ["07h30: Khoa Lý luận cơ sở sinh hoạt chuyên môn.",
                         "14h00: Phòng Quản lý đào tạo làm việc với Đảng ủy xã Cam Lộ về mở lớp."]),
    ("Thứ Tư", "02/12", ["08h00: Đón tiếp đoàn công tác Trường Chính trị tỉnh Savannakhet (Lào).",
                         "15h30: Họp Hội đồng Thi đua - Khen thưởng."]),
    ("Thứ Năm", "03/12", ["07h30: Khai giảng lớp TC LLCT-HC K65 (Hội trường A).",
                          "14h00: Đ/c Phó Hiệu trưởng dự Hội nghị Ban Chấp hành Đảng bộ tỉnh."]),
    ("Thứ Sáu", "04/12", ["14h00: Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026 (Hội trường A)."]),
    ("Thứ Bảy", "05/12", ["07h30: Các lớp hệ không tập trung học theo kế hoạch."]),
    ("Chủ Nhật", "06/12", ["Trực cơ quan: Phòng Tổ chức - Hành chính."]),
]


def _week_table(cls: str = "lct-bang") -> str:
    rows = "".join(
        f'<tr><td style="width: 22%; text-align: center;"><strong>{d}</strong><br />{dm}/2026</td>'
        f"<td>{'<br />'.join('- ' + esc(x) for x in items)}</td></tr>"
        for d, dm, items in _WEEK
    )
    return (
        f'<table border="1" cellpadding="3" cellspacing="0" class="{cls}" style="width: 100%;"><tbody>'
        f'<tr><th>Ngày</th><th>Nội dung công việc</th></tr>{rows}</tbody></table>'
    )


def _sidebar(base: str) -> str:
    lct = (
        '<div class="journal-content-article" id="article_10154_10180_14002_12.0">'
        '<p style="text-align: center;"><strong>LỊCH CÔNG TÁC TUẦN</strong><br />'
        "<em>(Từ ngày 30/11/2026 đến ngày 06/12/2026)</em></p>"
        + _week_table()
        + '<p style="text-align: right;"><a href="/web/guest/lich-cong-tac">Xem chi tiết »</a></p></div>'
    )
    most = "".join(
        f'<li class="tct-xn-item"><a href="{base}{id_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a> '
        f'<span class="tct-xn-luot">({BY_ID[i].views()})</span></li>'
        for i in MOST_READ_IDS
    )
    links = (
        '<select class="tct-lienket" onchange="if(this.value!=\'\'){window.open(this.value,\'_blank\');}">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://quangtri.gov.vn">Cổng TTĐT tỉnh Quảng Trị</option>'
        '<option value="http://baoquangtri.vn">Báo Quảng Trị</option>'
        '<option value="http://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>'
        '<option value="http://tapchicongsan.org.vn">Tạp chí Cộng sản</option></select>'
    )
    ns = "_59_INSTANCE_Pl2xVq8RtY0m_"
    poll = (
        f'<form action="{base}/web/guest/trang-chu?p_p_id=59_INSTANCE_Pl2xVq8RtY0m&amp;p_p_lifecycle=1'
        f"&amp;p_p_state=normal&amp;p_p_mode=view&amp;p_p_col_id=column-2&amp;p_p_col_pos=3"
        f'&amp;p_p_col_count=5&amp;{ns}struts_action=%2Fpolls_display%2Fview" method="post" '
        f'name="{ns}fm"><input name="{ns}questionId" type="hidden" value="14110" />'
        "<p>Bạn đánh giá thế nào về chất lượng các lớp bồi dưỡng của Nhà trường?</p>"
        f'<label><input name="{ns}choiceId" type="radio" value="14111" /> Rất tốt</label><br />'
        f'<label><input name="{ns}choiceId" type="radio" value="14112" /> Tốt</label><br />'
        f'<label><input name="{ns}choiceId" type="radio" value="14113" /> Bình thường</label><br />'
        '<input class="aui-button-input aui-button-input-submit" type="submit" value="Bình chọn" /></form>'
    )
    counter = (
        '<ul class="tct-thongke"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.254</b></li>'
        "<li>Tổng truy cập: <b>2.418.733</b></li></ul>"
    )
    return "\n".join(
        [
            _portlet("56_INSTANCE_LctW8eRk2sPa", "Lịch công tác", lct, "portlet-journal-content"),
            _portlet("tinxemnhieu_WAR_tctportlet", "Tin xem nhiều", f'<ul class="tct-xn">{most}</ul>'),
            _portlet("56_INSTANCE_Lk9pZx3Cw1Qe", "Liên kết website", links, "portlet-journal-content", True),
            _portlet("59_INSTANCE_Pl2xVq8RtY0m", "Thăm dò ý kiến", poll, "portlet-polls-display"),
            _portlet("thongke_WAR_tctportlet", "Thống kê truy cập", counter),
        ]
    )


def _search_form(base: str) -> str:
    return (
        f'<form action="{base}/web/guest/trang-chu?p_p_id=3&amp;p_p_lifecycle=0&amp;p_p_state=maximized'
        '&amp;p_p_mode=view&amp;_3_struts_action=%2Fsearch%2Fsearch&amp;_3_redirect=%2Fweb%2Fguest" '
        'method="get" name="_3_fm" onsubmit="_3_search(); return false;">'
        '<input name="p_p_id" type="hidden" value="3" /><input name="_3_groupId" type="hidden" value="0" />'
        '<input name="_3_keywords" size="30" title="Tìm kiếm" type="text" value="" />'
        f'<input alt="Tìm kiếm" src="{THEME}/images/common/search.png" title="Tìm kiếm" type="image" /></form>'
    )


def _head(base: str, title: str, canonical: str, desc: str | None, current: str, plid: int) -> str:
    meta = f'<meta content="{esc(desc)}" lang="vi-VN" name="description" />\n' if desc else ""
    cur_js = current.replace("/", "\\x2f").replace("?", "\\x3f").replace("&", "\\x26").replace("=", "\\x3d")
    return f"""<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="vi-VN">

<head>
\t<title>{esc(title)}</title>
\t<meta content="initial-scale=1.0, width=device-width" name="viewport" />
\t<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{meta}\t<link href="{THEME}/images/favicon.ico" rel="Shortcut Icon" />
\t<link href="{base}{esc(canonical)}" rel="canonical" />
\t<link class="lfr-css-file" href="{base}{THEME}/css/aui.css?browserId=other&amp;themeId=tctquangtri_WAR_tctquangtritheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6120&amp;t={STAMP}" rel="stylesheet" type="text/css" />
\t<link href="/html/portal/css.jsp?browserId=other&amp;themeId=tctquangtri_WAR_tctquangtritheme&amp;colorSchemeId=01&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6120&amp;t={STAMP}" rel="stylesheet" type="text/css" />
\t<script type="text/javascript">
\t\tvar Liferay = {{
\t\t\tBrowser: {{ acceptsGzip: function() {{ return true; }}, isIe: function() {{ return false; }} }},
\t\t\tThemeDisplay: {{
\t\t\t\tgetCompanyId: function() {{ return "{COMPANY}"; }},
\t\t\t\tgetScopeGroupId: function() {{ return "{GROUP}"; }},
\t\t\t\tgetLanguageId: function() {{ return "vi_VN"; }},
\t\t\t\tgetPlid: function() {{ return "{plid}"; }},
\t\t\t\tgetPathThemeImages: function() {{ return "{base}{THEME}/images"; }},
\t\t\t\tisSignedIn: function() {{ return false; }}
\t\t\t}},
\t\t\tPropsValues: {{ NTLM_AUTH_ENABLED: false }}
\t\t}};
\t\tvar themeDisplay = Liferay.ThemeDisplay;
\t\tLiferay.authToken = 'Zq4Xw7Lm';
\t\tLiferay.currentURL = '{cur_js}';
\t\tLiferay.currentURLEncoded = '{_q(current)}';
\t</script>
\t<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=tctquangtri_WAR_tctquangtritheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6120&amp;t={STAMP}" type="text/javascript"></script>
\t<link class="lfr-css-file" href="{base}{THEME}/css/main.css?browserId=other&amp;themeId=tctquangtri_WAR_tctquangtritheme&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6120&amp;t={STAMP}" rel="stylesheet" type="text/css" />
</head>
"""


def _layout(
    base: str,
    *,
    title: str,
    selected: str,
    trail: list[tuple[str, str]],
    column1: str,
    canonical: str,
    current: str,
    desc: str | None = None,
    plid: int = 10175,
) -> str:
    return (
        _head(base, title, canonical, desc, current, plid)
        + f"""
<body class="blue yui3-skin-sam controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua tới nội dung</a>
<div id="wrapper">
<header id="banner" role="banner">
<div class="tct-dongtren"><span class="tct-homnay">{HEADER_TODAY}</span>
<div class="tct-timkiem">{_search_form(base)}</div></div>
<div id="heading">
<h1 class="site-title"><a class="logo custom-logo" href="/web/guest/trang-chu" title="Đi tới {SITE_NAME}">
<img alt="{SITE_NAME}" height="130" src="/image/company_logo?img_id=10177&amp;t={STAMP}" width="1000" /></a></h1>
</div>
{_nav(selected)}
<div class="tct-chaychu"><marquee scrollamount="3">Chào mừng kỷ niệm 96 năm Ngày thành lập Đảng bộ tỉnh Quảng Trị - Tiếp tục đổi mới nội dung, phương pháp đào tạo, bồi dưỡng cán bộ</marquee></div>
</header>
<div id="content">
{_breadcrumbs(base, trail)}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout">
<div class="aui-w70 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{column1}
</div>
</div>
<div class="aui-w30 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{_sidebar(base)}
</div>
</div>
</div>
</div>
<form action="#" id="hrefFm" method="post" name="hrefFm"><span></span></form>
</div>
<footer id="footer" role="contentinfo">
<div class="tct-chantrang">
<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG TRỊ</strong></p>
<p>Địa chỉ: Số 36 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị</p>
<p>Điện thoại: 0233.3852.417 - Fax: 0233.3852.418 - Email: truongchinhtri@quangtri.gov.vn</p>
<p>Chịu trách nhiệm nội dung: ThS. Lê Văn Dũng - Phó Hiệu trưởng phụ trách</p>
<p>Ghi rõ nguồn "Trường Chính trị tỉnh Quảng Trị" khi phát hành lại thông tin từ website này.</p>
<p class="tct-mxh"><a href="https://www.facebook.com/truongchinhtriquangtri" target="_blank">Facebook</a> |
<a href="https://www.youtube.com/@truongchinhtriquangtri" target="_blank">YouTube</a></p>
<p class="powered-by">Powered by <a href="http://www.liferay.com" rel="external">Liferay</a></p>
</div>
</footer>
</div>
<script type="text/javascript">
AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', function(A) {{
\tLiferay.Util.addInputType();
\tLiferay.Portlet.runtimePortletIds = ["56_INSTANCE_LctW8eRk2sPa", "tinxemnhieu_WAR_tctportlet"];
}});
</script>
</body>

</html>
"""
    )


# --- article markup ----------------------------------------------------------------------------


def _img(story: Story, img: Img) -> str:
    src = esc(img.src)
    printed = _txt(story, img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="anh-tin" '
            f'style="width: 500px;"><tbody><tr><td><img alt="" src="{src}" style="width: 500px; '
            'height: 333px;" /></td></tr><tr><td style="text-align: center;"><span style="font-size:'
            f'12px;"><em>{printed}</em></span></td></tr></tbody></table>'
        )
    if img.style == "lightbox":
        big = esc(img.src.split("&imageThumbnail")[0])
        return (
            f'<p style="text-align: center;"><a class="tct-phongto" href="{big}" target="_blank">'
            f'<img alt="" src="{src}" style="width: 480px;" /></a><br />'
            f'<em>{printed}</em></p>'
        )
    if img.style == "bare":
        return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 520px;" /></p>'
    return (
        f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 520px; height: 346px;" />'
        f'</p>\n<p style="text-align: center;"><em>{printed}</em></p>'
    )


def _para_open(story: Story, p: P) -> tuple[str, str]:
    if p.style == "lead":
        return '<p style="text-align: justify;"><strong>', "</strong></p>"
    if p.style == "h":
        return '<p style="text-align: justify;"><strong>', "</strong></p>"
    if p.style == "small":
        return '<p style="text-align: justify;"><span style="font-size: 12px;">', "</span></p>"
    if story.opts.get("pstyle") == "word":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            'line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New '
            'Roman&quot;,&quot;serif&quot;">',
            "<o:p></o:p></span></p>",
        )
    return '<p style="text-align: justify;">', "&nbsp;</p>"


def render_blocks(story: Story, base: str) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Raw) and b.html.startswith("TOP:"))]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            out.append(_img(story, b))
            i += 1
        elif isinstance(b, Raw):
            if b.html.startswith("XEMTHEM:"):
                other = BY_ID[int(b.html.split(":")[1])]
                out.append(
                    f'<p><em><strong>Xem thêm:</strong> <a href="{base}{article_path(other)}">'
                    f"{_txt(story, other.title)}</a></em></p>"
                )
            else:
                out.append(b.html)
            i += 1
        elif b.style in ("li", "tr"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_txt(story, p.text)}</li>" for p in group) + "</ul>")
            else:
                rows = []
                for k, p in enumerate(group):
                    cells = p.text.split(" | ")
                    if k == 0:
                        rows.append("<tr>" + "".join(
                            f'<td style="text-align: center;"><strong>{_txt(story, c)}</strong></td>' for c in cells
                        ) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{_txt(story, c)}</td>" for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 96%; margin: 0 auto;">'
                    "<tbody>" + "".join(rows) + "</tbody></table>"
                )
            i = j
        else:
            opener, closer = _para_open(story, b)
            parts = [_txt(story, b.text)]
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                parts.append(_txt(story, blocks[j].text))
                j += 1
            out.append(opener + "<br />\n".join(parts) + closer)
            i = j
    return "\n".join(out)


def _top_author(story: Story) -> str:
    for b in story.blocks:
        if isinstance(b, Raw) and b.html.startswith("TOP:"):
            return b.html[4:]
    return ""


def _template(story: Story, base: str) -> str:
    sec = SECTION[story.cat]
    y, m, d, h, mi = story.opts["shown"]
    body = render_blocks(story, base)
    tools = (
        '<div class="ttsk-cc"><a href="javascript:;" onclick="tctCoChu(1);">A+</a> '
        '<a href="javascript:;" onclick="tctCoChu(-1);">A-</a> | '
        '<a href="javascript:window.print();">In bài</a> | '
        f'<a href="mailto:?subject={_q(story.title)}">Gửi bạn bè</a></div>'
    )
    if sec.template == "ttsk":
        sapo = (
            f'<div class="ttsk-tomtat"><strong>{_txt(story, story.summary)}</strong></div>'
            if story.summary and story.sapo_outside
            else ""
        )
        return (
            '<div class="ttsk-bv">\n'
            f'<div class="ttsk-tg"><span class="ttsk-gio">{h:02d}:{mi:02d}</span> | '
            f'<span class="ttsk-ngay">{_weekday(y, m, d)}, {_dmy(story.opts["shown"])}</span></div>\n'
            f"{tools}\n{sapo}\n<div class=\"ttsk-nd\">\n{body}\n</div>\n</div>"
        )
    if sec.template == "dtbd":
        sapo = (
            f'<div class="dtbd-sapo"><p><b>{_txt(story, story.summary)}</b></p></div>'
            if story.summary and story.sapo_outside
            else ""
        )
        return (
            '<div class="dtbd-baiviet">\n'
            f'<p class="dtbd-thoigian">Đăng lúc {_hm12(h, mi)} ngày {_dmy(story.opts["shown"])}</p>\n'
            f"{sapo}\n<div class=\"dtbd-noidung\">\n{body}\n</div>\n{tools.replace('ttsk-cc', 'dtbd-cc')}\n</div>"
        )
    sapo = (
        f'<div class="nctd-tomtat"><em><strong>{_txt(story, story.summary)}</strong></em></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    return (
        '<div class="nctd">\n'
        f'<div class="nctd-tacgia" style="text-align: right;">{_top_author(story)}</div>\n'
        f'<div class="nctd-ngay">Ngày đăng: {_dmy(story.opts["shown"])}</div>\n'
        f"{sapo}\n<div class=\"nctd-noidung\">\n{body}\n</div>\n</div>"
    )


def _full_content(story: Story, base: str, page: str, inst: str, back: str) -> str:
    sec = SECTION[story.cat]
    ns = f"_101_INSTANCE_{inst}_"
    related = ""
    if story.opts["related"]:
        items = "".join(
            f'<li class="asset-links-list-item"><a class="asset-links" href="{base}{article_path(BY_ID[r])}">'
            f'<img alt="" src="{THEME}/images/file_system/small/html.png" /> {esc(BY_ID[r].title)}</a> '
            f'<span class="tct-ngay-nho">({_dmy(BY_ID[r].opts["shown"])})</span></li>'
            for r in story.opts["related"]
        )
        related = (
            '<div class="asset-related-assets"><h2 class="asset-links-title">'
            f'<img alt="" src="{THEME}/images/common/assets.png" /> Tin liên quan</h2>'
            f'<ul class="asset-links-list">{items}</ul></div>'
        )
    tags = "".join(f'<span class="tag">{esc(t)}</span> ' for t in story.opts.get("tags", []))
    metadata = (
        '<div class="asset-metadata">'
        '<span class="metadata-entry metadata-author">Người đăng: Quản Trị Cổng</span> '
        f'<span class="metadata-entry metadata-modified-date">Cập nhật: {story.opts["mod"]}</span> '
        f'<span class="metadata-entry metadata-view-count">{story.views()} Lượt xem</span> '
        '<span class="metadata-entry metadata-categories"><span class="taglib-asset-categories-summary">'
        f'<span class="asset-vocabulary">Chuyên mục:</span> <span class="asset-category">{esc(sec.name)}</span>'
        "</span></span> "
        f'<span class="metadata-entry metadata-tags"><span class="taglib-asset-tags-summary">Từ khóa: {tags}'
        "</span></span></div>"
    )
    comments = ""
    msgs = story.opts.get("comments", [])
    if msgs:
        rendered = "".join(
            '<div class="lfr-discussion"><div class="lfr-discussion-details">'
            f'<img alt="" class="avatar" src="/image/user_male_portrait?img_id=0&amp;t={STAMP}" />'
            f'<span class="user-name">{esc(who)}</span></div>'
            f'<div class="lfr-discussion-body">{esc(text)}</div>'
            f'<div class="lfr-discussion-posted-on">Đã gửi vào {when}.</div>'
            '<ul class="lfr-discussion-actions"><li><a href="javascript:;">Trả lời</a></li></ul></div>'
            for who, when, text in msgs
        )
    else:
        rendered = '<div class="portlet-msg-info">Chưa có bình luận nào. Hãy là người đầu tiên bình luận!</div>'
    comments = (
        '<div class="asset-discussion"><div class="taglib-discussion">'
        '<h2 class="taglib-discussion-title">Bình luận</h2>'
        f"{rendered}"
        f'<form action="{base}/web/guest/{page}?p_p_id=101_INSTANCE_{inst}&amp;p_p_lifecycle=1'
        f"&amp;p_p_state=normal&amp;p_p_mode=view&amp;p_p_col_id=column-1&amp;p_p_col_count=1"
        f'&amp;{ns}struts_action=%2Fasset_publisher%2Fedit_entry_discussion" method="post" name="{ns}fm">'
        f'<input name="{ns}className" type="hidden" value="com.liferay.portlet.journal.model.JournalArticle" />'
        f'<input name="{ns}classPK" type="hidden" value="{story.opts["art"] + 1}" />'
        f'<textarea name="{ns}body" rows="4"></textarea><br />'
        '<input type="submit" value="Gửi bình luận" /></form></div></div>'
    )
    ratings = (
        '<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote">'
        '<div class="aui-rating-label-element">Điểm trung bình (4 phiếu bầu)</div>'
        + '<a class="aui-rating-element aui-rating-element-on" href="javascript:;"></a>' * 4
        + '<a class="aui-rating-element" href="javascript:;"></a></div></div></div>'
    )
    purl = base + print_url(story, page, inst)
    return f"""<div class="taglib-header ">
<span class="header-back-to"><a class="previous-level" href="{esc(back)}" id="{ns}TabsBack">&laquo; Trở lại</a></span>
<h1 class="header-title"><span>{esc(story.title)}</span></h1>
</div>
<div class="asset-full-content default-asset-publisher show-asset-title">
<div class="lfr-meta-actions asset-actions"></div>
<div class="asset-user-actions"><div class="print-action"><span class="taglib-icon-help">
<a class="taglib-icon" href="javascript:{ns}printPage_0();" id="{ns}rjus_printPage_0">
<img alt="" class="icon" src="{THEME}/images/common/print.png" /><span class="taglib-text">In</span></a></span></div></div>
<div class="asset-content" id="{ns}{story.opts['entry']}">
<div class="journal-content-article" id="article_{COMPANY}_{GROUP}_{story.opts['art']}_{story.opts['ver']}">
{_template(story, base)}
</div>
{ratings}
</div>
{related}
{metadata}
{comments}
</div>
<script type="text/javascript">
function {ns}printPage_0() {{
\twindow.open('{purl}', '', "directories=0,height=480,left=80,location=1,menubar=1,resizable=1,scrollbars=yes,status=0,toolbar=0,top=180,width=640");
}}
</script>"""


# --- listings ----------------------------------------------------------------------------------


def _abstract(story: Story, href: str, base: str, title_text: str) -> str:
    small = story.opts.get("small")
    img = (
        f'<div class="asset-small-image"><img alt="" class="asset-small-image" '
        f'src="/image/journal/article?img_id={small}&amp;t={STAMP}" width="150" /></div>'
        if small
        else ""
    )
    h = esc(base + href)
    return f"""<div class="asset-abstract ">
<div class="lfr-meta-actions asset-actions"></div>
<h3 class="asset-title"><a href="{h}"><img alt="" src="{THEME}/images/file_system/small/html.png" /> {esc(title_text)}</a></h3>
<div class="asset-content">
<div class="asset-summary">{img}{esc(story.opts['desc'])}</div>
<div class="asset-more"><a href="{h}">Xem thêm <span class="aui-helper-hidden-accessible">về {esc(story.title)}</span> &raquo; </a></div>
</div>
<div class="asset-metadata"><span class="metadata-entry metadata-modified-date">{story.opts['mod']}</span></div>
</div>"""


def _page_iterator(sec: Section, cur: int, pages: int, total: int, delta: int, base: str) -> str:
    ns = f"_101_INSTANCE_{sec.inst}_"
    start, end = (cur - 1) * delta + 1, min(cur * delta, total)
    stub = base + page_url(sec, 1, delta).rsplit("=", 1)[0] + "="
    delta_stub = stub.replace(f"&{ns}delta={delta}", "").replace(f"{ns}cur=", f"{ns}delta=")

    def link(cls: str, label: str, target: int, enabled: bool) -> str:
        if not enabled:
            return f'<span class="{cls}">{label}</span>'
        return f'<a class="{cls}" href="{esc(base + page_url(sec, target, delta))}">{label}</a>'

    opts = "".join(
        f'<option{" selected" if i == cur else ""} value="{i}">{i}</option>' for i in range(1, pages + 1)
    )
    deltas = "".join(f'<option value="{d}">{d}</option>' for d in (5, 10, 20, 30, 50, 75))
    return f"""<div class="taglib-page-iterator" id="{ns}articlesSearchContainerPageIterator">
<div class="search-results">Hiển thị {start} - {end} trong {total} kết quả.</div>
<div class="search-pages">
<div class="delta-selector">Số mục mỗi trang <select onchange="location.href = '{esc(delta_stub)}' + this.value;">{deltas}</select></div>
<div class="page-selector">Trang <select class="pages" onchange="location.href = '{esc(stub)}' + this.value;">{opts}</select> trên {pages}</div>
<div class="page-links">
{link("first", "Đầu", 1, cur > 1)}
{link("previous", "Trước", cur - 1, cur > 1)}
{link("next", "Sau", cur + 1, cur < pages)}
{link("last", "Cuối", pages, cur < pages)}
</div>
</div>
</div>"""


# --- the site ----------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(
    r"^/web/guest/(?P<page>[a-z0-9-]+)/-/asset_publisher/(?P<inst>[A-Za-z0-9]{12})/content/"
    r"(?:id/(?P<eid>\d+)|(?P<slug>[a-z0-9-]+))$"
)
_DL_RE = re.compile(rf"^/web/guest/van-ban/-/document_library_display/{DL_INST}/view_file/(?P<fid>\d+)$")
_JSESSION_RE = re.compile(r";jsessionid=[0-9A-Za-z.]+$", re.IGNORECASE)
_LINK_RE = re.compile(r'((?:href|action)=")((?:http://[^/"]+)?/(?:web|c)/[^"?#]*)')

DOCS = {
    15650: (
        "Thông báo số 312-TB/TCT về tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2027",
        "25/11/2026",
        _doc(15650, "TB-312-TCT.pdf", "8e3a5c21-0f4d-4b7a-93e6-2d1c7f9b0a58", "1796013000000"),
        "186 KB",
    ),
    15702: (
        "Kế hoạch số 27-KH/TCT về tổ chức các lớp bồi dưỡng năm 2027",
        "18/11/2026",
        _doc(15702, "KH-27-TCT.pdf", "3c9e1a7b-5d2f-4e80-b6a4-9f0c2e8d1b75", "1795417000000"),
        "242 KB",
    ),
}


class LiferaySite:
    """The portal: Liferay 6.1 routing for friendly URLs, render URLs and the pop-up print view."""

    def respond(self, request: Request) -> Response | None:
        path = _JSESSION_RE.sub("", request.path)
        if path.startswith(("/documents/", "/image/")):
            if path.startswith("/documents/") and ".pdf/" in path:
                return Response(200, _PDF, {"Content-Type": "application/pdf"})
            return static_file("x.jpg")
        if path.startswith((THEME + "/", "/html/")):
            if path.endswith(".jsp"):
                kind = ".css" if "css.jsp" in path else ".js"
                return static_file("x" + kind)
            return static_file(path)
        cookie = request.headers.get("Cookie") or request.headers.get("cookie") or ""
        has_session = "JSESSIONID=" in cookie
        if path == "/":
            loc = "/web/guest/trang-chu" + ("" if has_session else f";jsessionid={SESSION_ID}")
            resp = redirect(loc)
            if not has_session:
                resp.headers["Set-Cookie"] = f"JSESSIONID={SESSION_ID}; Path=/; HttpOnly"
            return resp
        page = self.render(path, request.params, base_url(request), self._current(path, request.query))
        if page is None:
            return None
        if not has_session:
            page = _LINK_RE.sub(lambda m: f"{m.group(1)}{m.group(2)};jsessionid={SESSION_ID}", page)
        resp = html(page, headers={"Content-Type": "text/html;charset=UTF-8"})
        if not has_session:
            resp.headers["Set-Cookie"] = f"JSESSIONID={SESSION_ID}; Path=/; HttpOnly"
        return resp

    @staticmethod
    def _current(path: str, query: str) -> str:
        return f"{path}?{query}" if query else path

    # routing on the path without ;jsessionid
    def render(self, path: str, params: dict[str, str], base: str, current: str) -> str | None:
        path = path.rstrip("/") or "/"
        if path in ("/web/guest", "/web/guest/trang-chu"):
            ns = f"_101_INSTANCE_{HOME_INST}_"
            if params.get("p_p_state") == "pop_up" and params.get("p_p_id") == f"101_INSTANCE_{HOME_INST}":
                story = BY_SLUG.get(params.get(ns + "urlTitle", ""))
                return self.print_view(story, base) if story else None
            return self.home(base, current)
        m = _ARTICLE_RE.match(path)
        if m:
            story, page, inst = self.article_target(path)
            if story is None:
                return None
            back = params.get("redirect") or f"/web/guest/{page}"
            if not back.startswith("/web/guest/"):
                back = f"/web/guest/{page}"
            return self.article(story, page, inst, base, current, back)
        m = _DL_RE.match(path)
        if m:
            return self.document(int(m.group("fid")), base, current)
        if not path.startswith("/web/guest/"):
            return None
        key = path[len("/web/guest/"):]
        if key in SECTION:
            sec = SECTION[key]
            ns = f"_101_INSTANCE_{sec.inst}_"
            if params.get("p_p_state") == "pop_up" and params.get("p_p_id") == f"101_INSTANCE_{sec.inst}":
                story = BY_SLUG.get(params.get(ns + "urlTitle", ""))
                if story is None or story.cat != key:
                    return None
                return self.print_view(story, base)
            cur, delta = 1, sec.delta
            if params.get("p_p_id") == f"101_INSTANCE_{sec.inst}":
                try:
                    cur = max(1, int(params.get(ns + "cur", "1")))
                    delta = int(params.get(ns + "delta", str(sec.delta)))
                except ValueError:
                    cur, delta = 1, sec.delta
                if delta not in (sec.delta, 5, 10, 20, 30, 50, 75):
                    delta = sec.delta
            return self.listing(sec, cur, delta, base, current)
        if key == "trang-chu" or key not in PAGES:
            return None
        return getattr(self, "page_" + key.replace("-", "_"))(base, current)

    @staticmethod
    def article_target(path: str) -> tuple[Story | None, str, str]:
        m = _ARTICLE_RE.match(_JSESSION_RE.sub("", path))
        if not m:
            return None, "", ""
        page, inst = m.group("page"), m.group("inst")
        if m.group("eid"):
            story = BY_ENTRY.get(int(m.group("eid")))
        else:
            story = BY_SLUG.get(m.group("slug") or "")
        if story is None:
            return None, page, inst
        if page == "trang-chu" and inst == HOME_INST:
            return story, page, inst
        sec = SECTION.get(page)
        if sec is None or sec.inst != inst or story.cat != page:
            return None, page, inst
        return story, page, inst

    # --- pages ---
    def home(self, base: str, current: str) -> str:
        items = []
        for i in HOME_IDS:
            s = BY_ID[i]
            short = s.title if len(s.title) <= 72 else s.title[:69].rsplit(" ", 1)[0] + "..."
            href = article_path(s, "trang-chu", HOME_INST) + "?redirect=" + _q(current)
            items.append(_abstract(s, href, base, short))
        col1 = _portlet(f"101_INSTANCE_{HOME_INST}", "Tin nổi bật", "\n".join(items), "portlet-asset-publisher")
        gallery = "".join(
            f'<a href="/web/guest/thu-vien-anh"><img alt="" src="{esc(src)}" width="90" /></a>'
            for src in _GALLERY[:3]
        )
        col1 += "\n" + _portlet("56_INSTANCE_Ha7sKd2Lp9Xz", "Hình ảnh hoạt động", gallery, "portlet-journal-content", True)
        return _layout(
            base,
            title=f"Trang chủ - {SITE_NAME}",
            selected="trang-chu",
            trail=[("Trang chủ", base + "/web/guest/trang-chu")],
            column1=col1,
            canonical="/web/guest/trang-chu",
            current=current,
            desc="Trang thông tin điện tử Trường Chính trị tỉnh Quảng Trị",
        )

    def listing(self, sec: Section, cur: int, delta: int, base: str, current: str) -> str:
        stories = section_stories(sec.key)
        pages = max(1, -(-len(stories) // delta))
        cur = min(cur, pages)
        chunk = stories[(cur - 1) * delta: cur * delta]
        items = [
            _abstract(s, article_path(s) + "?redirect=" + _q(current), base, s.title) for s in chunk
        ]
        body = "\n".join(items) + "\n" + _page_iterator(sec, cur, pages, len(stories), delta, base)
        col1 = _portlet(f"101_INSTANCE_{sec.inst}", sec.name, body, "portlet-asset-publisher")
        return _layout(
            base,
            title=f"{sec.name} - {SITE_NAME}",
            selected=sec.key,
            trail=[(sec.name, base + f"/web/guest/{sec.key}")],
            column1=col1,
            canonical=f"/web/guest/{sec.key}",
            current=current,
            plid=sec.plid,
        )

    def article(self, story: Story, page: str, inst: str, base: str, current: str, back: str) -> str:
        sec = SECTION[story.cat]
        on_home = page == "trang-chu"
        portlet_title = "Tin nổi bật" if on_home else sec.name
        col1 = _portlet(
            f"101_INSTANCE_{inst}",
            portlet_title,
            _full_content(story, base, page, inst, back),
            "portlet-asset-publisher",
        )
        page_name = "Trang chủ" if on_home else sec.name
        trail = [] if on_home else [(sec.name, base + f"/web/guest/{sec.key}")]
        trail.append((story.title, base + current))
        return _layout(
            base,
            title=f"{story.title} - {page_name} - {SITE_NAME}",
            selected=page,
            trail=trail,
            column1=col1,
            canonical=current.split("?")[0],
            current=current,
            desc=story.opts["desc"],
            plid=PAGES["trang-chu"][1] if on_home else sec.plid,
        )

    def print_view(self, story: Story, base: str) -> str:
        return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head><title>{esc(story.title)} - {SITE_NAME}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="{base}{THEME}/css/main.css?browserId=other&amp;b=6120" rel="stylesheet" type="text/css" /></head>
<body class="portal-popup blue yui3-skin-sam">
<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_{SECTION[story.cat].inst}_">
<div class="asset-full-content default-asset-publisher show-asset-title">
<h3 class="asset-title">{esc(story.title)}</h3>
<div class="asset-content"><div class="journal-content-article" id="article_{COMPANY}_{GROUP}_{story.opts['art']}_{story.opts['ver']}">
{_template(story, base)}
</div></div></div></div>
<script type="text/javascript">print();</script>
</body></html>"""

    def _static_page(self, key: str, base: str, current: str, title: str, body: str, pid: str) -> str:
        name = PAGES[key][0]
        col1 = _portlet(pid, title, body, "portlet-journal-content")
        trail = [(name, base + f"/web/guest/{key}")]
        if key == "co-cau-to-chuc":
            trail.insert(0, ("Giới thiệu", base + "/web/guest/gioi-thieu"))
        return _layout(
            base,
            title=f"{name} - {SITE_NAME}",
            selected=key,
            trail=trail,
            column1=col1,
            canonical=f"/web/guest/{key}",
            current=current,
            plid=PAGES[key][1],
        )

    def page_gioi_thieu(self, base: str, current: str) -> str:
        body = (
            '<div class="journal-content-article" id="article_10154_10180_12011_3.0">'
            '<p style="text-align: justify;">Trường Chính trị tỉnh Quảng Trị là cơ sở đào tạo, bồi dưỡng '
            "cán bộ, công chức, viên chức của hệ thống chính trị tỉnh, chịu sự lãnh đạo, chỉ đạo trực tiếp "
            "của Ban Thường vụ Tỉnh ủy, sự quản lý của Ủy ban nhân dân tỉnh và sự hướng dẫn về nội dung, "
            "chương trình của Học viện Chính trị quốc gia Hồ Chí Minh.</p>"
            '<p style="text-align: justify;">Tiền thân của Trường là Trường Đảng tỉnh Quảng Trị, được thành '
            "lập ngày 12/3/1959. Sau ngày tái lập tỉnh (01/7/1989), Trường được củng cố, kiện toàn và mang "
            "tên Trường Chính trị tỉnh Quảng Trị.</p>"
            "<p><strong>Chức năng, nhiệm vụ:</strong></p><ul><li>Đào tạo trung cấp lý luận chính trị - hành "
            "chính;</li><li>Bồi dưỡng cán bộ lãnh đạo, quản lý cấp cơ sở;</li><li>Bồi dưỡng cập nhật kiến "
            "thức, kỹ năng cho cán bộ, công chức, viên chức;</li><li>Nghiên cứu khoa học, tổng kết thực tiễn "
            "địa phương.</li></ul></div>"
        )
        return self._static_page("gioi-thieu", base, current, "Giới thiệu chung", body, "56_INSTANCE_Gt5hXc0Vb2Nm")

    def page_co_cau_to_chuc(self, base: str, current: str) -> str:
        rows = [
            ("Ban Giám hiệu", "ThS. Lê Văn Dũng - Phó Hiệu trưởng phụ trách; TS. Nguyễn Thanh Bình - Phó Hiệu trưởng"),
            ("Phòng Tổ chức - Hành chính", "Trưởng phòng: Hồ Văn Lâm"),
            ("Phòng Quản lý đào tạo", "Trưởng phòng: Nguyễn Đăng Khoa"),
            ("Khoa Xây dựng Đảng", "Trưởng khoa: ThS. Đặng Thị Hoa"),
            ("Khoa Lý luận cơ sở", "Trưởng khoa: ThS. Trương Quang Huy"),
            ("Khoa Nhà nước và pháp luật", "Trưởng khoa: TS. Phan Đức Hải"),
        ]
        table = "".join(f"<tr><td><strong>{esc(a)}</strong></td><td>{esc(b)}</td></tr>" for a, b in rows)
        body = (
            '<div class="journal-content-article" id="article_10154_10180_12015_2.0">'
            '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;"><tbody>'
            f"{table}</tbody></table></div>"
        )
        return self._static_page("co-cau-to-chuc", base, current, "Cơ cấu tổ chức", body, "56_INSTANCE_Cc8dTr4Wq1Lo")

    def page_lich_cong_tac(self, base: str, current: str) -> str:
        body = (
            '<div class="journal-content-article" id="article_10154_10180_14002_12.0">'
            '<p style="text-align: center;"><strong>LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO TRƯỜNG</strong><br />'
            "<em>(Từ ngày 30/11/2026 đến ngày 06/12/2026)</em></p>"
            + _week_table("lct-bang lct-day-du")
            + '<p>Chọn tuần: <select onchange="location.href=this.value"><option>Tuần 49 (30/11 - 06/12/2026)'
            "</option><option>Tuần 48 (23/11 - 29/11/2026)</option></select></p>"
            '<p style="text-align: right;"><em>Văn phòng Trường</em></p></div>'
        )
        return self._static_page("lich-cong-tac", base, current, "Lịch công tác", body, "56_INSTANCE_LctW8eRk2sPb")

    def page_lien_he(self, base: str, current: str) -> str:
        ns = "_1_WAR_webformportlet_INSTANCE_Wf3k_"
        body = (
            '<div class="journal-content-article" id="article_10154_10180_12020_1.0">'
            "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH QUẢNG TRỊ</strong></p>"
            "<p>Địa chỉ: Số 36 đường Hùng Vương, phường Đông Hà, tỉnh Quảng Trị</p>"
            "<p>Điện thoại: 0233.3852.417 - Fax: 0233.3852.418</p>"
            "<p>Email: truongchinhtri@quangtri.gov.vn</p></div>"
            f'<form action="{base}/web/guest/lien-he?p_p_id=1_WAR_webformportlet_INSTANCE_Wf3k&amp;'
            'p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;'
            f'_1_WAR_webformportlet_INSTANCE_Wf3k_javax.portlet.action=saveData" method="post" name="{ns}fm">'
            f'<label>Họ và tên <input name="{ns}field1" type="text" /></label><br />'
            f'<label>Email <input name="{ns}field2" type="text" /></label><br />'
            f'<label>Nội dung <textarea name="{ns}field3"></textarea></label><br />'
            '<input type="submit" value="Gửi" /></form>'
        )
        return self._static_page("lien-he", base, current, "Liên hệ", body, "56_INSTANCE_Lh2aZs6Ed4Rf")

    def page_thu_vien_anh(self, base: str, current: str) -> str:
        pics = "".join(
            f'<span class="image-thumbnail"><a href="javascript:_31_viewImage({15302 + i});" '
            f'title="Ảnh hoạt động {i + 1}">'
            f'<img alt="Ảnh hoạt động {i + 1}" src="{esc(src)}&amp;imageThumbnail=1" /></a></span>'
            for i, src in enumerate(_GALLERY)
        )
        body = f'<div class="taglib-search-iterator">{pics}</div>'
        name = PAGES["thu-vien-anh"][0]
        col1 = _portlet("31", "Thư viện ảnh", body, "portlet-image-gallery-display")
        return _layout(
            base,
            title=f"{name} - {SITE_NAME}",
            selected="thu-vien-anh",
            trail=[(name, base + "/web/guest/thu-vien-anh")],
            column1=col1,
            canonical="/web/guest/thu-vien-anh",
            current=current,
        )

    def page_van_ban(self, base: str, current: str) -> str:
        rows = "".join(
            f'<tr class="portlet-section-body results-row"><td><a href="{base}/web/guest/van-ban/-/'
            f'document_library_display/{DL_INST}/view_file/{fid}">'
            f'<img alt="" src="{THEME}/images/file_system/small/pdf.png" /> {esc(title)}</a></td>'
            f"<td>{size}</td><td>{day}</td></tr>"
            for fid, (title, day, _src, size) in DOCS.items()
        )
        body = (
            '<div class="lfr-search-container"><table class="taglib-search-iterator"><tr class="portlet-'
            'section-header results-header"><th>Tên văn bản</th><th>Dung lượng</th><th>Ngày ban hành</th>'
            f"</tr>{rows}</table></div>"
        )
        col1 = _portlet(f"110_INSTANCE_{DL_INST}", "Văn bản", body, "portlet-document-library-display")
        return _layout(
            base,
            title=f"Văn bản - {SITE_NAME}",
            selected="van-ban",
            trail=[("Văn bản", base + "/web/guest/van-ban")],
            column1=col1,
            canonical="/web/guest/van-ban",
            current=current,
        )

    def document(self, fid: int, base: str, current: str) -> str | None:
        if fid not in DOCS:
            return None
        title, day, src, size = DOCS[fid]
        body = (
            '<div class="taglib-header "><span class="header-back-to"><a class="previous-level" '
            f'href="{base}/web/guest/van-ban">&laquo; Trở lại</a></span>'
            f'<h1 class="header-title"><span>{esc(title)}</span></h1></div>'
            '<div class="body-row"><div class="lfr-asset-summary">'
            f'<span class="download-document"><a href="{esc(src)}">Tải về ({size})</a></span></div>'
            f'<div class="lfr-asset-description">Ban hành ngày {day}. Định dạng PDF.</div>'
            '<div class="lfr-asset-metadata"><span class="metadata-entry">Phiên bản 1.0</span></div></div>'
        )
        col1 = _portlet(f"110_INSTANCE_{DL_INST}", "Văn bản", body, "portlet-document-library-display")
        return _layout(
            base,
            title=f"{title} - Văn bản - {SITE_NAME}",
            selected="van-ban",
            trail=[("Văn bản", base + "/web/guest/van-ban"), (title, base + current)],
            column1=col1,
            canonical=current.split("?")[0],
            current=current,
        )


_GALLERY = [
    _doc(15301, f"hoat-dong-{i}.jpg", f"6d{i}e8f2a-4b1c-4d3e-9f5a-0b7c2e4d6f8{i}", "1795900000000")
    for i in range(1, 7)
]
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def build_site() -> LiferaySite:
    return LiferaySite()


# --- discovery of every linked URL that serves an article (for alt_paths) ---------------------

_HREF_RE = re.compile(r'href="([^"]+)"')
_OPEN_RE = re.compile(r"window\.open\('([^']+)'")
_FAKE_HOST = "fixture.invalid"


def _local(url: str) -> str | None:
    url = _html.unescape(url).split("#", 1)[0]
    if url.startswith(("javascript:", "mailto:")) or not url:
        return None
    if url.startswith("http://") or url.startswith("https://"):
        parts = urlsplit(url)
        if parts.netloc != _FAKE_HOST:
            return None
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return url if url.startswith("/") else None


def discover(site: LiferaySite | None = None) -> tuple[dict[int, set[str]], set[str]]:
    """Walk the site from START_PATH as a client with and without the session cookie.

    Returns the targets that serve each article and every target fetched.
    """
    site = site or build_site()
    found: dict[int, set[str]] = {s.id: set() for s in STORIES}
    fetched: set[str] = set()
    for cookie in ("", f"JSESSIONID={SESSION_ID}"):
        queue, seen = [START_PATH], {START_PATH}
        while queue:
            target = queue.pop(0)
            path, _, query = target.partition("?")
            headers = {"Host": _FAKE_HOST}
            if cookie:
                headers["Cookie"] = cookie
            resp = site.respond(Request("GET", path, query, headers))
            fetched.add(target)
            if resp is None:
                continue
            links: list[str] = []
            if resp.status in (301, 302):
                links.append(resp.headers["Location"])
            elif resp.headers.get("Content-Type", "").startswith("text/html"):
                page = resp.body if isinstance(resp.body, str) else resp.body.decode("utf-8")
                links += _HREF_RE.findall(page)
                for printed in _OPEN_RE.findall(page):
                    local = _local(printed)
                    story = _print_story(local) if local else None
                    if story is not None:
                        found[story.id].add(local)
            story, _, _ = LiferaySite.article_target(path)
            if story is not None:
                found[story.id].add(target)
            for link in links:
                local = _local(link)
                if local is None or local in seen:
                    continue
                lp = local.split("?")[0]
                if lp.startswith(("/documents/", "/image/", THEME, "/html/")) or "." in lp.rsplit("/", 1)[-1]:
                    continue
                seen.add(local)
                queue.append(local)
    return found, fetched


def _print_story(target: str) -> Story | None:
    _path, _, query = target.partition("?")
    if "p_p_state=pop_up" not in query:
        return None
    m = re.search(r"_urlTitle=([a-z0-9-]+)", query)
    return BY_SLUG.get(m.group(1)) if m else None


def _gold() -> list[dict]:
    found, _ = discover()
    records = []
    for story in STORIES:
        sec = SECTION[story.cat]
        canonical = article_path(story)
        alts = sorted(found[story.id] - {canonical})
        records.append(gold_record(story, canonical, sec.name, canonical_path=canonical, alt_paths=alts))
    return records


GOLD = _gold()

NON_ARTICLES = [
    "/web/guest/gioi-thieu",
    "/web/guest/co-cau-to-chuc",
    "/web/guest/lich-cong-tac",
    "/web/guest/van-ban",
    f"/web/guest/van-ban/-/document_library_display/{DL_INST}/view_file/15650",
    f"/web/guest/van-ban/-/document_library_display/{DL_INST}/view_file/15702",
    "/web/guest/thu-vien-anh",
    "/web/guest/lien-he",
]

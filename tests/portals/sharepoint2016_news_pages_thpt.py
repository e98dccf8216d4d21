"""Trường THPT chuyên Lam Sơn (Thanh Hóa): a SharePoint Server 2016 publishing portal (blind fixture).

Platform
--------
SharePoint Server 2016 publishing site collection, custom master page derived from Seattle
(``s4-workspace`` / ``s4-bodyContainer``, the suite bar and ribbon rendered but hidden for anonymous
users, the ``s4-titlerow`` with ``<h1 id="pageTitle" class="ms-core-pageTitle">`` hidden by an inline
style), structural navigation rendered by the ``TopNavigationMenu`` AspMenu (``zz11_TopNavigationMenu``,
``ul.root.ms-core-listMenu-root`` with ``ul.dynamic`` drop-downs), a variation label link
"Tiếng Việt | English", ASP.NET form chrome (``__VIEWSTATE``, ``__REQUESTDIGEST``,
``_spPageContextInfo``). The vendor's own CSS classes are Vietnamese abbreviations: ``tdtin``
(tiêu đề tin), ``ngayxb`` (ngày xuất bản), ``ndtomtat``, ``ndtin`` (nội dung tin), ``tgtin`` (tác giả).

URL scheme
----------
- ``/`` -> 302 ``/Pages/default.aspx`` (START_PATH): home page with a Summary Links web part
  ("Tiêu điểm"), a Content Query Web Part "Tin mới" (4 newest pages of ``/tin-tuc/Pages``), a CQWP
  "Thông báo" (3 newest notices) and a "Xem tất cả" link to the library view.
- ``/tin-tuc/Pages/default.aspx``: overview; ``?cat=<name>`` a Content Search Web Part (display
  template Item_Picture3Lines, 3 items a page) with a paging control ``?cat=<name>&p=<n>``
  (links printed query-only: ``href="?cat=…&amp;p=2"``). Two categories: ``hoat-dong-chuyen-mon``
  ("Hoạt động chuyên môn", 5 articles, 2 pages), ``doan-thanh-nien`` ("Đoàn thanh niên", 4 articles,
  2 pages).
- ``/thong-bao/Pages/default.aspx``: an XsltListViewWebPart over the notices' Pages library, 3 rows
  a page, paged by ``?Paged=TRUE&p_ID=<last id>&PageFirstRow=<n>&&View={GUID}``.
- Articles ``/tin-tuc/Pages/<slug>.aspx`` (page layout "LSN_ChiTietTin": fields Tiêu đề, Ngày xuất
  bản, Tóm tắt, Nội dung, Tác giả, a "Tin liên quan" CQWP); two of them ``<slug>-1.aspx``.
  Notices ``/thong-bao/Pages/<slug>.aspx`` (page layout "LSN_ThongBao": title, "Ngày đăng", content,
  "Tệp đính kèm", "Các thông báo khác").
- Documents ``/TaiLieu/<file>``, images ``/PublishingImages/<yyyy>/<mm>/<file>?RenditionID=<n>``.
- English variation label ``/en/Pages/default.aspx``, ``/en/Pages/about-us.aspx`` and two
  propagated (untranslated) article copies ``/en/tin-tuc/Pages/<slug>.aspx``.
- Intro ``/gioi-thieu/Pages/default.aspx`` (+ two pages under it), contact ``/Pages/lien-he.aspx``,
  album ``/thu-vien-anh/Pages/le-khai-giang-nam-hoc-2026-2027.aspx`` (6 NON_ARTICLES with the
  English "About us").
- Unknown ``…/Pages/*.aspx`` -> 302 ``/Pages/PageNotFoundError.aspx?requestUrl=…`` (200).
  ``/_layouts/15/userdisp.aspx``, ``…/Forms/AllItems.aspx``, ``/_layouts/15/Authenticate.aspx``
  -> 401 (limited-access lockdown). Anything else unknown -> 404.
- Paths are matched case-insensitively, as IIS/SharePoint does.

How each gold article is reached
--------------------------------
- Home "Tin mới" CQWP: khao-sat-chat-luong-khoi-12-1, hoi-thao-chuyen-de-toan-2026,
  dem-nhac-ao-am-cho-em, ket-qua-thi-chon-hsg-cap-tinh (plain URLs).
- Home "Tiêu điểm": le-ky-niem-44-nam-… (as ``/Tin-Tuc/Pages/Le-Ky-Niem-…aspx``) and the HSG page.
- Category page 1 (``?cat=…`` links): the 3 newest of each category, incl. giai-bong-da-lam-son-cup.
- Category page 2 only (``?cat=…&p=2``): khao-sat-chat-luong-khoi-12, stem-pin-sinh-hoc-lop-11-hoa,
  ngoai-khoa-thanh-nha-ho (only as ``…aspx?cat=…`` URLs there; the plain path is their canonical).
- Notices: the home CQWP and the list view's page 1 hold 3; dang-ky-cau-lac-bo-hoc-thuat is on
  the list view's page 2 only, reached through the ``RefreshPageTo`` onclick of the "next" arrow.

Traps
-----
1. Printed headline vs item Title (metadata that contradicts the page; not a README kind). The
   ``<title>``, the hidden ``<h1 id="pageTitle">`` (inside ``s4-titlerow style="display:none"``) and
   the CQWP/CSWP listings print the Pages library item's short Title ("Hội thảo chuyên đề môn Toán
   cụm trường chuyên"); the page prints the layout's "Tiêu đề" field in ``<h2 class="tdtin">``.
   Gold ``title``: the "Tiêu đề" field (seven articles have a different item Title).
2. Two different articles, one listing title (false duplicates; not a README kind): the two
   "Khảo sát chất lượng khối 12" pages share their item Title and a URL stem
   (``khao-sat-chat-luong-khoi-12.aspx`` on page 2, ``…-12-1.aspx`` on page 1); the printed
   headlines end "lần thứ nhất" / "lần thứ hai". Gold: two records.
3. Zero-width spaces (invisible characters; not a README kind): the SharePoint 2013+ rich text
   editor leaves U+200B (raw and as ``&#8203;``) at the start/end of paragraphs and fills empty
   paragraphs ``<p>&#8203;</p>``. Gold text has none of them and no empty paragraphs.
4. Untranslated variation copies (language variation; not a README kind): the English label holds
   propagated copies of two articles at ``/en/tin-tuc/Pages/<slug>.aspx``, English chrome around
   the very same Vietnamese article, linked by ``<link rel="alternate" hreflang>`` and the English
   home, their "Published date" printed by the en-US label as "12/3/2026 2:30 PM" (month first).
   Gold: ``alt_paths`` of the Vietnamese record, not records of their own; its date is the
   Vietnamese page's.
5. Soft 404 (error page answered 200; not a README kind): a "Tin liên quan" link to a deleted page
   redirects (302) to ``/Pages/PageNotFoundError.aspx?requestUrl=…``, a full chrome page answered
   200 with a title "Không tìm thấy trang". Gold: no record; it is not in NON_ARTICLES either.
6. Lockdown 401s (links to pages anonymous users may not see; not a README kind): the "Tác giả"
   people field links ``/_layouts/15/userdisp.aspx?ID=n``, the CQWP's "Xem tất cả" links
   ``/tin-tuc/Pages/Forms/AllItems.aspx``: all answer 401 with ``WWW-Authenticate: NTLM``. Gold:
   nothing.
7. Image renditions (image URLs carrying a query; not a README kind): article photos are printed
   ``/PublishingImages/2026/12/x.jpg?RenditionID=5``; the listings show ``?RenditionID=1`` or ``=2``
   thumbnails of the same file. Gold ``images[].path`` keeps ``?RenditionID=5`` as printed on the
   article page; listing thumbnails are not article images.
8. Query-string duplicates: the CSWP links every item as ``/tin-tuc/Pages/<slug>.aspx?cat=<name>``
   (the vendor's breadcrumb reads ``cat``); such pages print SharePoint's SEO
   ``<link rel="canonical">`` to the plain path. Gold ``path``/``canonical_path`` plain,
   ``alt_paths`` the ``?cat=`` URL; three articles are linked only in the ``?cat=`` form.
9. Case-insensitive duplicate: the editor typed the Summary Links URL as
   ``/Tin-Tuc/Pages/Le-Ky-Niem-44-Nam-Ngay-Nha-Giao-Viet-Nam.aspx``; the server answers it 200 with
   no canonical. Gold: ``alt_paths``.
10. Paging hidden in script: the notices' list view prints its "next" arrow as
   ``<a onclick='RefreshPageTo(event, "\\u002fthong-bao\\u002fPages\\u002fdefault.aspx?Paged=TRUE\\u0026p_ID=27…");javascript:return false;' href="javascript:">``;
   the oldest notice is only there. The CSWP pager links are query-only relative URLs.
11. Dates as SharePoint prints vi-VN 12-hour times: "03/12/2026 2:30 CH" -> 14:30,
   "02/12/2026 8:45 CH" -> 20:45, "30/10/2026 12:00 SA" (midnight) -> the day alone; every article
   also prints "Sửa đổi lần cuối: … bởi …" (the Modified date, later) and the CSWP script blob holds
   UTC times ("2026-12-03T07:30:00.0000000Z"). Gold: the "Ngày xuất bản" field in +07:00.
12. Person field bylines: "Tác giả" is a people field with a presence icon
   (``alt="Không có thông tin về sự hiện diện"``); "Quản trị Cổng TTĐT" is the CMS account
   (nobody), "ThS. Trịnh Minh Đức" loses his degree. Where the account is printed, the real byline
   is the right-aligned last line of the text ("Tin: X - Ảnh: Y", "Tin, ảnh: X (Tổ Hóa học)",
   "Vũ Đức Mạnh (Bí thư Đoàn trường)", a unit alone "Tổ Giáo vụ").
13. Widgets inside the text's field: hidden field labels (``<div id="…_label"
   style="display:none">Nội dung</div>``) and a web part embedded in the rich-text field
   (``div.ms-rtestate-read.ms-rte-wpbox`` holding a list view of ``/TaiLieu`` documents, with its
   hidden ``vid_…`` twin). Gold: not body.
14. Captions three ways: a one-column ``ms-rteTable-default`` table whose second row is the caption
   (not a table-row paragraph), ``<br/><span class="ms-rteStyle-Caption">`` inside the photo's
   paragraph, Word's ``MsoCaption`` in parentheses (taken off); "Ảnh: Trịnh Minh Đức" alone is a
   credit (caption None, photographer).
15. Encodings and editors: one article pasted in "Unicode tổ hợp" (NFD; gold NFC); one pasted from
   Word with ``mso-list:Ignore`` "-" markers (not text) and ``<o:p>``.
16. An official notice with letterhead table, "Số: …", "Thanh Hóa, ngày 01 tháng 12 năm 2026",
   "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer; the layout prints "Ngày đăng: 02/12/2026".
   Gold: date 2026-12-01 (letterhead), author the signer, letterhead/closing not body.

Gold decisions on ambiguous points
----------------------------------
- Tóm tắt field non-empty: it is the sapo (``summary``, body's first paragraph). Empty field:
  the sapo is a bold first paragraph of the text if there is one (HSG results), else null.
- ``category`` of a ``/tin-tuc`` article: its Chuyên mục as the breadcrumb and the menu print it
  ("Hoạt động chuyên môn", "Đoàn thanh niên"); notices "Thông báo". The English copies are
  ``alt_paths`` and do not change the category.
- A notice's "Ngày đăng" carries no time: the day alone.
- The right-aligned "Tổ Văn phòng" / "Tổ Giáo vụ" / "Đoàn trường" signing alone is the author.
- "Nguồn: Báo Thanh Hóa" at the end of the HSG page -> ``source`` "Báo Thanh Hóa"; a body sentence
  starting "Theo kế hoạch, …" is text.
- "Xem thêm: …" lines and "Tệp đính kèm" lists are not body.
- Table rows of the text (HSG results, the KHKT timetable) are paragraphs with cells joined by
  " | "; the photo's caption table is not.
- The Word list items are paragraphs without their "-" marker; the list's lead-in line is text.
"""

from __future__ import annotations

import json
import re
import uuid
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
    opaque,
    static_file,
    text,
)

NAME = "sharepoint2016_news_pages_thpt"
PLATFORM = "SharePoint Server 2016 publishing (Pages library, CQWP/CSWP, variations)"
START_PATH = "/Pages/default.aspx"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
ZW = "\u200b"

CATS = {
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-thanh-nien": "Đoàn thanh niên",
}
TB_LABEL = "Thông báo"
PAGE_SIZE = 3
VIEW_GUID = "%7B5C1A7E2D-8B44-4F0E-9C61-0D3B7A92E4F1%7D"
DEAD_SLUG = "hoi-thao-chuyen-de-toan-2025"
ALBUM = "/thu-vien-anh/Pages/le-khai-giang-nam-hoc-2026-2027.aspx"

#: people of the "Tác giả" field: display name as the user profile holds it, user info list ID
ACCOUNT = ("Quản trị Cổng TTĐT", 12)
PEOPLE = {
    "duc": ("ThS. Trịnh Minh Đức", 31),
    "lananh": ("Nguyễn Thị Lan Anh", 35),
    "nhung": ("Đỗ Thị Hồng Nhung", 40),
}


def _right(line: str) -> Raw:
    return Raw(f'<p class="ms-rteElement-P" style="text-align:right;"><strong>{esc(line)}</strong></p>')


# --- the stories ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=52,
        slug="khao-sat-chat-luong-khoi-12-1",
        title="Khảo sát chất lượng các môn thi tốt nghiệp THPT khối 12 lần thứ hai",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-04T07:45:00+07:00",
        summary=(
            "Từ ngày 01 đến ngày 03/12/2026, Trường THPT chuyên Lam Sơn tổ chức khảo sát chất lượng "
            "lần thứ hai cho 315 học sinh khối 12 theo cấu trúc đề tham khảo kỳ thi tốt nghiệp THPT năm 2027."
        ),
        sapo_outside=True,
        authors=["Tổ Giáo vụ"],
        blocks=[
            P(
                "Kỳ khảo sát được tổ chức nghiêm túc như một kỳ thi chính thức: đề do các tổ chuyên môn "
                "xây dựng theo ma trận của Bộ GD&ĐT, học sinh làm bài trên phiếu trả lời trắc nghiệm, "
                "bài thi được chấm bằng phần mềm và công bố kết quả sau ba ngày."
            ),
            Img(
                "/PublishingImages/2026/12/khao-sat-lan-2-01.jpg?RenditionID=5",
                printed="Học sinh lớp 12 Toán 2 làm bài khảo sát môn Tiếng Anh",
                caption="Học sinh lớp 12 Toán 2 làm bài khảo sát môn Tiếng Anh",
                style="table",
            ),
            P("Kết quả nổi bật", "h"),
            P(
                "So với lần thứ nhất, điểm trung bình môn Toán của khối 12 tăng từ 7,42 lên 7,96; môn "
                "Ngữ văn đạt 7,58; môn Tiếng Anh đạt 8,31. Có 41 lượt học sinh đạt điểm 10 ở các môn "
                "Vật lí, Hóa học, Sinh học và Lịch sử."
            ),
            P(
                "Theo kế hoạch, nhà trường sẽ tổ chức lần khảo sát thứ ba vào tháng 3/2027, sau khi học "
                "sinh hoàn thành chương trình học kỳ II."
            ),
            P(
                "Thầy Lê Văn Thành, Phó Hiệu trưởng phụ trách chuyên môn, đề nghị giáo viên chủ nhiệm gửi "
                "phiếu điểm đến cha mẹ học sinh trước ngày 10/12 và tổ chức phụ đạo cho những học sinh "
                "có điểm dưới trung bình ở môn thi tự chọn."
            ),
            _right("Tổ Giáo vụ"),
        ],
        opts={
            "item_title": "Khảo sát chất lượng khối 12",
            "date_line": "04/12/2026 7:45 SA",
            "modified": "04/12/2026 3:12 CH",
            "person": ACCOUNT,
            "thumb": "/PublishingImages/2026/12/khao-sat-lan-2-01.jpg",
        },
    ),
    Story(
        id=51,
        slug="hoi-thao-chuyen-de-toan-2026",
        title=(
            "Hội thảo chuyên đề “Dạy học phát triển năng lực tự học môn Toán” các trường THPT "
            "chuyên khu vực Bắc Trung Bộ"
        ),
        cat="hoat-dong-chuyen-mon",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Ngày 02/12/2026, Trường THPT chuyên Lam Sơn phối hợp với các trường THPT chuyên Phan Bội "
            "Châu (Nghệ An), THPT chuyên Hà Tĩnh và THPT chuyên Quốc Học Huế tổ chức hội thảo chuyên đề "
            "về dạy học phát triển năng lực tự học môn Toán cho học sinh chuyên."
        ),
        sapo_outside=True,
        authors=["Trịnh Minh Đức"],
        photographers=["Trịnh Minh Đức"],
        blocks=[
            P(
                "Tham dự hội thảo có đại diện lãnh đạo Sở GD&ĐT Thanh Hóa, lãnh đạo các trường THPT "
                "chuyên khu vực Bắc Trung Bộ cùng hơn 80 giáo viên Toán của các trường trong cụm."
            ),
            Img(
                "/PublishingImages/2026/12/hoi-thao-toan-01.jpg?RenditionID=5",
                printed="Các đại biểu tham dự hội thảo tại hội trường tầng 3 nhà A",
                caption="Các đại biểu tham dự hội thảo tại hội trường tầng 3 nhà A",
                style="capspan",
            ),
            P(
                "Phát biểu khai mạc, thầy Nguyễn Đình Thắng, Hiệu trưởng nhà trường, nhấn mạnh: trong "
                "bối cảnh chương trình giáo dục phổ thông 2018 đã được triển khai đồng bộ ở cả ba khối "
                "lớp, năng lực tự học là chìa khóa để học sinh chuyên đi xa hơn trong các kỳ thi học "
                "sinh giỏi quốc gia và quốc tế."
            ),
            P("Nhiều mô hình dạy học được chia sẻ", "h"),
            P(
                "Hội thảo đã nghe 9 tham luận tập trung vào ba nhóm vấn đề: xây dựng hệ thống bài tập tự "
                "học theo chủ đề, sử dụng nền tảng học trực tuyến để giao và kiểm soát nhiệm vụ, đánh "
                "giá quá trình tự học của học sinh bằng hồ sơ học tập."
            ),
            P(
                "Tổ Toán - Tin của nhà trường giới thiệu mô hình “lớp học đảo ngược” đã áp dụng thử "
                "nghiệm với lớp 11 Toán từ đầu năm học: học sinh nghiên cứu bài giảng video ở nhà, thời "
                "gian trên lớp dành cho thảo luận và giải quyết các bài toán mở."
            ),
            Img(
                "/PublishingImages/2026/12/hoi-thao-toan-02.jpg?RenditionID=5",
                printed="Ảnh: Trịnh Minh Đức",
                caption=None,
                style="credit",
            ),
            P(
                "Các đại biểu cũng dự tiết học minh họa chủ đề “Phương pháp tọa độ trong không gian” do "
                "cô Lê Thị Hải Yến dạy tại lớp 12 Toán 1."
            ),
            P(
                "Kết thúc hội thảo, các trường thống nhất xây dựng ngân hàng chuyên đề tự học dùng chung "
                "và luân phiên đăng cai hội thảo vào học kỳ II hằng năm."
            ),
        ],
        opts={
            "item_title": "Hội thảo chuyên đề môn Toán cụm trường chuyên",
            "date_line": "03/12/2026 2:30 CH",
            "modified": "04/12/2026 9:05 SA",
            "person": PEOPLE["duc"],
            "thumb": "/PublishingImages/2026/12/hoi-thao-toan-01.jpg",
            "en": True,
            "dead_related": True,
        },
    ),
    Story(
        id=48,
        slug="ket-qua-thi-chon-hsg-cap-tinh",
        title=(
            "Học sinh Lam Sơn giành 47 giải Nhất kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 "
            "năm học 2026 - 2027"
        ),
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-27T09:15:00+07:00",
        summary=(
            "Với 47 giải Nhất, 51 giải Nhì và 23 giải Ba, đội tuyển Trường THPT chuyên Lam Sơn tiếp tục "
            "dẫn đầu toàn tỉnh tại kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12."
        ),
        source="Báo Thanh Hóa",
        blocks=[
            P(
                "Với 47 giải Nhất, 51 giải Nhì và 23 giải Ba, đội tuyển Trường THPT chuyên Lam Sơn tiếp "
                "tục dẫn đầu toàn tỉnh tại kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12.",
                "lead",
            ),
            Img(
                "/PublishingImages/2026/11/hsg-cap-tinh-2026.jpg?RenditionID=5",
                printed="Đội tuyển học sinh giỏi lớp 12 của nhà trường trước giờ thi",
                caption="Đội tuyển học sinh giỏi lớp 12 của nhà trường trước giờ thi",
                style="table",
            ),
            P(
                "Kỳ thi diễn ra trong hai ngày 18 và 19/11/2026 với 13 môn thi, thu hút 1.824 thí sinh "
                "của 112 trường THPT trên địa bàn tỉnh. Trường THPT chuyên Lam Sơn có 130 học sinh dự "
                "thi, 121 em đạt giải, tỷ lệ 93,1%."
            ),
            P("Môn thi | Giải Nhất | Giải Nhì | Giải Ba", "th"),
            P("Toán | 6 | 3 | 1", "td"),
            P("Ngữ văn | 4 | 5 | 1", "td"),
            P("Tiếng Anh | 7 | 3 | 0", "td"),
            P("Vật lí | 5 | 4 | 1", "td"),
            P("Hóa học | 6 | 4 | 0", "td"),
            P("Các môn khác | 19 | 32 | 20", "td"),
            P(
                "Em Lê Minh Khôi, lớp 12 Toán 1, đạt điểm cao nhất môn Toán toàn tỉnh với 19,5/20 điểm; "
                "em Nguyễn Hà Phương, lớp 12 Anh, là thủ khoa môn Tiếng Anh."
            ),
            Raw("WPBOX"),
            P(
                "Kết quả này là cơ sở để nhà trường lựa chọn học sinh vào đội tuyển dự thi chọn học sinh "
                "giỏi quốc gia THPT năm 2027."
            ),
            Raw(
                '<p class="ms-rteElement-P" style="text-align:right;"><em>Nguồn: Báo Thanh Hóa</em></p>'
            ),
        ],
        opts={
            "item_title": "Kết quả thi HSG cấp tỉnh lớp 12",
            "date_line": "27/11/2026 9:15 SA",
            "modified": "28/11/2026 10:40 SA",
            "person": ACCOUNT,
            "thumb": "/PublishingImages/2026/11/hsg-cap-tinh-2026.jpg",
        },
    ),
    Story(
        id=44,
        slug="khao-sat-chat-luong-khoi-12",
        title="Khảo sát chất lượng các môn thi tốt nghiệp THPT khối 12 lần thứ nhất",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-14T16:20:00+07:00",
        summary=(
            "Trong hai ngày 08 và 09/11/2026, 315 học sinh khối 12 của nhà trường tham gia kỳ khảo sát "
            "chất lượng lần thứ nhất các môn thi tốt nghiệp THPT năm 2027."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Lan Anh"],
        blocks=[
            P(
                "Đây là năm thứ hai kỳ thi tốt nghiệp THPT được tổ chức theo chương trình giáo dục phổ "
                "thông 2018, với hai môn bắt buộc là Toán, Ngữ văn và hai môn tự chọn trong số các môn "
                "học lớp 12.",
                "div",
            ),
            P(
                "Theo thống kê của Tổ Giáo vụ, 86% học sinh khối 12 lựa chọn tổ hợp có môn Tiếng Anh; "
                "các môn Vật lí, Hóa học được lựa chọn nhiều tiếp theo.",
                "div",
            ),
            P(
                "Điểm trung bình môn Toán của khối 12 đạt 7,42, môn Ngữ văn đạt 7,15. Một số lớp chuyên "
                "Xã hội còn có điểm môn Toán thấp hơn mặt bằng chung, cần được phụ đạo thêm.",
                "div",
            ),
            P(
                "Nhà trường yêu cầu các tổ chuyên môn phân tích đề, chỉ ra những dạng câu hỏi học sinh còn "
                "lúng túng, đặc biệt là câu hỏi trắc nghiệm đúng sai và câu hỏi trả lời ngắn.",
                "div",
            ),
        ],
        opts={
            "item_title": "Khảo sát chất lượng khối 12",
            "date_line": "14/11/2026 4:20 CH",
            "modified": "16/11/2026 8:02 SA",
            "person": PEOPLE["lananh"],
            "thumb": "/PublishingImages/2026/11/khao-sat-lan-1.jpg",
        },
    ),
    Story(
        id=41,
        slug="stem-pin-sinh-hoc-lop-11-hoa",
        title="Giờ học STEM: học sinh chuyên Hóa chế tạo pin sinh học từ vỏ chuối và vỏ bưởi",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-30",
        authors=["Hoàng Văn Nam"],
        photographers=["Hoàng Văn Nam"],
        blocks=[
            P(
                "Trong khuôn khổ chủ đề STEM “Năng lượng xanh từ rác thải nhà bếp”, học sinh lớp 11 Hóa "
                "đã tự thiết kế và chế tạo những viên pin sinh học đầu tiên từ vỏ chuối, vỏ bưởi và các "
                "điện cực đồng, kẽm.",
                "word",
            ),
            P("Chủ đề được thực hiện trong bốn tuần với các nhiệm vụ:", "word"),
            P("Tìm hiểu nguyên lí hoạt động của pin điện hóa và vai trò của dung dịch điện li;", "wli"),
            P("Thu gom, xử lí vỏ trái cây và đo độ pH của dịch chiết;", "wli"),
            P("Lắp ráp pin theo các cách ghép nối tiếp, song song và đo hiệu điện thế;", "wli"),
            P("Báo cáo kết quả, đánh giá ưu nhược điểm của từng mẫu pin.", "wli"),
            Img(
                "/PublishingImages/2026/10/stem-pin-vo-buoi-01.jpg",
                printed="(Nhóm học sinh lớp 11 Hóa đo hiệu điện thế của pin vỏ bưởi)",
                caption="Nhóm học sinh lớp 11 Hóa đo hiệu điện thế của pin vỏ bưởi",
                style="msocap",
            ),
            P(
                "Kết quả cho thấy một bộ pin gồm 12 ngăn vỏ bưởi ghép nối tiếp tạo ra hiệu điện thế "
                "khoảng 9,6 V, đủ thắp sáng một dải đèn LED nhỏ trong gần 20 phút.",
                "word",
            ),
            P(
                "Cô Đặng Thị Thanh Vân, giáo viên Hóa học hướng dẫn chủ đề, cho biết các nhóm sẽ tiếp tục "
                "cải tiến sản phẩm để tham gia Cuộc thi Khoa học kỹ thuật cấp trường vào tháng 12.",
                "word",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">Tin, ảnh: Hoàng '
                "Văn Nam (Tổ Hóa học)<o:p></o:p></span></b></p>"
            ),
        ],
        opts={
            "item_title": "Giờ học STEM: học sinh chuyên Hóa chế tạo pin sinh học từ vỏ chuối và vỏ bưởi",
            "date_line": "30/10/2026 12:00 SA",
            "modified": "02/11/2026 4:47 CH",
            "person": ACCOUNT,
            "thumb": "/PublishingImages/2026/10/stem-pin-vo-buoi-01.jpg",
        },
    ),
    Story(
        id=50,
        slug="dem-nhac-ao-am-cho-em",
        title=(
            "Đêm nhạc gây quỹ “Áo ấm cho em” quyên góp hơn 186 triệu đồng cho học sinh vùng cao "
            "Mường Lát"
        ),
        cat="doan-thanh-nien",
        published_at="2026-12-02T20:45:00+07:00",
        summary=(
            "Tối 01/12/2026, tại sân trường, Đoàn trường THPT chuyên Lam Sơn tổ chức đêm nhạc gây quỹ "
            "thiện nguyện “Áo ấm cho em” lần thứ 7."
        ),
        sapo_outside=True,
        authors=["Phạm Quang Huy"],
        photographers=["CLB Truyền thông Lam Sơn"],
        blocks=[
            P(
                "Đêm nhạc do các câu lạc bộ Âm nhạc, Nhảy hiện đại và Truyền thông của học sinh dàn "
                "dựng, với 16 tiết mục ca múa nhạc, hòa tấu nhạc cụ dân tộc và hoạt cảnh về mùa đông vùng cao."
            ),
            Img(
                "/PublishingImages/2026/12/ao-am-cho-em-01.jpg?RenditionID=5",
                printed="Tiết mục hợp xướng “Mùa đông không lạnh” của học sinh khối 10",
                caption="Tiết mục hợp xướng “Mùa đông không lạnh” của học sinh khối 10",
                style="capspan",
            ),
            P(
                "Bên cạnh bán vé, ban tổ chức còn đấu giá 12 bức tranh do học sinh câu lạc bộ Mĩ thuật "
                "vẽ và bán các sản phẩm thủ công tại khu gian hàng “Góc ấm”."
            ),
            P(
                "Tổng số tiền quyên góp được là 186.450.000 đồng, cùng hơn 900 áo ấm, chăn và sách vở."
            ),
            Img(
                "/PublishingImages/2026/12/ao-am-cho-em-02.jpg?RenditionID=5",
                printed=(
                    "Đại diện Đoàn trường trao biểu trưng số tiền ủng hộ cho Trường Phổ thông dân tộc bán "
                    "trú THCS Trung Lý"
                ),
                caption=(
                    "Đại diện Đoàn trường trao biểu trưng số tiền ủng hộ cho Trường Phổ thông dân tộc bán "
                    "trú THCS Trung Lý"
                ),
                style="capspan",
            ),
            P(
                "Toàn bộ số tiền và hiện vật sẽ được Đoàn trường trao tận tay học sinh các trường ở xã "
                "Trung Lý và xã Mường Lát trong chuyến thiện nguyện dự kiến diễn ra vào giữa tháng 12."
            ),
            _right("Tin: Phạm Quang Huy - Ảnh: CLB Truyền thông Lam Sơn"),
        ],
        opts={
            "item_title": "Đêm nhạc Áo ấm cho em 2026",
            "date_line": "02/12/2026 8:45 CH",
            "modified": "03/12/2026 7:30 SA",
            "person": ACCOUNT,
            "thumb": "/PublishingImages/2026/12/ao-am-cho-em-01.jpg",
        },
    ),
    Story(
        id=46,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="doan-thanh-nien",
        published_at="2026-11-20T10:30:00+07:00",
        summary=(
            "Sáng 19/11/2026, Trường THPT chuyên Lam Sơn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam và tuyên dương các thầy cô giáo, học sinh có thành tích xuất sắc trong năm "
            "học 2025 - 2026."
        ),
        sapo_outside=True,
        authors=["Đỗ Thị Hồng Nhung"],
        blocks=[
            P(
                "Về dự buổi lễ có các đồng chí lãnh đạo Sở GD&ĐT Thanh Hóa, đại diện Ban Liên lạc cựu "
                "học sinh, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn "
                "1.100 học sinh nhà trường."
            ),
            Img(
                "/PublishingImages/2026/11/le-20-11-01.jpg?RenditionID=5",
                printed="Quang cảnh buổi lễ",
                caption="Quang cảnh buổi lễ",
                style="capspan",
            ),
            P(
                "Ôn lại truyền thống hơn 90 năm xây dựng và phát triển, thầy Hiệu trưởng Nguyễn Đình "
                "Thắng bày tỏ niềm tự hào về những thế hệ nhà giáo đã gắn bó với mái trường mang tên Lam "
                "Sơn, góp phần đào tạo nhiều nhân tài cho quê hương, đất nước."
            ),
            P(
                "“Mỗi thầy cô giáo Lam Sơn hôm nay cần tiếp tục là tấm gương tự học và sáng tạo để học "
                "trò noi theo”, thầy Nguyễn Đình Thắng nhấn mạnh.",
                "q",
            ),
            P(
                "Trong năm học 2025 - 2026, nhà trường có 14 học sinh đạt giải quốc gia, 2 học sinh được "
                "chọn vào đội tuyển dự thi Olympic quốc tế; tỷ lệ học sinh đỗ tốt nghiệp THPT đạt 100%."
            ),
            P("Tuyên dương giáo viên và học sinh tiêu biểu", "h"),
            P(
                "Tại buổi lễ, nhà trường đã khen thưởng 26 giáo viên có học sinh đạt giải quốc gia, 9 "
                "giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh và trao học bổng “Lam Sơn - Vươn "
                "cao” cho 40 học sinh có hoàn cảnh khó khăn vượt khó học tốt."
            ),
            Img(
                "/PublishingImages/2026/11/le-20-11-02.jpg?RenditionID=5",
                printed="Lãnh đạo nhà trường trao giấy khen cho các giáo viên có thành tích xuất sắc",
                caption="Lãnh đạo nhà trường trao giấy khen cho các giáo viên có thành tích xuất sắc",
                style="capspan",
            ),
            P(
                "Thay mặt học sinh toàn trường, em Trần Ngọc Bảo Anh, Bí thư Chi đoàn 12 Văn, gửi lời tri "
                "ân sâu sắc tới các thầy cô và hứa sẽ nỗ lực học tập, rèn luyện xứng đáng với truyền thống "
                "của nhà trường."
            ),
            P("Buổi lễ khép lại với chương trình văn nghệ đặc sắc do học sinh các khối lớp biểu diễn."),
        ],
        opts={
            "item_title": "Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
            "date_line": "20/11/2026 10:30 SA",
            "modified": "21/11/2026 2:15 CH",
            "person": PEOPLE["nhung"],
            "thumb": "/PublishingImages/2026/11/le-20-11-01.jpg",
            "en": True,
            "case_variant": "/Tin-Tuc/Pages/Le-Ky-Niem-44-Nam-Ngay-Nha-Giao-Viet-Nam.aspx",
        },
    ),
    Story(
        id=42,
        slug="giai-bong-da-lam-son-cup-lan-thu-xii",
        title="Bế mạc Giải bóng đá nam học sinh “Lam Sơn Cup” lần thứ XII",
        cat="doan-thanh-nien",
        published_at="2026-11-09T17:00:00+07:00",
        summary=(
            "Chiều 08/11/2026, trận chung kết Giải bóng đá nam học sinh “Lam Sơn Cup” lần thứ XII đã "
            "diễn ra sôi nổi trên sân cỏ nhân tạo của nhà trường với chức vô địch thuộc về đội 11 Lý."
        ),
        sapo_outside=True,
        authors=["Vũ Đức Mạnh"],
        blocks=[
            P(
                "Giải đấu do Đoàn trường tổ chức từ ngày 12/10/2026, quy tụ 24 đội bóng đại diện cho 24 "
                "chi đoàn, thi đấu theo thể thức vòng bảng và loại trực tiếp."
            ),
            P(
                "Ở trận chung kết, đội 11 Lý hòa đội 12 Tin với tỉ số 1 - 1 sau hai hiệp chính và giành "
                "chiến thắng 4 - 3 trong loạt sút luân lưu cân não, lần đầu tiên lên ngôi vô địch."
            ),
            Img(
                "/PublishingImages/2026/11/lam-son-cup-xii-01.jpg?RenditionID=5",
                printed="Pha tranh bóng trong trận chung kết giữa đội 11 Lý và đội 12 Tin",
                caption="Pha tranh bóng trong trận chung kết giữa đội 11 Lý và đội 12 Tin",
                style="capspan",
            ),
            P(
                "Giải Ba được trao đồng hạng cho đội 10 Toán 2 và đội 12 Sử. Danh hiệu Vua phá lưới thuộc "
                "về em Lê Đức Anh (11 Lý) với 7 bàn thắng; thủ môn xuất sắc nhất là em Hà Văn Quân (12 Tin)."
            ),
            P(
                "Bên cạnh nội dung thi đấu, giải còn có cuộc thi cổ động viên, thu hút hàng trăm học sinh "
                "tham gia với nhiều màn cổ vũ sáng tạo, văn minh."
            ),
            _right("Vũ Đức Mạnh (Bí thư Đoàn trường)"),
        ],
        opts={
            "item_title": "Bế mạc Giải bóng đá nam học sinh “Lam Sơn Cup” lần thứ XII",
            "date_line": "09/11/2026 5:00 CH",
            "modified": "10/11/2026 8:20 SA",
            "person": ACCOUNT,
            "thumb": "/PublishingImages/2026/11/lam-son-cup-xii-01.jpg",
            "nfd": True,
        },
    ),
    Story(
        id=38,
        slug="ngoai-khoa-thanh-nha-ho",
        title="Ngoại khóa trải nghiệm tại Di sản văn hóa thế giới Thành Nhà Hồ",
        cat="doan-thanh-nien",
        published_at="2026-10-24T07:00:00+07:00",
        blocks=[
            P(
                "Ngày 22/10/2026, Đoàn trường phối hợp với Tổ Lịch sử - Địa lí - Giáo dục kinh tế và pháp "
                "luật tổ chức chuyến ngoại khóa cho 420 học sinh khối 10 tại Khu di sản Thành Nhà Hồ."
            ),
            P(
                "Tại đây, các em được nghe thuyết minh về lịch sử xây dựng tòa thành đá độc đáo năm 1397, "
                "kỹ thuật ghép những khối đá nặng hàng chục tấn không cần chất kết dính và những giá trị "
                "nổi bật toàn cầu đã giúp Thành Nhà Hồ được UNESCO ghi danh năm 2011."
            ),
            P(
                "Học sinh chia thành các nhóm thực hiện nhiệm vụ học tập: đo đạc, vẽ sơ đồ cổng Nam, tìm "
                "hiểu đàn tế Nam Giao và phỏng vấn người dân địa phương về những câu chuyện gắn với di tích."
            ),
            Img("/PublishingImages/2026/10/thanh-nha-ho-01.jpg?RenditionID=5", style="bare"),
            P(
                "Các sản phẩm của chuyến đi gồm video, báo tường, bản đồ tư duy sẽ được trưng bày tại ngày "
                "hội “Em yêu lịch sử xứ Thanh” vào cuối tháng 11."
            ),
        ],
        opts={
            "item_title": "Ngoại khóa trải nghiệm tại Di sản văn hóa thế giới Thành Nhà Hồ",
            "date_line": "24/10/2026 7:00 SA",
            "modified": "26/10/2026 9:41 SA",
            "person": ACCOUNT,
            "thumb": "/PublishingImages/2026/10/thanh-nha-ho-01.jpg",
        },
    ),
    # --- notices (/thong-bao) -------------------------------------------------------------
    Story(
        id=31,
        slug="thong-bao-to-chuc-kiem-tra-cuoi-hoc-ky-i",
        title="Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-12-01",
        authors=["Nguyễn Đình Thắng"],
        blocks=[
            P("Căn cứ Kế hoạch giáo dục năm học 2026 - 2027 của Trường THPT chuyên Lam Sơn;", "num"),
            P(
                "Căn cứ tình hình thực tế giảng dạy học kỳ I, nhà trường thông báo lịch kiểm tra cuối học "
                "kỳ I như sau:",
                "num",
            ),
            P("1. Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026.", "num"),
            P(
                "2. Hình thức: các môn Toán, Ngữ văn, Tiếng Anh kiểm tra tập trung theo đề chung của "
                "trường; các môn còn lại kiểm tra trên lớp theo kế hoạch của tổ chuyên môn.",
                "num",
            ),
            P(
                "3. Tổ Giáo vụ hoàn thành lịch kiểm tra chi tiết, danh sách phòng kiểm tra trước ngày "
                "15/12/2026.",
                "num",
            ),
            P(
                "4. Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; nhập điểm lên hệ thống "
                "quản lý trước ngày 31/12/2026.",
                "num",
            ),
            P("Đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực hiện./.", "num"),
        ],
        opts={
            "item_title": "Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
            "date_line": "02/12/2026",
            "modified": "02/12/2026 8:05 SA",
            "doc": {
                "so": "215/TB-THPTCLS",
                "place_date": "Thanh Hóa, ngày 01 tháng 12 năm 2026",
                "subject": "Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
                "signer_post": "HIỆU TRƯỞNG",
                "signer": "Nguyễn Đình Thắng",
            },
            "files": [("TB-215-kiem-tra-cuoi-HKI.pdf", "TB 215 kiểm tra cuối HKI (bản scan).pdf")],
        },
    ),
    Story(
        id=29,
        slug="lich-hop-cha-me-hoc-sinh-cuoi-hoc-ky-i",
        title="Lịch họp cha mẹ học sinh cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-25",
        authors=["Tổ Văn phòng"],
        blocks=[
            P(
                "Nhà trường tổ chức họp cha mẹ học sinh toàn trường vào 7 giờ 30 phút, Chủ nhật ngày "
                "27/12/2026 tại các phòng học của lớp."
            ),
            P("Nội dung cuộc họp:"),
            P("Thông báo kết quả học tập và rèn luyện học kỳ I của học sinh;", "li"),
            P(
                "Trao đổi về kế hoạch ôn thi học sinh giỏi quốc gia và ôn thi tốt nghiệp THPT năm 2027;",
                "li",
            ),
            P("Bầu bổ sung Ban đại diện cha mẹ học sinh lớp (nếu có).", "li"),
            P(
                "Đề nghị quý phụ huynh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Trường hợp vắng mặt, "
                "phụ huynh liên hệ trực tiếp với giáo viên chủ nhiệm."
            ),
            Raw(
                '<p class="ms-rteElement-P"><em>Xem thêm: <a href="/thong-bao/Pages/'
                'thong-bao-to-chuc-kiem-tra-cuoi-hoc-ky-i.aspx">Thông báo về việc tổ chức kiểm tra cuối '
                "học kỳ I năm học 2026 - 2027</a></em></p>"
            ),
            _right("Tổ Văn phòng"),
        ],
        opts={
            "item_title": "Lịch họp cha mẹ học sinh cuối học kỳ I năm học 2026 - 2027",
            "date_line": "25/11/2026",
            "modified": "26/11/2026 4:10 CH",
            "files": [("Lich-hop-CMHS-HKI-2026-2027.pdf", "Lịch họp CMHS HKI 2026-2027.pdf")],
        },
    ),
    Story(
        id=27,
        slug="ke-hoach-cuoc-thi-khkt-cap-truong",
        title=(
            "Kế hoạch tổ chức Cuộc thi Khoa học kỹ thuật cấp trường dành cho học sinh trung học "
            "năm học 2026 - 2027"
        ),
        cat="thong-bao",
        published_at="2026-11-12",
        blocks=[
            P(
                "Nhằm khuyến khích học sinh nghiên cứu, sáng tạo khoa học, công nghệ, kỹ thuật và vận dụng "
                "kiến thức đã học vào giải quyết những vấn đề thực tiễn, nhà trường tổ chức Cuộc thi Khoa "
                "học kỹ thuật cấp trường năm học 2026 - 2027."
            ),
            P("I. Đối tượng và lĩnh vực dự thi", "h3"),
            P(
                "Học sinh các lớp 10, 11, 12 đăng ký dự thi theo cá nhân hoặc nhóm không quá 2 học sinh, "
                "mỗi dự án có 1 giáo viên hướng dẫn. Dự án thuộc một trong 22 lĩnh vực theo quy định của "
                "Bộ GD&ĐT."
            ),
            P("II. Thời gian", "h3"),
            P("Nội dung | Thời gian", "th"),
            P("Đăng ký tên dự án | Trước ngày 30/11/2026", "td"),
            P("Nộp hồ sơ dự án | Trước ngày 15/12/2026", "td"),
            P("Trưng bày và chấm thi | Ngày 19/12/2026", "td"),
            P(
                "Các dự án đạt giải Nhất, Nhì sẽ được lựa chọn tham dự Cuộc thi Khoa học kỹ thuật cấp tỉnh "
                "vào tháng 01/2027."
            ),
            Raw(
                '<p class="ms-rteElement-P">Xem thêm:&#160;<a href="/TaiLieu/The-le-KHKT-2026-2027.pdf">'
                "Thể lệ cuộc thi (tệp PDF)</a></p>"
            ),
        ],
        opts={
            "item_title": "Kế hoạch Cuộc thi KHKT cấp trường 2026 - 2027",
            "date_line": "12/11/2026",
            "modified": "13/11/2026 10:18 SA",
            "files": [
                ("KH-thi-KHKT-cap-truong-2026-2027.pdf", "KH thi KHKT cấp trường 2026-2027.pdf"),
                ("Mau-ho-so-du-an-KHKT.docx", "Mẫu hồ sơ dự án KHKT.docx"),
            ],
        },
    ),
    Story(
        id=24,
        slug="dang-ky-cau-lac-bo-hoc-thuat",
        title="Thông báo đăng ký tham gia các câu lạc bộ học thuật năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-21",
        authors=["Đoàn trường"],
        blocks=[
            P(
                "Để tạo môi trường cho học sinh phát triển năng khiếu và sở thích, Đoàn trường và các tổ "
                "chuyên môn thành lập các câu lạc bộ học thuật năm học 2026 - 2027 gồm: CLB Toán học "
                "“Euler”, CLB Lập trình “Lam Sơn Code”, CLB Tranh biện tiếng Anh, CLB Văn học “Trang sách "
                "mở” và CLB Nghiên cứu khoa học."
            ),
            P(
                "Học sinh có nguyện vọng đăng ký qua giáo viên chủ nhiệm hoặc trực tiếp tại Văn phòng Đoàn "
                "trường từ ngày 21/10 đến hết ngày 31/10/2026. Mỗi học sinh đăng ký tối đa hai câu lạc bộ."
            ),
            P(
                "Các câu lạc bộ sinh hoạt định kỳ vào chiều thứ Bảy hằng tuần, bắt đầu từ ngày 07/11/2026."
            ),
            _right("Đoàn trường"),
        ],
        opts={
            "item_title": "Thông báo đăng ký tham gia các câu lạc bộ học thuật năm học 2026 - 2027",
            "date_line": "21/10/2026",
            "modified": "22/10/2026 7:55 SA",
        },
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
NEWS = [s for s in STORIES if s.cat in CATS]
NOTICES = [s for s in STORIES if s.cat == "thong-bao"]


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def _cat_items(cat: str) -> list[Story]:
    return _sorted([s for s in NEWS if s.cat == cat])


def _only_page2() -> set[str]:
    """Slugs that a listing shows on its page 2+ only (kept out of every other list)."""
    slugs: set[str] = set()
    for cat in CATS:
        slugs |= {s.slug for s in _cat_items(cat)[PAGE_SIZE:]}
    slugs |= {s.slug for s in _sorted(NOTICES)[PAGE_SIZE:]}
    return slugs


ONLY_PAGE2 = _only_page2()


# --- the rich-text field -------------------------------------------------------------------

_WORD_SPAN = (
    '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New '
    'Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;">'
)


def _wpbox() -> str:
    """A list view web part embedded in the rich-text field (SharePoint's ms-rte-wpbox)."""
    wpid = "7b3d1a0e-5f8c-4c1e-9f0a-2d6b8e4c1a11"
    rows = [
        ("Danh-sach-hoc-sinh-dat-giai-HSG-tinh-lop-12.pdf", "Danh sách học sinh đạt giải HSG tỉnh lớp 12", "27/11/2026"),
        ("QD-khen-thuong-HSG-2026-2027.pdf", "Quyết định khen thưởng học sinh đạt giải", "27/11/2026"),
    ]
    trs = "".join(
        f'<tr class="ms-itmHoverEnabled ms-itmhover"><td class="ms-cellstyle ms-vb-icon">'
        f'<img width="16" height="16" border="0" alt="pdf" title="pdf" src="/_layouts/15/images/icpdf.png?rev=23" /></td>'
        f'<td class="ms-cellstyle ms-vb2"><a class="ms-listlink" href="/TaiLieu/{f}" '
        f'onmousedown="return VerifyHref(this,event,\'1\',\'\',\'\')">{esc(t)}</a></td>'
        f'<td class="ms-cellstyle ms-vb2"><nobr>{d}</nobr></td></tr>'
        for f, t, d in rows
    )
    return (
        f'<div class="ms-rtestate-read ms-rte-wpbox" contenteditable="false">'
        f'<div class="ms-rtestate-notify  ms-rtestate-read {wpid}" id="div_{wpid}" unselectable="on">'
        f'<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth "><div class="ms-webpart-chrome-title" '
        f'id="WebPartWPQ7_ChromeTitle"><span title="Văn bản kèm theo" id="WebPartTitleWPQ7" '
        f'class="js-webpart-titleCell"><h2 class="ms-webpart-titleText"><nobr><span>Văn bản kèm theo</span>'
        f'<span id="WebPartCaptionWPQ7"></span></nobr></h2></span></div>'
        f'<div webpartid="{wpid}" haspers="false" id="WebPartWPQ7" width="100%" class="ms-WPBody noindex" '
        f'allowdelete="false" style=""><table summary="Tài liệu" class="ms-listviewtable" cellpadding="1" '
        f'cellspacing="0" border="0" width="100%"><thead><tr class="ms-viewheadertr ms-vhltr">'
        f'<th class="ms-vh-icon" scope="col"></th><th class="ms-vh2" scope="col">Tên</th>'
        f'<th class="ms-vh2" scope="col">Sửa đổi</th></tr></thead><tbody>{trs}</tbody></table></div>'
        f'</div></div><div id="vid_{wpid}" unselectable="on" style="display:none"></div></div>'
    )


def _img_tag(img: Img) -> str:
    alt = img.src.rsplit("/", 1)[-1].split("?", 1)[0]
    return f'<img src="{esc(img.src)}" alt="{esc(alt)}" style="margin:5px;width:620px;" />'


def _render_img(img: Img, nfd: bool) -> str:
    cap = text(img.printed or "", nfd=nfd)
    tag = _img_tag(img)
    if img.style == "table":
        return (
            '<table class="ms-rteTable-default" cellspacing="0" style="width:100%;"><tbody>'
            '<tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default" '
            f'style="text-align:center;width:100%;">{tag}</td></tr>'
            '<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" '
            f'style="text-align:center;"><em>{cap}</em></td></tr></tbody></table>'
        )
    if img.style == "capspan":
        return (
            f'<p class="ms-rteElement-P" style="text-align:center;">{tag}<br/>'
            f'<span class="ms-rteStyle-Caption">{cap}</span></p>'
        )
    if img.style == "msocap":
        return (
            f'<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">{tag}</span></p>'
            '<p class="MsoCaption" align="center" style="text-align:center"><i><span lang="VI" '
            f'style="font-size:12.0pt;font-family:&quot;Times New Roman&quot;,serif">{cap}<o:p></o:p></span></i></p>'
        )
    if img.style == "credit":
        return (
            f'<p class="ms-rteElement-P" style="text-align:center;">{tag}</p>'
            f'<p class="ms-rteElement-P" style="text-align:center;"><em>{cap}</em></p>'
        )
    return f'<p style="text-align:center;">{tag}&#160;</p>'


def _render_blocks(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_p = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_wpbox() if b.html == "WPBOX" else b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_render_img(b, nfd))
            i += 1
            continue
        t = text(b.text, nfd=nfd)
        st = b.style
        if st in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                row = blocks[i]
                cells = [text(c, nfd=nfd) for c in row.text.split(" | ")]
                if row.style == "th":
                    tds = "".join(
                        f'<th class="ms-rteTableHeaderEvenCol-4" rowspan="1" colspan="1">{c}</th>' for c in cells
                    )
                    rows.append(f'<tr class="ms-rteTableHeaderRow-4">{tds}</tr>')
                else:
                    tds = "".join(f'<td class="ms-rteTableEvenCol-4">{ZW}{c}</td>' for c in cells)
                    rows.append(f'<tr class="ms-rteTableOddRow-4">{tds}</tr>')
                i += 1
            out.append(
                '<table width="100%" class="ms-rteTable-4" cellspacing="0" style="width:100%;"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if st == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{text(blocks[i].text, nfd=nfd)}{ZW}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        i += 1
        n_p += 1
        if st == "h":
            out.append(f'<h2 class="ms-rteElement-H2B">{ZW}{t}</h2>')
        elif st == "h3":
            out.append(f'<h3 class="ms-rteElement-H3">{t}</h3>')
        elif st == "lead":
            out.append(f'<p class="ms-rteElement-P"><strong>{t}</strong></p>')
        elif st == "q":
            out.append(
                '<blockquote style="margin:0px 0px 0px 40px;border:none;padding:0px;">'
                f'<p class="ms-rteElement-P"><em>{t}</em></p></blockquote>'
            )
        elif st == "div":
            out.append(f"<div>{t}&#160;</div>")
        elif st == "word":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                f"{_WORD_SPAN}{t}<o:p></o:p></span></p>"
            )
        elif st == "wli":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-align:justify;'
                'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
                f'{_WORD_SPAN}<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New '
                'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
                f"<!--[endif]-->{_WORD_SPAN}{t}<o:p></o:p></span></p>"
            )
        elif st == "num":
            out.append(f'<p style="text-align:justify;text-indent:1cm;">{t}</p>')
        else:
            head = ZW if n_p % 3 == 1 else ""
            tail = "&#8203;" if n_p % 2 == 0 else ""
            out.append(f'<p class="ms-rteElement-P">{head}{t}{tail}</p>')
            if n_p % 3 == 2:
                out.append('<p class="ms-rteElement-P">&#8203;</p>')
    return "".join(out)


def _official_doc(story: Story) -> str:
    d = story.opts["doc"]
    head = (
        '<table width="100%" cellspacing="0" style="width:100%;border:none;"><tbody><tr>'
        '<td style="width:40%;text-align:center;vertical-align:top;">SỞ GD&amp;ĐT THANH HÓA<br/>'
        "<strong>TRƯỜNG THPT CHUYÊN LAM SƠN</strong><br/>"
        f'Số: {esc(d["so"])}</td>'
        '<td style="width:60%;text-align:center;vertical-align:top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
        "VIỆT NAM</strong><br/><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br/>"
        f'<em>{esc(d["place_date"])}</em></td></tr></tbody></table>'
        '<p style="text-align:center;"><strong>THÔNG BÁO</strong><br/>'
        f'<strong>{esc(d["subject"])}</strong></p>'
    )
    tail = (
        '<table width="100%" cellspacing="0" style="width:100%;border:none;"><tbody><tr>'
        '<td style="width:50%;vertical-align:top;"><strong><em>Nơi nhận:</em></strong><br/>'
        "- Các tổ chuyên môn;<br/>- Giáo viên chủ nhiệm;<br/>- Đăng Cổng TTĐT;<br/>- Lưu: VT.</td>"
        f'<td style="width:50%;text-align:center;vertical-align:top;"><strong>{esc(d["signer_post"])}</strong>'
        f'<br/><em>(Đã ký)</em><br/><br/><strong>{esc(d["signer"])}</strong></td></tr></tbody></table>'
    )
    return head + _render_blocks(story) + tail


# --- chrome --------------------------------------------------------------------------------


def _nav_item(href: str, label: str, children: list[tuple[str, str]] | None = None, selected: bool = False) -> str:
    cls = "static" + (" dynamic-children" if children else "") + (" selected" if selected else "")
    a_cls = (
        f"{cls} menu-item ms-core-listMenu-item ms-displayInline"
        + (" ms-core-listMenu-selected" if selected else "")
        + " ms-navedit-linkNode"
    )
    arrow = ' aria-haspopup="true"' if children else ""
    sub = ""
    if children:
        lis = "".join(
            f'<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item ms-displayInline '
            f'ms-navedit-linkNode" tabindex="0" href="{esc(h)}"><span class="additional-background '
            f'ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(t)}</span></span></a></li>'
            for h, t in children
        )
        sub = f'<ul class="dynamic">{lis}</ul>'
    hidden = '<span class="ms-hidden">Hiện được chọn</span>' if selected else ""
    return (
        f'<li class="{cls}"><a class="{a_cls}" tabindex="0" href="{esc(href)}"><span{arrow} '
        f'class="additional-background ms-navedit-flyoutArrow{" dynamic-children" if children else ""}">'
        f'<span class="menu-item-text">{esc(label)}</span>{hidden}</span></a>{sub}</li>'
    )


def _topnav(lang: str, section: str) -> str:
    if lang == "en":
        items = [
            _nav_item("/en/Pages/default.aspx", "Home", selected=section == "home"),
            _nav_item("/en/Pages/about-us.aspx", "About us", selected=section == "about"),
            _nav_item("/Pages/default.aspx", "Tin tức (Tiếng Việt)"),
        ]
    else:
        items = [
            _nav_item("/Pages/default.aspx", "Trang chủ", selected=section == "home"),
            _nav_item(
                "/gioi-thieu/Pages/default.aspx",
                "Giới thiệu",
                [
                    ("/gioi-thieu/Pages/default.aspx", "Giới thiệu chung"),
                    ("/gioi-thieu/Pages/lich-su-phat-trien.aspx", "Lịch sử phát triển"),
                    ("/gioi-thieu/Pages/ban-giam-hieu.aspx", "Ban Giám hiệu"),
                ],
                selected=section == "gioi-thieu",
            ),
            _nav_item(
                "/tin-tuc/Pages/default.aspx",
                "Tin tức",
                [(f"/tin-tuc/Pages/default.aspx?cat={c}", label) for c, label in CATS.items()],
                selected=section == "tin-tuc",
            ),
            _nav_item("/thong-bao/Pages/default.aspx", "Thông báo", selected=section == "thong-bao"),
            _nav_item(
                ALBUM,
                "Thư viện ảnh",
                [(ALBUM, "Lễ khai giảng năm học 2026 - 2027")],
                selected=section == "thu-vien-anh",
            ),
            _nav_item("/Pages/lien-he.aspx", "Liên hệ", selected=section == "lien-he"),
        ]
    return (
        '<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">'
        '<div id="zz11_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">'
        f'<ul id="zz12_RootAplinkList" class="root ms-core-listMenu-root static">{"".join(items)}</ul>'
        "</div></div>"
    )


def _crumbs(parts: list[tuple[str | None, str]]) -> str:
    out = []
    for href, label in parts:
        if href:
            out.append(f'<span><a class="ms-sitemapdirectional" href="{esc(href)}">{esc(label)}</a></span>')
        else:
            out.append(f'<span class="ms-sitemapdirectional lsn-dd-hientai">{esc(label)}</span>')
    sep = '<span class="lsn-dd-sep"> › </span>'
    return (
        '<div class="lsn-duongdan"><span id="ctl00_PlaceHolderMain_SiteMapPath1">'
        + sep.join(out)
        + '<a id="ctl00_PlaceHolderMain_SiteMapPath1_SkipLink"></a></span></div>'
    )


def _wp(title: str, inner: str, wpq: str, extra_cls: str = "") -> str:
    """A web part with SharePoint 2016's chrome."""
    return (
        f'<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth {extra_cls}">'
        f'<div class="ms-webpart-chrome-title" id="WebPart{wpq}_ChromeTitle"><span title="{esc(title)}" '
        f'id="WebPartTitle{wpq}" class="js-webpart-titleCell"><h2 style="text-align:justify;" '
        f'class="ms-webpart-titleText"><nobr><span>{esc(title)}</span><span id="WebPartCaption{wpq}"></span>'
        f'</nobr></h2></span></div><div webpartid="{uuid.uuid5(uuid.NAMESPACE_URL, "lsn-" + wpq + title)}" haspers="false" id="WebPart{wpq}" '
        f'width="100%" class="ms-WPBody noindex " allowdelete="false" style="">{inner}'
        '<div class="ms-clear"></div></div></div>'
    )


def _sidebar() -> str:
    most_read = [BY_SLUG[s] for s in ("le-ky-niem-44-nam-ngay-nha-giao-viet-nam", "ket-qua-thi-chon-hsg-cap-tinh", "dem-nhac-ao-am-cho-em")]
    lis = "".join(
        f'<li class="dfwp-item"><div class="item link-item bullet"><a href="/tin-tuc/Pages/{s.slug}.aspx" '
        f'title="">{esc(s.opts["item_title"])}</a></div></li>'
        for s in most_read
    )
    docread = _wp(
        "Tin đọc nhiều",
        f'<div id="cbqwpctl00_ctl40_g_4e1f" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" '
        f'style="width:100%">{lis}</ul></div>',
        "WPQ11",
    )
    links = _wp(
        "Liên kết website",
        '<select class="lsn-lienket" onchange="if(this.value!=\'\')window.open(this.value);">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://thanhhoa.edu.vn">Sở GD&amp;ĐT Thanh Hóa</option>'
        '<option value="https://thanhhoa.gov.vn">Cổng TTĐT tỉnh Thanh Hóa</option>'
        '<option value="https://baothanhhoa.vn">Báo Thanh Hóa</option></select>',
        "WPQ12",
    )
    poll = _wp(
        "Thăm dò ý kiến",
        '<div class="lsn-binhchon"><p>Bạn biết đến Cổng thông tin của nhà trường qua kênh nào?</p>'
        '<input type="radio" name="ctl00$g_91a2$rdoBC" id="bc1" value="1"/><label for="bc1">Giáo viên, bạn bè</label><br/>'
        '<input type="radio" name="ctl00$g_91a2$rdoBC" id="bc2" value="2"/><label for="bc2">Fanpage Đoàn trường</label><br/>'
        '<input type="radio" name="ctl00$g_91a2$rdoBC" id="bc3" value="3"/><label for="bc3">Công cụ tìm kiếm</label><br/>'
        '<input type="button" value="Bình chọn" class="ms-ButtonHeightWidth" onclick="LSN_BinhChon(\'g_91a2\');"/>'
        '&#160;<input type="button" value="Xem kết quả" class="ms-ButtonHeightWidth" onclick="LSN_KetQua(\'g_91a2\');"/></div>',
        "WPQ13",
    )
    counter = _wp(
        "Thống kê truy cập",
        '<table class="lsn-thongke"><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td>'
        "<td>1.284</td></tr><tr><td>Tháng này:</td><td>9.716</td></tr><tr><td>Tổng truy cập:</td>"
        "<td>3.917.452</td></tr></table>",
        "WPQ14",
    )
    video = _wp(
        "Video",
        '<div class="ms-rte-embedcode ms-rtestate-read"><iframe width="260" height="160" '
        'src="https://www.youtube.com/embed/Lk9Q2sXo8Fw" frameborder="0" allowfullscreen></iframe></div>',
        "WPQ15",
    )
    return f'<div class="lsn-cotphai ms-webpart-zone ms-fullWidth">{docread}{links}{poll}{video}{counter}</div>'


def _footer(lang: str) -> str:
    if lang == "en":
        return (
            '<div class="lsn-chantrang"><p><strong>LAM SON HIGH SCHOOL FOR THE GIFTED</strong></p>'
            "<p>Address: 307 Nguyen Trai Street, Phu Son Ward, Thanh Hoa City, Thanh Hoa Province, Viet Nam</p>"
            "<p>Tel: (+84) 237 3851 539 - Email: c3lamson@thanhhoa.edu.vn</p>"
            "<p>© 2026 Lam Son High School for the Gifted.</p></div>"
        )
    return (
        '<div class="lsn-chantrang"><p><strong>TRƯỜNG THPT CHUYÊN LAM SƠN - TỈNH THANH HÓA</strong></p>'
        "<p>Địa chỉ: Số 307 Nguyễn Trãi, phường Phú Sơn, thành phố Thanh Hóa, tỉnh Thanh Hóa</p>"
        "<p>Điện thoại: (0237) 3851 539 - Fax: (0237) 3852 017 - Email: "
        '<a href="mailto:c3lamson@thanhhoa.edu.vn">c3lamson@thanhhoa.edu.vn</a></p>'
        "<p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Đình Thắng</p>"
        "<p>© 2026 Trường THPT chuyên Lam Sơn. Phát triển trên nền tảng Microsoft SharePoint Server 2016.</p>"
        '<p><a href="https://www.facebook.com/doantruongthptchuyenlamson" target="_blank">Fanpage Đoàn trường</a></p>'
        "</div>"
    )


def _shell(
    request: Request,
    *,
    title_tag: str,
    page_title: str,
    main: str,
    lang: str = "vi",
    section: str = "",
    web: str = "",
    item_id: int = 0,
    head_extra: str = "",
    sidebar: bool = True,
) -> str:
    """The custom Seattle-derived master page."""
    action = "./" + request.path.rsplit("/", 1)[-1] + (f"?{request.query}" if request.query else "")
    ctx = {
        "webServerRelativeUrl": "/" + web if web else "/",
        "webAbsoluteUrl": "http://lsn-sp16-wfe01" + ("/" + web if web else ""),
        "siteAbsoluteUrl": "http://lsn-sp16-wfe01",
        "serverRequestPath": request.path,
        "layoutsUrl": "_layouts/15",
        "webTitle": "Trường THPT chuyên Lam Sơn",
        "webLanguage": 1033 if lang == "en" else 1066,
        "currentLanguage": 1033 if lang == "en" else 1066,
        "currentUICultureName": "en-US" if lang == "en" else "vi-VN",
        "currentCultureName": "en-US" if lang == "en" else "vi-VN",
        "pageItemId": item_id,
        "pageListId": "{b2f0c9a1-77e3-4d55-a1c8-3f2e51d0a6b9}",
        "userId": 0,
        "isAnonymousUser": True,
        "siteClientTag": "2$$16.0.4795.1000",
    }
    ctx_js = json.dumps(ctx).replace("/", "\\u002f")
    day = "Saturday, December 05, 2026" if lang == "en" else HEADER_DAY
    if lang == "en":
        labels = '<a href="/Pages/default.aspx" hreflang="vi-VN" lang="vi">Tiếng Việt</a> | <span class="lsn-nn-chon">English</span>'
    else:
        labels = '<span class="lsn-nn-chon">Tiếng Việt</span> | <a id="ctl00_ctl43_VariationLabelLink" href="/en/Pages/default.aspx" hreflang="en-US" lang="en">English</a>'
    side = _sidebar() if sidebar and lang == "vi" else ""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="{"en-US" if lang == "en" else "vi-VN"}">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
	{esc(title_tag)}
</title><link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
<link id="CssLink-1" rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2Yx3Wd%2BHmfc6nGmUFeT8oA%3D%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/LamSon/css/lsn-main.css" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZR8bR8Ah0A5g7XgpJmRKWw%3D%3DTAG0"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1HtQ.js"></script>
<meta name="description" content="Cổng thông tin điện tử Trường THPT chuyên Lam Sơn - Thanh Hóa" />
{head_extra}</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();"><div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=23" />
</div>
<form method="post" action="{esc(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{opaque(request.path, 48)[:64].upper().replace("/", "A").replace("+", "B")},05 Dec 2026 02:13:44 -0000" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(request.target, 420, b"/wEPDwUBMA9kFgJmD2QWAgIBD2QW")}" />
</div>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var g_wsaEnabled = false;
var g_correlationId = '3e1c9a9e-40d2-d0f5-6b1e-7c2a5d0f9b21';
var _spPageContextInfo = {ctx_js};
//]]>
</script>
<div id="ms-designer-ribbon">
<div id="suiteBarDelta" class="ms-dialogHidden ms-fullWidth noindex" style="display:none"><div id="suiteBar" class="ms-dialogHidden noindex"></div></div>
<div id="s4-ribbonrow" style="display:none"><div id="globalNavBox" class="noindex"></div></div>
</div>
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerow noindex" style="display:none"><div id="titleAreaBox" class="ms-noList ms-table ms-core-tableNoSpace"><div id="titleAreaRow" class="ms-tableRow"><div id="pageTitleBox" class="ms-tableCell ms-verticalAlignTop">
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">{page_title}</span></h1>
</div></div></div></div>
<div class="lsn-dauTrang">
<div class="lsn-thanhtren"><span class="lsn-ngayhientai">{day}</span><span class="lsn-ngonngu">{labels}</span>
<div id="SearchBox" class="lsn-timkiem"><div class="ms-srch-sb ms-srch-sb-border" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sboxdiv"><input type="text" value="Tìm kiếm..." maxlength="2048" title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText"/><a title="Tìm kiếm" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" onclick="EnsureScriptFunc('Search.ClientControls.js', 'Srch.U', function() {{$find('ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr').search($get('ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox').value);}})" href="javascript: {{}}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="Tìm kiếm" /></a></div></div>
</div>
<div class="lsn-banner"><a href="{"/en/Pages/default.aspx" if lang == "en" else "/Pages/default.aspx"}"><img src="/PublishingImages/banner/banner-lamson-2026.jpg" alt="Trường THPT chuyên Lam Sơn" /></a></div>
<div class="lsn-menungang">{_topnav(lang, section)}</div>
</div>
<div id="contentRow" class="lsn-khungchinh">
<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="notificationArea" class="ms-notif-box"></div><div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>
{main}
</div></div>
{side}
</div>
{_footer(lang)}
</div></div>
</form>
<script type="text/javascript">
//<![CDATA[
Sys.Application.add_init(function() {{ $create(SP.UI.AspMenu, null, null, null, $get('zz11_TopNavigationMenu')); }});
//]]>
</script>
</body>
</html>"""


def _title_area(web_label: str, web_href: str, item_title: str) -> str:
    return (
        f'<span><a href="{esc(web_href)}">{esc(web_label)}</a><span style="height:16px;width:16px;position:'
        'relative;display:inline-block;overflow:hidden;" class="s4-clust ms-ltviewselectormenu-separator">'
        '<img src="/_layouts/15/images/spcommon.png?rev=23" alt=":" style="position:absolute;left:-109px !important;'
        'top:-232px !important;" class="ms-ltviewselectormenu-separatorimg" /></span>'
        f'<span id="ctl00_PlaceHolderPageTitleInTitleArea_ctl00">{esc(item_title)}</span></span>'
    )


_SP_HEADERS = {
    "Cache-Control": "private, max-age=0",
    "X-SharePointHealthScore": "0",
    "X-AspNet-Version": "4.0.30319",
    "SPRequestGuid": "3e1c9a9e-40d2-d0f5-6b1e-7c2a5d0f9b21",
    "request-id": "3e1c9a9e-40d2-d0f5-6b1e-7c2a5d0f9b21",
    "X-FRAME-OPTIONS": "SAMEORIGIN",
    "SPRequestDuration": "48",
    "SPIisLatency": "0",
    "X-Powered-By": "ASP.NET",
    "MicrosoftSharePointTeamServices": "16.0.0.4795",
    "X-Content-Type-Options": "nosniff",
    "X-MS-InvokeApp": "1; RequireReadOnly",
}


def _page(body: str, status: int = 200) -> Response:
    return html(body, status=status, headers=dict(_SP_HEADERS))


# --- pages ---------------------------------------------------------------------------------


def _news_path(s: Story) -> str:
    return f"/tin-tuc/Pages/{s.slug}.aspx"


def _notice_path(s: Story) -> str:
    return f"/thong-bao/Pages/{s.slug}.aspx"


def _en_path(s: Story) -> str:
    return f"/en/tin-tuc/Pages/{s.slug}.aspx"


def _day(s: Story) -> str:
    y, m, d = (s.published_at or "")[:10].split("-")
    return f"{d}/{m}/{y}"


def _utc(s: Story) -> str:
    """The search index's ArticleStartDate: UTC, as the CSWP script blob holds it."""
    iso = s.published_at or ""
    y, mo, d = (int(x) for x in iso[:10].split("-"))
    h, mi = (int(iso[11:13]), int(iso[14:16])) if len(iso) > 10 else (0, 0)
    h -= 7
    if h < 0:
        h += 24
        d -= 1
        if d == 0:
            mo -= 1
            d = 31 if mo in (1, 3, 5, 7, 8, 10, 12) else 30
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00.0000000Z"


def _en_date(s: Story) -> str:
    """The en-US label prints the same field as M/D/YYYY h:mm AM/PM."""
    iso = s.published_at or ""
    y, m, d = (int(x) for x in iso[:10].split("-"))
    h, mi = int(iso[11:13]), int(iso[14:16])
    ampm = "AM" if h < 12 else "PM"
    h12 = h % 12 or 12
    return f"{m}/{d}/{y} {h12}:{mi:02d} {ampm}"


def _en_modified(printed: str) -> str:
    """"04/12/2026 9:05 SA" as the en-US label prints it: "12/4/2026 9:05 AM"."""
    day, clock, half = printed.split(" ")
    d, m, y = (int(x) for x in day.split("/"))
    return f"{m}/{d}/{y} {clock} {'AM' if half == 'SA' else 'PM'}"


def _people(person: tuple[str, int], lang: str = "vi") -> str:
    name, uid = person
    alt = "No presence information" if lang == "en" else "Không có thông tin về sự hiện diện"
    return (
        f'<span class="ms-imnSpan"><a href="#" onclick="IMNImageOnClick(event);return false;" '
        f'class="ms-imnlink ms-spimn-presenceLink"><span class="ms-spimn-presenceWrapper ms-imnImg '
        f'ms-spimn-imgSize-10x10"><img name="imnmark" title="" showofflinepawn="1" class="ms-spimn-img '
        f'ms-spimn-presence-disconnected-10x10x32" src="/_layouts/15/images/spimn.png?rev=23" alt="{alt}" '
        f'sip="" id="imn{uid},type=sip" /></span></a><span><a href="/_layouts/15/userdisp.aspx?ID={uid}" '
        f'class="ms-subtleLink" onclick="GoToLinkOrDialogNewWindow(this);return false;">{esc(name)}</a></span></span>'
    )


def _field(ctl: str, label: str, inner: str) -> str:
    """A publishing RichHtmlField in display mode, with its hidden label."""
    return (
        f'<div id="ctl00_PlaceHolderMain_{ctl}_label" style=\'display:none\'>{esc(label)}</div>'
        f'<div id="ctl00_PlaceHolderMain_{ctl}__ControlWrapper_RichHtmlField" class="ms-rtestate-field" '
        f'style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_{ctl}_label">{inner}</div>'
    )


def _related(s: Story, lang: str) -> str:
    if lang == "en":
        others = [o for o in NEWS if o.opts.get("en") and o is not s]
        lis = "".join(
            f'<li class="dfwp-item"><div class="item link-item"><a href="{_en_path(o)}" title="">'
            f'{esc(o.opts["item_title"])}</a></div></li>'
            for o in others
        )
        return _wp("Related news", f'<ul class="dfwp-column dfwp-list" style="width:100%">{lis}</ul>', "WPQ3")
    others = [o for o in _cat_items(s.cat) if o is not s and o.slug not in ONLY_PAGE2][:3]
    items = [(_news_path(o), o.opts["item_title"], _day(o)) for o in others]
    if s.opts.get("dead_related"):
        items.append((f"/tin-tuc/Pages/{DEAD_SLUG}.aspx", "Hội thảo chuyên đề môn Toán cụm trường chuyên năm 2025", "11/12/2025"))
    lis = "".join(
        f'<li class="dfwp-item"><div class="item link-item"><a href="{esc(h)}" title="">{esc(t)}</a>'
        f' <span class="lsn-tlq-ngay">({d})</span></div></li>'
        for h, t, d in items
    )
    return _wp("Tin liên quan", f'<div class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{lis}</ul></div>', "WPQ3")


def _head_links(request: Request, canonical: str, alternates: list[tuple[str, str]]) -> str:
    out = []
    if request.query:
        out.append(f'<link rel="canonical" href="{base_url(request)}{canonical}" />')
    for lang, path in alternates:
        out.append(f'<link rel="alternate" hreflang="{lang}" href="{base_url(request)}{path}" />')
    return "\n".join(out) + "\n" if out else ""


def _news_article(request: Request, s: Story, lang: str = "vi") -> Response:
    cat_param = request.params.get("cat")
    if lang == "en":
        crumbs = _crumbs([("/en/Pages/default.aspx", "Home"), (None, "News")])
        alternates = [("vi-vn", _news_path(s))]
        date_label, date_value = "Published date:", _en_date(s)
        author_label, mod_line = "Author:", f"Last modified: {_en_modified(s.opts['modified'])} by Quản trị Cổng TTĐT"
        notice = (
            '<div class="lsn-ghichu-bandich" style="color:#a00;">This page is being translated. '
            "The content below is shown in Vietnamese.</div>"
        )
    else:
        crumb_cat = cat_param if cat_param in CATS else s.cat
        crumbs = _crumbs(
            [
                ("/Pages/default.aspx", "Trang chủ"),
                ("/tin-tuc/Pages/default.aspx", "Tin tức"),
                (f"/tin-tuc/Pages/default.aspx?cat={crumb_cat}", CATS[crumb_cat]),
            ]
        )
        alternates = [("en-us", _en_path(s))] if s.opts.get("en") else []
        date_label, date_value = "Ngày xuất bản:", s.opts["date_line"]
        author_label, mod_line = "Tác giả:", f"Sửa đổi lần cuối: {s.opts['modified']} bởi Quản trị Cổng TTĐT"
        notice = ""
    summary = text(s.summary, nfd=False) if s.summary and s.sapo_outside else ""
    views = f"{s.views():,}".replace(",", ".")
    person = s.opts.get("person")
    tools = (
        '<div class="lsn-congcu"><span class="lsn-cochu">Cỡ chữ: <a href="javascript:void(0)" '
        'onclick="LSN_CoChu(-1)">A-</a> <a href="javascript:void(0)" onclick="LSN_CoChu(0)">A</a> '
        '<a href="javascript:void(0)" onclick="LSN_CoChu(1)">A+</a></span>'
        '<a href="javascript:window.print();" class="lsn-inbai"><img src="/Style%20Library/LamSon/images/print.gif" '
        'alt="In bài" /> In bài</a> <a class="lsn-guimail" href="mailto:?subject=Tin%20t%E1%BB%AB%20'
        'THPT%20chuy%C3%AAn%20Lam%20S%C6%A1n">Gửi email</a> '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + request.path, safe="")}" '
        'target="_blank" class="lsn-fb"><img src="/Style%20Library/LamSon/images/fb-share.png" alt="Chia sẻ" /></a></div>'
    )
    main = f"""{crumbs}
<div class="lsn-ctt" id="lsnChiTietTin">{notice}
{tools}
<h2 class="tdtin">{esc(s.title)}</h2>
<div class="ngayxb"><span class="ngayxb-nhan">{date_label}</span> {date_value}<span class="lsn-luotxem"> | Lượt xem: {views}</span></div>
<div class="ndtomtat">{_field("ctl02", "Tóm tắt", summary)}</div>
<div class="ndtin">{_field("ctl03", "Nội dung", _render_blocks(s))}</div>
<div class="tgtin"><span class="tgtin-nhan">{author_label}</span> {_people(person, lang) if person else ""}</div>
<div class="lsn-capnhat">{mod_line}</div>
<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">
{_related(s, lang)}
</div></div>
</div>"""
    web_label, web_href = ("News", "/en/Pages/default.aspx") if lang == "en" else ("Tin tức", "/tin-tuc/Pages/default.aspx")
    page = _shell(
        request,
        title_tag=f"{web_label} - {s.opts['item_title']}",
        page_title=_title_area(web_label, web_href, s.opts["item_title"]),
        main=main,
        lang=lang,
        section="tin-tuc",
        web="en/tin-tuc" if lang == "en" else "tin-tuc",
        item_id=s.id,
        head_extra=_head_links(request, _en_path(s) if lang == "en" else _news_path(s), alternates),
    )
    return _page(page)


def _notice_article(request: Request, s: Story) -> Response:
    body = _official_doc(s) if s.opts.get("doc") else _render_blocks(s)
    files = s.opts.get("files", [])
    attach = ""
    if files:
        lis = "".join(
            f'<li><img src="/_layouts/15/images/ic{f.rsplit(".", 1)[1]}.png?rev=23" alt="" width="16" height="16" /> '
            f'<a href="/TaiLieu/{f}" target="_blank">{esc(label)}</a></li>'
            for f, label in files
        )
        attach = f'<div class="tbao-dinhkem"><span class="tbao-dinhkem-nhan">Tệp đính kèm:</span><ul>{lis}</ul></div>'
    others = [o for o in _sorted(NOTICES) if o is not s and o.slug not in ONLY_PAGE2]
    lis = "".join(
        f'<li class="dfwp-item"><div class="item link-item"><a href="{_notice_path(o)}" title="">'
        f'{esc(o.opts["item_title"])}</a> <span class="lsn-tlq-ngay">({o.opts["date_line"]})</span></div></li>'
        for o in others
    )
    main = f"""{_crumbs([("/Pages/default.aspx", "Trang chủ"), ("/thong-bao/Pages/default.aspx", TB_LABEL)])}
<div class="tbao-khung">
<div class="tbao-tieude">{esc(s.title)}</div>
<div class="tbao-ngay">Ngày đăng: {s.opts["date_line"]} &#160;&#160; Lượt xem: {s.views()}</div>
<div class="tbao-noidung">{_field("ctl01", "Nội dung", body)}</div>
{attach}
<div class="lsn-capnhat">Sửa đổi lần cuối: {s.opts["modified"]} bởi Quản trị Cổng TTĐT</div>
<div class="ms-webpart-zone ms-fullWidth">{_wp("Các thông báo khác", f'<ul class="dfwp-column dfwp-list" style="width:100%">{lis}</ul>', "WPQ4")}</div>
</div>"""
    page = _shell(
        request,
        title_tag=f"{TB_LABEL} - {s.opts['item_title']}",
        page_title=_title_area(TB_LABEL, "/thong-bao/Pages/default.aspx", s.opts["item_title"]),
        main=main,
        section="thong-bao",
        web="thong-bao",
        item_id=s.id,
        head_extra=_head_links(request, _notice_path(s), []),
    )
    return _page(page)


# --- listings ------------------------------------------------------------------------------


def _cswp_items(items: list[Story], cat: str, wp: str) -> str:
    out = []
    for n, s in enumerate(items, 1):
        href = f"/tin-tuc/Pages/{s.slug}.aspx?cat={cat}"
        t = esc(s.opts["item_title"])
        cid = f"ctl00_ctl40_g_{wp}_csr{n}"
        desc = esc(s.summary or "")
        out.append(
            f'<li class="cbs-Item"><div class="cbs-picture3LinesContainer" id="{cid}_3lines" data-displaytemplate="Item_Picture3Lines">'
            f'<div class="cbs-picture3LinesImageContainer" id="{cid}_pictureContainer"><a class="cbs-pictureImgLink" '
            f'href="{esc(href)}" title="{t}" id="{cid}_pictureLink"><img src="{s.opts["thumb"]}?RenditionID=2" '
            f'alt="{t}" id="{cid}_picture" /></a></div>'
            f'<div class="cbs-picture3LinesDataContainer" id="{cid}_dataContainer">'
            f'<a class="cbs-picture3LinesLine1Link" href="{esc(href)}" title="{t}" id="{cid}_line1Link">'
            f'<h2 class="cbs-picture3LinesLine1 ms-accentText2 ms-noWrap" id="{cid}_line1">{t}</h2></a>'
            f'<div class="cbs-picture3LinesLine2 ms-noWrap" title="{_day(s)}" id="{cid}_line2">{_day(s)}</div>'
            f'<div class="cbs-picture3LinesLine3 ms-textSmall ms-textSmall ms-clamp" title="{desc}" id="{cid}_line3">{desc}</div>'
            "</div></div></li>"
        )
    return '<ul class="cbs-List">' + "".join(out) + "</ul>"


def _cswp_script(items: list[Story], wp: str) -> str:
    rows = [
        {
            "Title": s.opts["item_title"],
            "Path": f"http://lsn-sp16-wfe01/tin-tuc/Pages/{s.slug}.aspx",
            "ArticleStartDateOWSDATE": _utc(s),
            "Description": s.summary or "",
            "PictureURL": s.opts["thumb"],
        }
        for s in items
    ]
    data = json.dumps({"ResultTables": [{"ResultRows": rows, "RowCount": len(rows)}]}).replace("/", "\\u002f")
    return (
        '<script type="text/javascript">\n//<![CDATA[\n'
        f"var g_lsnCbsData_{wp} = {data};\n"
        "Sys.Application.add_init(function() { var ctx = $create(Srch.ContentBySearch, "
        '{"delayLoadTemplateScripts":true,"groupTemplateId":"~sitecollection/_catalogs/masterpage/Display Templates/Content Web Parts/Group_Content.js",'
        '"itemTemplateId":"~sitecollection/_catalogs/masterpage/Display Templates/Content Web Parts/Item_Picture3Lines.js",'
        f'"numberOfItems":{PAGE_SIZE},"queryGroupName":"{wp}","renderTemplateId":"~sitecollection/_catalogs/masterpage/Display Templates/Content Web Parts/Control_List.js",'
        f'"showPaging":true,"alternateErrorMessage":""}}, null, null, $get("ctl00_ctl40_g_{wp}_csr")); }});\n'
        "//]]>\n</script>"
    )


def _cswp_listing(request: Request, cat: str) -> Response:
    items = _cat_items(cat)
    npages = (len(items) + PAGE_SIZE - 1) // PAGE_SIZE
    try:
        p = max(1, int(request.params.get("p", "1")))
    except ValueError:
        p = 1
    chunk = items[(p - 1) * PAGE_SIZE : p * PAGE_SIZE]
    wp = "5f3c0b7e_2a1d_4c7e_8f10_6b9d3e2a41c" + ("1" if cat == "hoat-dong-chuyen-mon" else "2")
    inner = _cswp_items(chunk, cat, wp) if chunk else '<div class="ms-srch-result-noResults">Không có kết quả nào phù hợp.</div>'
    pager = ""
    if npages > 1:
        lis = []
        if p > 1:
            lis.append(
                f'<li><a id="PageLinkPrev" class="ms-commandLink ms-promlink-button ms-promlink-button-enabled" '
                f'title="Chuyển đến trang trước" href="?cat={cat}&amp;p={p - 1}"><span class="ms-promlink-button-image">'
                '<img src="/_layouts/15/images/spcommon.png?rev=23" class="ms-promlink-button-left" alt="Trang trước" /></span></a></li>'
            )
        for n in range(1, npages + 1):
            if n == p:
                lis.append(f'<li><span class="ms-srch-Paging-selected">{n}</span></li>')
            else:
                lis.append(
                    f'<li><a id="PageLink_{n}" class="ms-srch-Paging-link" title="Chuyển đến trang {n}" '
                    f'href="?cat={cat}&amp;p={n}">{n}</a></li>'
                )
        if p < npages:
            lis.append(
                f'<li><a id="PageLinkNext" class="ms-commandLink ms-promlink-button ms-promlink-button-enabled" '
                f'title="Chuyển đến trang tiếp theo" href="?cat={cat}&amp;p={p + 1}"><span class="ms-promlink-button-image">'
                '<img src="/_layouts/15/images/spcommon.png?rev=23" class="ms-promlink-button-right" alt="Trang tiếp" /></span></a></li>'
            )
        pager = f'<div id="ctl00_ctl40_g_{wp}_csr_Paging" class="ms-srch-Paging"><ul id="PagingLinks">{"".join(lis)}</ul></div>'
    label = CATS[cat]
    body = f'<div componentid="ctl00_ctl40_g_{wp}_csr" id="ctl00_ctl40_g_{wp}_csr">{inner}{pager}</div>{_cswp_script(chunk, wp)}'
    main = (
        _crumbs([("/Pages/default.aspx", "Trang chủ"), ("/tin-tuc/Pages/default.aspx", "Tin tức"), (None, label)])
        + '<div class="ms-webpart-zone ms-fullWidth"><div class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">'
        + _wp(label, body, "WPQ2")
        + "</div></div>"
    )
    page = _shell(
        request,
        title_tag=f"Tin tức - {label}",
        page_title=_title_area("Tin tức", "/tin-tuc/Pages/default.aspx", "Trang chủ"),
        main=main,
        section="tin-tuc",
        web="tin-tuc",
        item_id=1,
    )
    return _page(page)


def _news_overview(request: Request) -> Response:
    parts = []
    for n, (cat, label) in enumerate(CATS.items(), 2):
        top = _cat_items(cat)[:PAGE_SIZE]
        lis = "".join(
            f'<li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="/tin-tuc/Pages/{s.slug}.aspx?cat={cat}">'
            f'<img class="image" src="{s.opts["thumb"]}?RenditionID=1" alt="" /></a></div><div class="link-item">'
            f'<a href="/tin-tuc/Pages/{s.slug}.aspx?cat={cat}" title="">{esc(s.opts["item_title"])}</a>'
            f'<div class="description">{_day(s)}</div></div></div></li>'
            for s in top
        )
        more = f'<div class="lsn-xemthem"><a href="/tin-tuc/Pages/default.aspx?cat={cat}">Xem thêm »</a></div>'
        parts.append(_wp(label, f'<ul class="dfwp-column dfwp-list" style="width:100%">{lis}</ul>{more}', f"WPQ{n}"))
    main = (
        _crumbs([("/Pages/default.aspx", "Trang chủ"), (None, "Tin tức")])
        + '<div class="ms-webpart-zone ms-fullWidth">'
        + "".join(parts)
        + "</div>"
    )
    page = _shell(
        request,
        title_tag="Tin tức - Trang chủ",
        page_title=_title_area("Tin tức", "/tin-tuc/Pages/default.aspx", "Trang chủ"),
        main=main,
        section="tin-tuc",
        web="tin-tuc",
        item_id=1,
    )
    return _page(page)


def _js_url(url: str) -> str:
    """SPHttpUtility.EcmaScriptStringLiteralEncode of a URL."""
    return url.replace("/", "\\u002f").replace("&", "\\u0026")


def _listview(request: Request) -> Response | None:
    items = _sorted(NOTICES)
    params = request.params
    first = 1
    if params.get("Paged", "").upper() == "TRUE":
        try:
            first = int(params.get("PageFirstRow", "1"))
        except ValueError:
            return None
    if first < 1 or (first - 1) % PAGE_SIZE or first > len(items):
        return None
    chunk = items[first - 1 : first - 1 + PAGE_SIZE]
    rows = "".join(
        '<tr class="ms-itmHoverEnabled ms-itmhover" setedgeborder="true"><td class="ms-cellstyle ms-vb-title">'
        f'<div class="ms-vb itx" onmouseover="OnItem(this)" ctxname="ctx{s.id}" id="{s.id}" Field="LinkFilename">'
        f'<a onfocus="OnLink(this)" href="{_notice_path(s)}" onmousedown="return VerifyHref(this,event,\'0\',\'\',\'\')" '
        f"onclick=\"return DispEx(this,event,'TRUE','FALSE','FALSE','','0','','','','','12','0','0','0x7fffffffffffffff','','')\">"
        f'{esc(s.opts["item_title"])}</a></div></td><td class="ms-cellstyle ms-vb2"><nobr>{s.opts["date_line"]}</nobr></td></tr>'
        for s in chunk
    )
    base = "/thong-bao/Pages/default.aspx"
    prev = nxt = ""
    if first > 1:
        url = f"{base}?Paged=TRUE&PagedPrev=TRUE&p_ID={chunk[0].id}&PageFirstRow={first - PAGE_SIZE}&&View={VIEW_GUID}"
        prev = (
            f"<a onclick='RefreshPageTo(event, &quot;{_js_url(url)}&quot;);javascript:return false;' href=\"javascript:\" "
            'class="ms-commandLink ms-promlink-button ms-promlink-button-enabled"><span class="ms-promlink-button-image">'
            '<img src="/_layouts/15/images/spcommon.png?rev=23" alt="Trước" class="ms-promlink-button-left" /></span></a>'
        )
    if first - 1 + PAGE_SIZE < len(items):
        url = f"{base}?Paged=TRUE&p_ID={chunk[-1].id}&PageFirstRow={first + PAGE_SIZE}&&View={VIEW_GUID}"
        nxt = (
            f"<a onclick='RefreshPageTo(event, \"{_js_url(url)}\");javascript:return false;' href=\"javascript:\" "
            'class="ms-commandLink ms-promlink-button ms-promlink-button-enabled"><span class="ms-promlink-button-image">'
            '<img src="/_layouts/15/images/spcommon.png?rev=23" alt="Tiếp" class="ms-promlink-button-right" /></span></a>'
        )
    last = first - 1 + len(chunk)
    table = (
        f'<table id="{{5C1A7E2D-8B44-4F0E-9C61-0D3B7A92E4F1}}-{{0F6E2B11-7A3C-4D9E-B5A2-91C4D8E3F702}}" '
        'class="ms-listviewtable" summary="Thông báo" cellpadding="1" cellspacing="0" border="0" width="100%" dir="None">'
        '<thead id="js-listviewthead-WPQ2"><tr valign="top" class="ms-viewheadertr ms-vhltr">'
        '<th class="ms-vh2" nowrap="nowrap" scope="col" onmouseover="OnChildColumn(this)"><div class="ms-vh-div" '
        'DisplayName="Tên" FieldType="Computed" Name="LinkFilename">Tên</div></th>'
        '<th class="ms-vh2" nowrap="nowrap" scope="col"><div class="ms-vh-div" DisplayName="Ngày đăng" '
        'FieldType="DateTime" Name="ArticleStartDate">Ngày đăng</div></th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
        '<table class="ms-bottompaging" id="bottomPagingWPQ2"><tr><td class="ms-vb ms-bottompagingline" '
        'id="bottomPagingCellWPQ2"><table><tr>'
        f'<td id="pagingWPQ2prev">{prev}</td><td class="ms-paging">{first} - {last}</td>'
        f'<td id="pagingWPQ2next">{nxt}</td></tr></table></td></tr></table>'
    )
    main = (
        _crumbs([("/Pages/default.aspx", "Trang chủ"), (None, TB_LABEL)])
        + '<div class="ms-webpart-zone ms-fullWidth"><div class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">'
        + _wp(TB_LABEL, table, "WPQ2")
        + "</div></div>"
    )
    page = _shell(
        request,
        title_tag="Thông báo - Trang chủ",
        page_title=_title_area(TB_LABEL, base, "Trang chủ"),
        main=main,
        section="thong-bao",
        web="thong-bao",
        item_id=1,
    )
    return _page(page)


def _home(request: Request) -> Response:
    b2 = BY_SLUG["le-ky-niem-44-nam-ngay-nha-giao-viet-nam"]
    a2 = BY_SLUG["ket-qua-thi-chon-hsg-cap-tinh"]
    summary_links = (
        '<div class="slm-layout-main"><div class="dfwp-column" style="width:100%"><div class="slm-layout-main groupmarker">'
        '<ul class="dfwp-list">'
        f'<li><div class="item link-item"><a href="{b2.opts["case_variant"]}" title="">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11</a>'
        '<div class="description">Tuyên dương 26 giáo viên có học sinh đạt giải quốc gia</div></div></li>'
        f'<li><div class="item link-item"><a href="{_news_path(a2)}" title="">47 giải Nhất học sinh giỏi cấp tỉnh lớp 12</a>'
        '<div class="description">Tiếp tục dẫn đầu toàn tỉnh</div></div></li>'
        '<li><div class="item link-item"><a href="https://thanhhoa.edu.vn/tuyen-sinh" target="_blank" title="">'
        "Tra cứu tuyển sinh lớp 10 (Sở GD&amp;ĐT)</a></div></li>"
        "</ul></div></div></div>"
    )
    newest = _sorted(NEWS)[:4]
    assert not {s.slug for s in newest} & ONLY_PAGE2
    news_lis = "".join(
        f'<li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="{_news_path(s)}" target="">'
        f'<img class="image" src="{s.opts["thumb"]}?RenditionID=1" alt="" /></a></div>'
        f'<div class="link-item"><a href="{_news_path(s)}" title="">{esc(s.opts["item_title"])}</a>'
        f'<div class="description">{_day(s)} - {esc((s.summary or "")[:120])}…</div></div></div></li>'
        for s in newest
    )
    news_wp = (
        f'<div id="cbqwpctl00_ctl40_g_0a4d" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" style="width:100%">{news_lis}</ul></div>'
        '<div class="lsn-xemthem"><a href="/tin-tuc/Pages/Forms/AllItems.aspx">Xem tất cả</a></div>'
    )
    tb_lis = "".join(
        f'<li class="dfwp-item"><div class="item link-item bullet"><a href="{_notice_path(s)}" title="">'
        f'{esc(s.opts["item_title"])}</a> <span class="lsn-tlq-ngay">({s.opts["date_line"]})</span></div></li>'
        for s in _sorted(NOTICES)[:PAGE_SIZE]
    )
    tb_wp = (
        f'<ul class="dfwp-column dfwp-list" style="width:100%">{tb_lis}</ul>'
        '<div class="lsn-xemthem"><a href="/thong-bao/Pages/default.aspx">Xem tất cả</a></div>'
    )
    album = (
        f'<div class="lsn-album"><a href="{ALBUM}">'
        '<img src="/PublishingImages/2026/09/khai-giang-01.jpg?RenditionID=1" alt="Lễ khai giảng" /></a>'
        f'<a href="{ALBUM}">Lễ khai giảng năm học 2026 - 2027</a></div>'
    )
    main = (
        '<div class="ms-webpart-zone ms-fullWidth lsn-trangchu">'
        + _wp("Tiêu điểm", summary_links, "WPQ2", "lsn-tieudiem")
        + _wp("Tin mới", news_wp, "WPQ3")
        + _wp(TB_LABEL, tb_wp, "WPQ4")
        + _wp("Hình ảnh hoạt động", album, "WPQ5")
        + "</div>"
    )
    page = _shell(
        request,
        title_tag="Trường THPT chuyên Lam Sơn - Trang chủ",
        page_title=_title_area("Trường THPT chuyên Lam Sơn", "/Pages/default.aspx", "Trang chủ"),
        main=main,
        section="home",
        item_id=1,
    )
    return _page(page)


def _en_home(request: Request) -> Response:
    copies = [s for s in NEWS if s.opts.get("en")]
    lis = "".join(
        f'<li class="dfwp-item"><div class="item link-item"><a href="{_en_path(s)}" title="">{esc(s.opts["item_title"])}</a>'
        f'<div class="description">{_en_date(s).split(" ")[0]}</div></div></li>'
        for s in copies
    )
    main = (
        _crumbs([(None, "Home")])
        + '<div class="lsn-gioithieu-en"><h2 class="tdtin">Welcome to Lam Son High School for the Gifted</h2>'
        "<p>Founded in 1931, Lam Son High School for the Gifted is the leading specialised upper-secondary "
        "school of Thanh Hoa Province. <a href=\"/en/Pages/about-us.aspx\">Read more about us</a>.</p></div>"
        + _wp("Latest news", f'<ul class="dfwp-column dfwp-list" style="width:100%">{lis}</ul>', "WPQ2")
    )
    page = _shell(
        request,
        title_tag="Lam Son High School for the Gifted - Home",
        page_title=_title_area("Lam Son High School", "/en/Pages/default.aspx", "Home"),
        main=main,
        lang="en",
        section="home",
        web="en",
        item_id=1,
    )
    return _page(page)


# --- pages that are not articles -----------------------------------------------------------


def _welcome(
    request: Request,
    *,
    web: str,
    web_label: str,
    web_href: str,
    crumbs: list,
    title: str,
    inner: str,
    section: str,
    lang: str = "vi",
) -> Response:
    main = (
        _crumbs(crumbs)
        + f'<div class="lsn-trangtinh"><h2 class="lsn-trangtinh-tieude">{esc(title)}</h2>'
        + f'<div class="lsn-trangtinh-nd">{_field("ctl01", "Page Content", inner)}</div></div>'
    )
    page = _shell(
        request,
        title_tag=f"{web_label} - {title}",
        page_title=_title_area(web_label, web_href, title),
        main=main,
        lang=lang,
        section=section,
        web=web,
        item_id=3,
    )
    return _page(page)


def _history(request: Request) -> Response:
    inner = (
        '<p class="ms-rteElement-P">Trường THPT chuyên Lam Sơn tiền thân là Trường Collège Thanh Hóa, được thành '
        "lập năm 1931. Năm 1945, trường được đổi tên thành Trường Trung học Lam Sơn, gắn với tên căn cứ khởi "
        "nghĩa của Lê Lợi.</p>"
        '<p class="ms-rteElement-P">Năm 1977, nhà trường được giao nhiệm vụ đào tạo học sinh năng khiếu, trở '
        "thành trường THPT chuyên của tỉnh Thanh Hóa. Năm 2016, trường chuyển về cơ sở mới khang trang tại "
        "phường Phú Sơn.</p>"
        '<p style="text-align:center;"><img src="/PublishingImages/gioi-thieu/toan-canh-truong.jpg" alt="" /></p>'
        '<p class="ms-rteElement-P">Trải qua hơn 90 năm xây dựng và phát triển, nhà trường đã được Nhà nước tặng '
        "thưởng danh hiệu Anh hùng Lao động thời kỳ đổi mới cùng nhiều phần thưởng cao quý khác.</p>"
    )
    return _welcome(
        request, web="gioi-thieu", web_label="Giới thiệu", web_href="/gioi-thieu/Pages/default.aspx", section="gioi-thieu",
        crumbs=[("/Pages/default.aspx", "Trang chủ"), ("/gioi-thieu/Pages/default.aspx", "Giới thiệu"), (None, "Lịch sử phát triển")],
        title="Lịch sử phát triển", inner=inner,
    )


def _intro(request: Request) -> Response:
    inner = (
        '<p class="ms-rteElement-P">Trường THPT chuyên Lam Sơn là trường trung học phổ thông chuyên của tỉnh '
        "Thanh Hóa, trực thuộc Sở Giáo dục và Đào tạo, có nhiệm vụ phát hiện, bồi dưỡng học sinh năng khiếu.</p>"
        '<p class="ms-rteElement-P">Năm học 2026 - 2027, nhà trường có 36 lớp với khoảng 1.150 học sinh thuộc '
        "13 môn chuyên; đội ngũ gồm 128 cán bộ, giáo viên, nhân viên, trong đó 71% có trình độ sau đại học.</p>"
        '<ul><li><a href="/gioi-thieu/Pages/lich-su-phat-trien.aspx">Lịch sử phát triển</a></li>'
        '<li><a href="/gioi-thieu/Pages/ban-giam-hieu.aspx">Ban Giám hiệu</a></li></ul>'
    )
    return _welcome(
        request, web="gioi-thieu", web_label="Giới thiệu", web_href="/gioi-thieu/Pages/default.aspx", section="gioi-thieu",
        crumbs=[("/Pages/default.aspx", "Trang chủ"), (None, "Giới thiệu")],
        title="Giới thiệu chung", inner=inner,
    )


def _board(request: Request) -> Response:
    rows = [
        ("Nguyễn Đình Thắng", "Hiệu trưởng", "(0237) 3851 539"),
        ("Lê Văn Thành", "Phó Hiệu trưởng", "(0237) 3852 118"),
        ("Hoàng Thị Minh Ngọc", "Phó Hiệu trưởng", "(0237) 3852 119"),
    ]
    trs = "".join(
        f'<tr class="ms-rteTableOddRow-default"><td>{esc(n)}</td><td>{esc(c)}</td><td>{esc(t)}</td></tr>' for n, c, t in rows
    )
    inner = (
        '<table class="ms-rteTable-default" width="100%" cellspacing="0"><tbody><tr class="ms-rteTableHeaderRow-default">'
        "<th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>" + trs + "</tbody></table>"
    )
    return _welcome(
        request, web="gioi-thieu", web_label="Giới thiệu", web_href="/gioi-thieu/Pages/default.aspx", section="gioi-thieu",
        crumbs=[("/Pages/default.aspx", "Trang chủ"), ("/gioi-thieu/Pages/default.aspx", "Giới thiệu"), (None, "Ban Giám hiệu")],
        title="Ban Giám hiệu", inner=inner,
    )


def _contact(request: Request) -> Response:
    inner = (
        '<p class="ms-rteElement-P"><strong>TRƯỜNG THPT CHUYÊN LAM SƠN</strong></p>'
        '<p class="ms-rteElement-P">Địa chỉ: Số 307 Nguyễn Trãi, phường Phú Sơn, thành phố Thanh Hóa, tỉnh Thanh Hóa</p>'
        '<p class="ms-rteElement-P">Điện thoại: (0237) 3851 539 - Email: c3lamson@thanhhoa.edu.vn</p>'
        '<div class="lsn-gopy"><table><tr><td>Họ và tên (*)</td><td><input name="ctl00$PlaceHolderMain$g_7c1$txtHoTen" type="text" /></td></tr>'
        '<tr><td>Email (*)</td><td><input name="ctl00$PlaceHolderMain$g_7c1$txtEmail" type="text" /></td></tr>'
        '<tr><td>Nội dung</td><td><textarea name="ctl00$PlaceHolderMain$g_7c1$txtNoiDung" rows="5" cols="40"></textarea></td></tr>'
        "</table><input type=\"button\" value=\"Gửi liên hệ\" class=\"ms-ButtonHeightWidth\" "
        "onclick=\"WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions('ctl00$PlaceHolderMain$g_7c1$btnGui', '', true, '', '', false, false))\" /></div>"
        '<div class="lsn-bando"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3752" width="600" height="300"></iframe></div>'
    )
    return _welcome(
        request, web="", web_label="Trường THPT chuyên Lam Sơn", web_href="/Pages/default.aspx", section="lien-he",
        crumbs=[("/Pages/default.aspx", "Trang chủ"), (None, "Liên hệ")],
        title="Liên hệ", inner=inner,
    )


def _album(request: Request) -> Response:
    caps = [
        "Lễ chào cờ đầu năm học",
        "Đồng chí Chủ tịch UBND tỉnh đánh trống khai giảng",
        "Học sinh lớp 10 nhận huy hiệu trường",
        "Tiết mục văn nghệ chào mừng",
        "Thả bóng bay chào năm học mới",
        "Toàn cảnh sân trường",
    ]
    cells = "".join(
        f'<td class="ms-pb-picture"><a href="/PublishingImages/2026/09/khai-giang-{n:02d}.jpg" target="_blank">'
        f'<img src="/PublishingImages/2026/09/khai-giang-{n:02d}.jpg?RenditionID=1" alt="{esc(c)}" /></a>'
        f'<div class="ms-pb-caption">{esc(c)}</div></td>' + ("</tr><tr>" if n % 3 == 0 and n < len(caps) else "")
        for n, c in enumerate(caps, 1)
    )
    inner = (
        '<div class="lsn-album-ngay">Ngày đăng: 06/09/2026</div>'
        f'<table class="lsn-album-luoi"><tr>{cells}</tr></table>'
    )
    return _welcome(
        request, web="thu-vien-anh", web_label="Thư viện ảnh", web_href=ALBUM, section="thu-vien-anh",
        crumbs=[("/Pages/default.aspx", "Trang chủ"), (None, "Thư viện ảnh"), (None, "Lễ khai giảng năm học 2026 - 2027")],
        title="Lễ khai giảng năm học 2026 - 2027", inner=inner,
    )


def _about_en(request: Request) -> Response:
    inner = (
        "<p>Lam Son High School for the Gifted was founded in 1931 as the Collège de Thanh Hoa. Today the school "
        "has 36 classes in 13 specialised subjects and about 1,150 students.</p>"
        "<p>Every year our students win national and international Olympiad prizes in Mathematics, Informatics, "
        "Physics, Chemistry and Biology.</p>"
    )
    return _welcome(
        request, web="en", web_label="Lam Son High School", web_href="/en/Pages/default.aspx", section="about", lang="en",
        crumbs=[("/en/Pages/default.aspx", "Home"), (None, "About us")],
        title="About us", inner=inner,
    )


def _not_found_page(request: Request) -> Response:
    main = (
        _crumbs([("/Pages/default.aspx", "Trang chủ"), (None, "Không tìm thấy trang")])
        + '<div class="lsn-loi"><h2 class="tdtin">Không tìm thấy trang</h2>'
        "<p>Rất tiếc, trang bạn yêu cầu không tồn tại, đã được di chuyển hoặc đã bị xóa.</p>"
        '<p>Vui lòng quay lại <a href="/Pages/default.aspx">Trang chủ</a> hoặc dùng ô tìm kiếm.</p>'
        "<p>ID Tương quan: 3e1c9a9e-40d2-d0f5-6b1e-7c2a5d0f9b21</p></div>"
    )
    page = _shell(
        request,
        title_tag="Không tìm thấy trang",
        page_title=_title_area("Trường THPT chuyên Lam Sơn", "/Pages/default.aspx", "Không tìm thấy trang"),
        main=main,
        item_id=2,
    )
    return _page(page)


def _unauthorized() -> Response:
    headers = dict(_SP_HEADERS)
    headers["WWW-Authenticate"] = "NTLM"
    headers["Content-Type"] = "text/plain; charset=utf-8"
    return Response(401, b"401 UNAUTHORIZED", headers)


# --- the site ------------------------------------------------------------------------------


def _documents() -> dict[str, str]:
    names = [
        "Danh-sach-hoc-sinh-dat-giai-HSG-tinh-lop-12.pdf",
        "QD-khen-thuong-HSG-2026-2027.pdf",
        "The-le-KHKT-2026-2027.pdf",
    ]
    for s in NOTICES:
        names += [f for f, _ in s.opts.get("files", [])]
    return {n.lower(): n for n in names}


DOCUMENTS = _documents()
_STATIC_PREFIXES = ("/publishingimages/", "/_layouts/", "/style%20library/", "/style library/")


class Site:
    """The SharePoint 2016 web application as anonymous users see it."""

    def __init__(self) -> None:
        self.news = {s.slug: s for s in NEWS}
        self.notices = {s.slug: s for s in NOTICES}
        self.en = {s.slug: s for s in NEWS if s.opts.get("en")}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if any(low.startswith(p) for p in _STATIC_PREFIXES):
            if low.startswith(("/_layouts/15/userdisp.aspx", "/_layouts/15/authenticate.aspx")):
                return _unauthorized()
            return static_file(path)
        if low in ("/", "/pages", "/pages/"):
            return redirect("/Pages/default.aspx")
        if low in ("/tin-tuc", "/tin-tuc/"):
            return redirect("/tin-tuc/Pages/default.aspx")
        if low in ("/thong-bao", "/thong-bao/"):
            return redirect("/thong-bao/Pages/default.aspx")
        if low in ("/en", "/en/"):
            return redirect("/en/Pages/default.aspx")
        if low.endswith("/forms/allitems.aspx") or low.endswith("/forms/dispform.aspx"):
            return _unauthorized()
        if low.startswith("/tailieu/"):
            name = DOCUMENTS.get(low.rsplit("/", 1)[-1])
            if not name:
                return None
            if name.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return Response(
                200,
                b"PK\x03\x04" + b"\x00" * 60,
                {"Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
            )
        page = self._page(request, low)
        if page is not None:
            return page
        if "/pages/" in low and low.endswith(".aspx"):
            target = base_url(request) + request.target
            return redirect("/Pages/PageNotFoundError.aspx?requestUrl=" + quote(target, safe=""))
        return None

    def _page(self, request: Request, low: str) -> Response | None:
        if low == "/pages/default.aspx":
            return _home(request)
        if low == "/pages/pagenotfounderror.aspx":
            return _not_found_page(request)
        if low == "/pages/lien-he.aspx":
            return _contact(request)
        if low == "/gioi-thieu/pages/default.aspx":
            return _intro(request)
        if low == "/gioi-thieu/pages/lich-su-phat-trien.aspx":
            return _history(request)
        if low == "/gioi-thieu/pages/ban-giam-hieu.aspx":
            return _board(request)
        if low == ALBUM.lower():
            return _album(request)
        if low == "/en/pages/default.aspx":
            return _en_home(request)
        if low == "/en/pages/about-us.aspx":
            return _about_en(request)
        if low == "/tin-tuc/pages/default.aspx":
            cat = request.params.get("cat")
            if cat is None:
                return _news_overview(request)
            return _cswp_listing(request, cat) if cat in CATS else None
        if low == "/thong-bao/pages/default.aspx":
            return _listview(request)
        m = re.fullmatch(r"/(en/)?(tin-tuc|thong-bao)/pages/([a-z0-9-]+)\.aspx", low)
        if not m:
            return None
        en, web, slug = m.groups()
        if en:
            s = self.en.get(slug) if web == "tin-tuc" else None
            return _news_article(request, s, lang="en") if s else None
        if web == "tin-tuc" and slug in self.news:
            return _news_article(request, self.news[slug])
        if web == "thong-bao" and slug in self.notices:
            return _notice_article(request, self.notices[slug])
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------


def _gold() -> list[dict]:
    records = []
    for s in STORIES:
        if s.cat in CATS:
            path = _news_path(s)
            alts = [f"{path}?cat={s.cat}"]
            if s.opts.get("case_variant"):
                alts.append(s.opts["case_variant"])
            if s.opts.get("en"):
                alts.append(_en_path(s))
            records.append(gold_record(s, path, CATS[s.cat], canonical_path=path, alt_paths=alts))
        else:
            records.append(gold_record(s, _notice_path(s), TB_LABEL))
    return records


GOLD = _gold()

NON_ARTICLES = [
    "/gioi-thieu/Pages/default.aspx",
    "/gioi-thieu/Pages/lich-su-phat-trien.aspx",
    "/gioi-thieu/Pages/ban-giam-hieu.aspx",
    "/Pages/lien-he.aspx",
    ALBUM,
    "/en/Pages/about-us.aspx",
]

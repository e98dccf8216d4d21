"""Phòng Giáo dục và Đào tạo thị xã Hương Thủy: a SharePoint Server 2013 publishing subsite.

Platform
--------
SharePoint Server 2013 publishing site collection of the district (thị xã) portal, with the
education office as the subsite ``/sites/pgddt``. A vendor-customised Seattle master page: the
ribbon row (``s4-ribbonrow``, tabs "Duyệt"/"Trang", "Đăng nhập"), ``s4-workspace`` /
``s4-bodyContainer``, a global navigation (``DeltaTopNavigation``, AspMenu ``ms-core-listMenu``
with drop-downs), a quick launch (``sideNavBox`` / ``V4QuickLaunchMenu``), the breadcrumb of the
content map provider (``ms-sitemapdirectional``), the page title in ``h1#pageTitle`` of
``s4-titlerow``, web part zones (``ms-webpart-zone`` / ``ms-webpart-chrome``) holding Content Query
Web Parts (``cbq-layout-main`` / ``dfwp-list``), an XSLT list view (``ms-listviewtable``), the
``__VIEWSTATE`` / ``__REQUESTDIGEST`` form around everything and ``_spPageContextInfo``.

URL scheme
----------
- ``/sites/pgddt/Pages/default.aspx``: start page (welcome layout, CQWPs "Tiêu điểm", "Tin mới",
  "Hoạt động chuyên môn"; each with "Xem thêm"). ``/sites/pgddt`` and ``/`` redirect (302).
- ``/sites/pgddt/Pages/TinTuc.aspx?Cat=<1|2|3>``: one publishing page ("Tin tức") whose list web
  part is filtered by the query string; 4 rows a page; page 2 is
  ``TinTuc.aspx?Cat=1&Paged=TRUE&p_ArticleStartDate=20261110%2012%3a15%3a00&p_ID=7&PageFirstRow=5``
  (plain links "2" / "Trang sau ›"); page 2 links back with a ``PagedPrev=TRUE`` URL.
- ``/sites/pgddt/Lists/TinTuc/AllItems.aspx``: the "Tin tức" list's view (10 rows, a folder row
  "Lưu trữ 2025" counted among them); page 2 is
  ``AllItems.aspx?Paged=TRUE&p_ArticleStartDate=…&p_ID=9&PageFirstRow=11&&View={…}``, linked only
  through SharePoint's ``RefreshPageTo`` onclick (``href="javascript:"``).
- ``/sites/pgddt/Pages/<Transliterated-Name>.aspx``: the 13 article pages (layouts
  ``PGD_ArticleLeft`` and ``PGD_ArticleRight``). Paths are case-insensitive, as on IIS.
- ``/sites/pgddt/VanBan/<file>.pdf`` documents, ``/sites/pgddt/VanBan/Forms/AllItems.aspx`` their
  library view; ``/sites/pgddt/Pages/{GioiThieu,CoCauToChuc,LienHe,ThuVienAnh}.aspx``.
- ``/Pages/default.aspx``: the district portal (parent web) with a roll-up "Tin giáo dục".
- ``/_layouts/15/CopyUtil.aspx?Use=id&Action=dispform&ItemId=<n>&ListId=…`` redirects (302) to
  the page; ``/sites/pgddt/Pages/Forms/AllItems.aspx`` redirects to ``_layouts/15/Authenticate.aspx``
  (401); ``_layouts/15/userdisp.aspx?ID=<n>`` answers 401.

Page templates
--------------
Article pages: master chrome; breadcrumb "Cổng TTĐT thị xã Hương Thủy > Phòng GD&ĐT > Trang >
<title>"; ``h1#pageTitle`` with the title; then ``PlaceHolderMain`` with
``div.article.article-left`` (page image + caption field, then a ``tin-dauvao`` header: "Tóm tắt"
field when filled, the date line "Ngày dd/MM/yyyy" and the Byline field) or ``article-right``
(header first, then the page image floated right); then the page content field
``ms-rtestate-field``; the Summary Links field; a line "Chuyên mục: … | Người đăng: <people field> |
Sửa đổi lần cuối: <en-US date> | Lượt xem"; tools; a web part zone with the CQWP "Tin khác".

How each gold article is reached
--------------------------------
Home CQWPs show the 6 newest (ids 1–6) and the 3 newest of "Hoạt động chuyên môn" (3, 6, 8); the
sidebar "Thông báo" shows 2 and 9; categories' page 1 show 1, 4, 5, 7 / 3, 6, 8, 11 / 2, 9; the
AllItems view page 1 shows 1–9. Articles 13 and 10 (Cat=1) and 12 (Cat=2) are only on page 2 of
their category (and on the JS-paged page 2 of the AllItems view). The parent portal links 1 and 3
by lower-cased URLs and 4 through CopyUtil.aspx.

Traps
-----
1. *Pager in JavaScript only* (discovery): the list view's next-page arrow is
   ``<a onclick='javascript:RefreshPageTo(event, "\\u002fsites\\u002fpgddt…\\u0026PageFirstRow=11…")'
   href="javascript:">``, as SharePoint's XSLT views write it. The category pages' own pager has
   plain links whose bookmark parameters (``p_ArticleStartDate`` with ``%20``/``%3a``, ``p_ID``)
   must be kept. Gold: articles 10, 12, 13 exist and are reached through page 2.
2. *Two date cultures on one site* (dates): the subsite's regional settings were left at en-US, so
   the list view and the "Sửa đổi lần cuối" line print ``11/12/2026 12:00 AM`` (M/d/yyyy), while
   the vendor's layout prints ``Ngày 12/11/2026`` (vi-VN); seven articles have a day ≤ 12, where a
   swap gives a valid but wrong date. Gold: the article page's "Ngày" line (2026-11-12).
3. *Vietnamese 12-hour clock* (dates): the ArticleRight layout prints the time as .NET's vi-VN
   does: "Ngày 25/11/2026 2:30 CH" (CH = p.m.), "7:30 SA" (a.m.), "12:15 CH" (12:15, noon) and
   "12:00 SA" (midnight: a day without a time). Gold: 14:30, 07:30, 12:15, day alone.
4. *Zero-width spaces and RTE markers* (text): SharePoint's rich-text editor starts paragraphs with
   U+200B (as the character and as ``&#8203;``), leaves spacer paragraphs holding only U+200B and
   ``<span id="ms-rterangepaste-start"></span>`` markers. Gold: no U+200B in any text, the spacer
   paragraphs are no paragraphs.
5. *Hidden field labels* (text): every RichHtmlField is preceded by its display:none label
   (``<div id="…PageContent_label" style='display:none'>Nội dung trang</div>``, "Chú thích hình
   ảnh", "Hình ảnh trang"), the selected menu item carries ``<span class="ms-hidden">Hiện được
   chọn</span>``. Gold: none of these words are text.
6. *Breadcrumb names the library, not the section* (category): the content-map breadcrumb prints
   "… > Phòng GD&ĐT > Trang > <title>" ("Trang" = the Pages library); the section is printed in the
   page's "Chuyên mục:" field, in the quick launch's selected node and as the list web part's
   title. Gold category: the Chuyên mục ("Tin hoạt động", "Hoạt động chuyên môn", "Thông báo").
7. *Web parts inside the rich text* (boundaries): SharePoint 2013 lets an editor insert a web part
   into the content field: ``div.ms-rtestate-read.ms-rte-wpbox`` with a Media web part (article 1:
   "Video: Màn đồng diễn khai mạc", a "trình duyệt không hỗ trợ" fallback) and a document library
   view (article 8: a ``ms-listviewtable`` of files). Gold: neither is body text.
8. *People field with presence* (bylines): "Người đăng:" shows the Created By account with the
   presence icon (``ms-imnSpan``, alt "Không có thông tin hiện diện") and a ``userdisp.aspx`` link
   (401 for anonymous users). Those are CMS accounts: never authors. The Byline field carries the
   real writer with a unit ("Nguyễn Hữu Phước (Tổ Văn phòng)", "… - Trường THCS Thủy Phù", "ThS. …,
   Phó Trưởng phòng"). Gold: name only.
9. *Page image field with its caption field* (images/captions): the article's lead picture lives in
   PublishingPageImage (an image rendition ``?RenditionID=5``), outside the content and before the
   date; its caption field may end with a credit "(Ảnh: X)" or be only "Ảnh: X". In the text,
   captions are ``p.ms-rteStyle-Caption`` paragraphs or a second table row. Gold: the page image
   first (path with its ``?RenditionID=5``), caption without the credit, X a photographer;
   captions never in the body. CQWP thumbnails (``?RenditionID=2``) are not images of the article.
10. *Case-insensitive duplicates and CopyUtil* (duplicates): the district portal's roll-up links
    ``/sites/pgddt/pages/khai-mac-…aspx`` in lower case (IIS serves it) and routes another item
    through ``/_layouts/15/CopyUtil.aspx?…`` (302). Pages print ``<link rel="canonical">`` with the
    stored name. Gold: the stored-case path; the variants in ``alt_paths``.
11. *Empty ArticleStartDate* (dates): article 10 was published with no article date: the layout
    prints no "Ngày" line, the list views print an empty cell (and sort it last, so it drops to
    page 2), the page still prints "Sửa đổi lần cuối: 10/30/2026 4:12 PM". Gold: null.
12. Also as the README knows them: an official notice (letterhead table, "Nơi nhận", signer:
    article 2), a Word paste (``MsoNormal``, ``<o:p>``, ``mso-list:Ignore`` dashes: article 6), text
    in decomposed Unicode (NFD: article 5), a table of results (article 6), "Xem thêm:" and
    attachment lines and Summary Links (articles 2, 8, 9), right-aligned signature and "Nguồn:"
    line (article 7), "Theo Báo …" (article 12), "Tin: X - Ảnh: Y" (article 13), "BBT" (article 9).

Gold decisions on ambiguous points
----------------------------------
- The title is the page's Title as printed in ``h1#pageTitle`` (the article layout itself prints
  no headline).
- The "Tóm tắt" field (bold, its own element) is the sapo: summary and first body paragraph
  (articles 1, 3). A bold first paragraph inside the content is the sapo too (6, 11). An SEO meta
  description alone is not (article 4: null).
- The page image's caption "Các đoàn vận động viên diễu hành qua lễ đài (Ảnh: Nguyễn Hữu Phước)"
  -> caption without the parenthesised credit; the credited name is a photographer. A caption
  field holding only "Ảnh: Hoàng Long" -> caption None, photographer "Hoàng Long".
- Image paths keep their query (``?RenditionID=5`` / ``?RenditionID=6``): that is the file the page
  shows; the link around article 12's image (the original) is not a second image.
- The official notice (2): its date is the letterhead's day, which equals its ArticleStartDate
  (2026-12-01); the "Về việc …" subject and the "THÔNG BÁO" kind are not body; the signer is the
  author.
- A unit in the Byline field alone ("Tổ THCS", article 6) is the author as printed; "BBT" is nobody.
- The video fallback text and the document list inside ``ms-rte-wpbox`` are not body; the list
  items of article 3 and 9 are paragraphs; table rows of article 6 are paragraphs with " | ".
"""

from __future__ import annotations

import datetime as _dt
import hashlib
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

NAME = "sharepoint2013_publishing_pages_pgd"
PLATFORM = "SharePoint Server 2013 publishing (Pages library, ArticleLeft/ArticleRight layouts, CQWP, XSLT list views)"
START_PATH = "/sites/pgddt/Pages/default.aspx"

SITE = "/sites/pgddt"
PAGES = SITE + "/Pages/"
LIST_VIEW = SITE + "/Lists/TinTuc/AllItems.aspx"
VIEW_GUID = "{9B2B7E11-4C5A-4F4E-B1B5-0E1D5D6C2A77}"
#: the view id as SharePoint writes it in paging URLs
VIEW_Q = "%7b9B2B7E11%2d4C5A%2d4F4E%2dB1B5%2d0E1D5D6C2A77%7d"
LIST_GUID = "{3F7A2C19-8E44-4B0D-9D2E-61C0A5B7E813}"
PAGES_LIST_GUID = "{C1E5D0A2-77B3-4E8C-A4F9-2B6D3E8F1A05}"
WEB_GUID = "{5D8E2A41-0B6C-4F1D-8E37-9A2C4B6D7E10}"
SITE_GUID = "{A0B1C2D3-1E2F-4A5B-9C8D-7E6F5A4B3C2D}"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ZW = "\u200b"

CATS = {1: "Tin hoạt động", 2: "Hoạt động chuyên môn", 3: "Thông báo"}
CAT_ID = {name: cid for cid, name in CATS.items()}
USERS = {14: "Quản trị PGD", 17: "pgd.bientap"}
IMG = SITE + "/PublishingImages/2026/"

#: documents of the "Văn bản" library: file -> (number, summary, en-US issue date)
DOCS = {
    "1245-TB-PGDDT.pdf": ("1245/TB-PGDĐT", "Thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027", "12/1/2026"),
    "112-KH-PGDDT.pdf": ("112/KH-PGDĐT", "Kế hoạch tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học năm học 2026 - 2027", "11/2/2026"),
    "The-le-cuoc-thi-KHKT-2026-2027.pdf": ("", "Thể lệ Cuộc thi khoa học, kỹ thuật cấp thị xã năm học 2026 - 2027", "11/2/2026"),
    "Tai-lieu-tap-huan-LMS.pdf": ("", "Tài liệu tập huấn khai thác học liệu số và hệ thống LMS", "11/4/2026"),
}


def _d(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> _dt.datetime:
    return _dt.datetime(y, m, d, hh, mm)


def _guid(seed: str) -> str:
    """A stable GUID-looking id (web part ids, correlation ids)."""
    h = hashlib.md5(seed.encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def _wpbox(guid: str, title: str, inner: str) -> Raw:
    """A web part an editor inserted into the rich text (SharePoint 2013's ``ms-rte-wpbox``)."""
    return Raw(
        '<div class="ms-rtestate-read ms-rte-wpbox" contenteditable="false">'
        f'<div class="ms-rtestate-notify  ms-rtestate-read {guid}" id="div_{guid}" unselectable="on">'
        '<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth ">'
        f'<div class="ms-webpart-chrome-title" id="WebPartTitleWPQ9"><span title="{esc(title)}" '
        f'class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr>'
        f"<span>{esc(title)}</span></nobr></h2></span></div>"
        f'<div WebPartID="{guid}" HasPers="false" id="WebPartWPQ9" width="100%" class="ms-WPBody noindex " '
        f'allowDelete="false" style="">{inner}</div></div></div>'
        f'<div id="vid_{guid}" unselectable="on" style="display:none"></div></div>'
    )


_MEDIA = _wpbox(
    "e8f0a7c2-5d1b-4a39-9f6e-0c3b2d1a4e57",
    "Video: Màn đồng diễn khai mạc",
    '<div class="ms-mediaPlayer" id="MediaWebPartWPQ9" style="width:560px;height:315px">'
    f'<video src="{SITE}/Video/hkpd-khai-mac.mp4" poster="{IMG}T12/hkpd-poster.jpg" controls="controls" '
    'width="560" height="315">Trình duyệt của bạn không hỗ trợ phát video HTML5. Vui lòng cập nhật '
    "trình duyệt để xem video này.</video></div>",
)

_DOCLIST = _wpbox(
    "1c7d9e3b-2a46-4f85-b0d1-6e9f8a7c5b24",
    "Tài liệu tập huấn",
    '<table summary="Văn bản" cellpadding="1" cellspacing="0" class="ms-listviewtable" '
    'id="onetidDoclibViewTbl1" dir="none"><thead><tr class="ms-viewheadertr ms-vhltr" valign="top">'
    '<th class="ms-vh-icon" scope="col">Loại</th><th class="ms-vh2" scope="col">Tên</th>'
    '<th class="ms-vh2" scope="col">Sửa đổi</th></tr></thead><tbody>'
    '<tr class=" ms-itmHoverEnabled ms-itmhover"><td class="ms-cellstyle ms-vb-icon">'
    '<img width="16" height="16" src="/_layouts/15/images/icpdf.png" alt="pdf" /></td>'
    f'<td class="ms-cellstyle ms-vb-title"><a class="ms-listlink" href="{SITE}/VanBan/Tai-lieu-tap-huan-LMS.pdf">'
    'Tai-lieu-tap-huan-LMS</a></td><td class="ms-cellstyle ms-vb2"><nobr>11/4/2026 3:20 PM</nobr></td></tr>'
    "</tbody></table>",
)

_LETTERHEAD = Raw(
    '<table class="ms-rteTable-0" width="100%" style="border-collapse:collapse"><tbody><tr>'
    '<td style="width:40%;text-align:center;vertical-align:top">UBND THỊ XÃ HƯƠNG THỦY<br/>'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br/>Số: 1245/TB-PGDĐT</td>"
    '<td style="width:60%;text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
    "NAM</strong><br/><strong>Độc lập - Tự do - Hạnh phúc</strong><br/><br/>"
    "<em>Hương Thủy, ngày 01 tháng 12 năm 2026</em></td></tr></tbody></table>"
    f'<p style="text-align:center">{ZW}<strong>THÔNG BÁO</strong></p>'
    '<p style="text-align:center"><strong>Về việc tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp '
    "THCS<br/>năm học 2026 - 2027</strong></p>"
)

_CLOSING = Raw(
    '<table class="ms-rteTable-0" width="100%"><tbody><tr><td style="width:50%;vertical-align:top">'
    "<strong><em>Nơi nhận:</em></strong><br/>- Như trên;<br/>- UBND thị xã (b/c);<br/>- Lãnh đạo Phòng;"
    "<br/>- Lưu: VT, THCS.</td>"
    '<td style="width:50%;text-align:center;vertical-align:top"><strong>KT. TRƯỞNG PHÒNG<br/>'
    "PHÓ TRƯỞNG PHÒNG</strong><br/><br/><em>(Đã ký)</em><br/><br/><strong>Trần Văn Hiếu</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        id=1,
        slug="Khai-mac-HKPD-thi-xa-Huong-Thuy-lan-thu-X",
        title="Khai mạc Hội khỏe Phù Đổng thị xã Hương Thủy lần thứ X, năm học 2026 - 2027",
        cat="Tin hoạt động",
        published_at="2026-12-04T07:30:00+07:00",
        summary=(
            "Sáng 04/12, tại Sân vận động thị xã, Phòng Giáo dục và Đào tạo phối hợp với Phòng Văn hóa và "
            "Thông tin tổ chức khai mạc Hội khỏe Phù Đổng thị xã Hương Thủy lần thứ X, năm học 2026 - 2027 "
            "với sự tham gia của hơn 1.200 vận động viên đến từ 32 trường tiểu học và trung học cơ sở."
        ),
        sapo_outside=True,
        authors=["Nguyễn Hữu Phước"],
        photographers=["Nguyễn Hữu Phước"],
        blocks=[
            Img(
                IMG + "T12/hkpd-khai-mac.jpg?RenditionID=5",
                "Các đoàn vận động viên diễu hành qua lễ đài (Ảnh: Nguyễn Hữu Phước)",
                "Các đoàn vận động viên diễu hành qua lễ đài",
                style="field",
            ),
            P(
                "Đến dự lễ khai mạc có ông Lê Văn Thanh, Phó Chủ tịch UBND thị xã; đại diện lãnh đạo các "
                "phòng, ban, đơn vị liên quan; cán bộ quản lý, giáo viên và đông đảo học sinh các trường "
                "trên địa bàn."
            ),
            P(
                "Phát biểu khai mạc, ông Hồ Đắc Minh, Trưởng phòng Giáo dục và Đào tạo nhấn mạnh: Hội khỏe "
                "Phù Đổng là ngày hội thể thao lớn nhất của học sinh, nhằm đánh giá kết quả công tác giáo "
                "dục thể chất và hoạt động thể thao trong trường học, đồng thời phát hiện, bồi dưỡng các "
                "tài năng thể thao trẻ cho thị xã."
            ),
            P(
                "Hội khỏe năm nay được tổ chức ở 9 môn thi đấu gồm: điền kinh, bơi lội, bóng đá, bóng "
                "chuyền, cầu lông, bóng bàn, cờ vua, đá cầu và võ cổ truyền. Các nội dung thi đấu diễn ra "
                "từ ngày 04/12 đến ngày 13/12/2026 tại Sân vận động thị xã, Nhà thi đấu đa năng và một số "
                "trường học trên địa bàn."
            ),
            Img(
                IMG + "T12/hkpd-dong-dien.jpg",
                "Màn đồng diễn thể dục của học sinh Trường THCS Phú Bài",
                "Màn đồng diễn thể dục của học sinh Trường THCS Phú Bài",
                style="capp",
            ),
            P(
                "Ngay sau lễ khai mạc, các vận động viên bước vào thi đấu nội dung chạy 100m và nhảy xa "
                "khối tiểu học. Ban tổ chức cũng thành lập các tổ trọng tài, tổ y tế và tổ hậu cần để bảo "
                "đảm an toàn trong suốt thời gian diễn ra Hội khỏe."
            ),
            _MEDIA,
            P(
                "Hội khỏe Phù Đổng thị xã lần thứ X cũng là dịp để lựa chọn những vận động viên xuất sắc "
                "tham gia Hội khỏe Phù Đổng cấp tỉnh dự kiến tổ chức vào tháng 3/2027."
            ),
        ],
        opts={"dt": _d(2026, 12, 4, 7, 30), "layout": "right", "byline": "Nguyễn Hữu Phước (Tổ Văn phòng)",
              "poster": 14, "modified": "12/4/2026 10:47 AM", "zwsp": True},
    ),
    Story(
        id=2,
        slug="TB-Hoi-thi-GVCN-gioi-cap-THCS-2026-2027",
        title="Thông báo về việc tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-12-01",
        authors=["Trần Văn Hiếu"],
        blocks=[
            _LETTERHEAD,
            P(
                "Căn cứ Kế hoạch số 98/KH-PGDĐT ngày 15/9/2026 của Phòng Giáo dục và Đào tạo về thực hiện "
                "nhiệm vụ năm học 2026 - 2027 cấp trung học cơ sở;"
            ),
            P(
                "Phòng Giáo dục và Đào tạo thông báo tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS "
                "năm học 2026 - 2027 như sau:"
            ),
            P(
                "1. Đối tượng: Giáo viên đang làm công tác chủ nhiệm lớp tại các trường THCS, TH&THCS trên "
                "địa bàn thị xã, có ít nhất 03 năm làm công tác chủ nhiệm."
            ),
            P(
                "2. Số lượng: Mỗi trường cử từ 01 đến 02 giáo viên; đơn vị có từ 20 lớp trở lên được cử "
                "tối đa 03 giáo viên."
            ),
            P(
                "3. Thời gian, địa điểm: Hội thi diễn ra từ ngày 14/12/2026 đến ngày 18/12/2026 tại Trường "
                "THCS Nguyễn Tri Phương và Trường THCS Phú Bài."
            ),
            P(
                "4. Hồ sơ đăng ký gồm danh sách giáo viên dự thi và báo cáo biện pháp giáo dục học sinh, "
                "gửi về Phòng Giáo dục và Đào tạo (qua Tổ THCS) trước ngày 10/12/2026, đồng thời gửi bản "
                "điện tử qua hộp thư công vụ."
            ),
            P(
                "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc "
                "nội dung Thông báo này./."
            ),
            _CLOSING,
        ],
        opts={"dt": _d(2026, 12, 1), "layout": "left", "byline": "", "poster": 17,
              "modified": "12/1/2026 4:05 PM", "links": ["1245-TB-PGDDT.pdf"]},
    ),
    Story(
        id=3,
        slug="Hoi-thao-chuyen-de-Tieng-Viet-4-TH-Thuy-Duong",
        title="Hội thảo chuyên đề “Dạy học phát triển năng lực đọc hiểu môn Tiếng Việt lớp 4” tại Trường TH Thủy Dương",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-28",
        summary=(
            "Ngày 27/11, Trường Tiểu học Thủy Dương đăng cai tổ chức hội thảo chuyên đề cấp thị xã về dạy "
            "học phát triển năng lực đọc hiểu cho học sinh lớp 4 theo Chương trình giáo dục phổ thông 2018."
        ),
        sapo_outside=True,
        authors=["Lê Thị Hoài Thương"],
        blocks=[
            P(
                "Tham dự hội thảo có bà Phan Thị Thanh Hà, Phó Trưởng phòng Giáo dục và Đào tạo; cán bộ "
                "quản lý, tổ trưởng chuyên môn khối 4 của 24 trường tiểu học trên địa bàn thị xã."
            ),
            P(
                "Hội thảo gồm hai phần: dạy minh họa và thảo luận. Ở phần dạy minh họa, cô giáo Nguyễn Thị "
                "Thu Hằng thực hiện bài đọc “Bức tường có nhiều phép lạ” với lớp 4/3. Tiết dạy được thiết kế "
                "theo hướng cho học sinh đọc thầm, trao đổi nhóm và tự đặt câu hỏi về văn bản."
            ),
            Img(
                IMG + "T11/ht-tv4-01.jpg",
                "Cô giáo Nguyễn Thị Thu Hằng trong tiết dạy minh họa",
                "Cô giáo Nguyễn Thị Thu Hằng trong tiết dạy minh họa",
                style="capp",
            ),
            P(
                "Trong phần thảo luận, các đại biểu tập trung vào ba nội dung: cách đặt câu hỏi theo các mức "
                "độ đọc hiểu, cách tổ chức cho học sinh chia sẻ cảm nhận cá nhân và việc sử dụng phiếu học "
                "tập trong giờ đọc."
            ),
            P("Một số kinh nghiệm được rút ra", "h3"),
            P("Câu hỏi đọc hiểu cần đi từ nhận biết chi tiết đến liên hệ với trải nghiệm của học sinh.", "li"),
            P("Giáo viên dành thời gian để học sinh đọc thầm trước khi trả lời, tránh dẫn dắt quá nhiều.", "li"),
            P("Phiếu học tập nên ngắn gọn, có khoảng trống để học sinh ghi cảm nghĩ của mình.", "li"),
            Img(IMG + "T11/ht-tv4-02.jpg", "Các đại biểu thảo luận nhóm", "Các đại biểu thảo luận nhóm", style="capp"),
            P(
                "Phát biểu kết luận, bà Phan Thị Thanh Hà ghi nhận sự chuẩn bị chu đáo của Trường TH Thủy "
                "Dương và đề nghị các trường tiếp tục tổ chức sinh hoạt chuyên môn theo chuyên đề ở cấp "
                "trường, cụm trường trong học kỳ II."
            ),
        ],
        opts={"dt": _d(2026, 11, 28), "layout": "left", "byline": "Lê Thị Hoài Thương (Trường TH Thủy Dương)",
              "poster": 17, "modified": "11/29/2026 8:12 AM", "zwsp": True},
    ),
    Story(
        id=4,
        slug="Tuoi-tre-nganh-GD-huong-ung-thang-hanh-dong-binh-dang-gioi",
        title="Tuổi trẻ ngành Giáo dục Hương Thủy hưởng ứng Tháng hành động vì bình đẳng giới",
        cat="Tin hoạt động",
        published_at="2026-11-25T14:30:00+07:00",
        authors=["Trần Minh Quân"],
        photographers=["Trần Minh Quân"],
        blocks=[
            Img(
                IMG + "T11/binh-dang-gioi.jpg?RenditionID=5",
                "Đoàn viên, thanh niên tham gia diễu hành cổ động",
                "Đoàn viên, thanh niên tham gia diễu hành cổ động",
                style="field",
            ),
            P(
                "Chiều 25/11, Đoàn cơ sở ngành Giáo dục thị xã Hương Thủy tổ chức lễ ra quân hưởng ứng Tháng "
                "hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026."
            ),
            P(
                "Hơn 300 đoàn viên, giáo viên trẻ và học sinh các trường THCS trên địa bàn đã tham gia chương "
                "trình. Sau lễ ra quân, đoàn diễu hành cổ động đi qua các tuyến đường Nguyễn Tất Thành, Sóng "
                "Hồng và Thanh Lam với các khẩu hiệu tuyên truyền về bình đẳng giới."
            ),
            P(
                "Tại các trường học, các liên đội đồng loạt tổ chức chuyên đề dưới cờ, thi vẽ tranh và thi "
                "tìm hiểu pháp luật về bình đẳng giới; đồng thời ra mắt “Góc tư vấn học đường” để học sinh "
                "chia sẻ, tìm kiếm sự hỗ trợ khi gặp khó khăn."
            ),
            P(
                "Tháng hành động năm nay kéo dài từ ngày 15/11 đến ngày 15/12/2026 với chủ đề “Chung tay chấm "
                "dứt bạo lực trên cơ sở giới”."
            ),
        ],
        opts={"dt": _d(2026, 11, 25, 14, 30), "layout": "right", "byline": "Tin, ảnh: Trần Minh Quân",
              "poster": 14, "modified": "11/26/2026 7:58 AM",
              "meta": "Lễ ra quân hưởng ứng Tháng hành động vì bình đẳng giới của tuổi trẻ ngành Giáo dục thị xã Hương Thủy."},
    ),
    Story(
        id=5,
        slug="Gap-mat-ky-niem-44-nam-ngay-Nha-giao-Viet-Nam",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat="Tin hoạt động",
        published_at="2026-11-20",
        authors=["Hoàng Long"],
        photographers=["Hoàng Long"],
        blocks=[
            Img(IMG + "T11/gap-mat-20-11.jpg?RenditionID=5", "Ảnh: Hoàng Long", None, style="field"),
            P(
                "Sáng 19/11, UBND thị xã Hương Thủy tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và "
                "tuyên dương nhà giáo, học sinh tiêu biểu năm học 2025 - 2026."
            ),
            P(
                "Năm học vừa qua, toàn thị xã có 52 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp tỉnh, 318 "
                "lượt học sinh đạt giải trong các kỳ thi, hội thi cấp tỉnh và cấp quốc gia. Tỷ lệ trường đạt "
                "chuẩn quốc gia đạt 86,5%, tăng 4,2% so với năm học trước."
            ),
            P(
                "Thay mặt lãnh đạo thị xã, ông Nguyễn Văn Bình, Chủ tịch UBND thị xã gửi lời tri ân sâu sắc "
                "đến các thế hệ nhà giáo và mong muốn đội ngũ giáo viên tiếp tục đổi mới phương pháp, gần "
                "gũi, yêu thương học sinh."
            ),
            P(
                "Dịp này, UBND thị xã tặng giấy khen cho 27 tập thể và 64 cá nhân có thành tích xuất sắc; Quỹ "
                "Khuyến học thị xã trao 40 suất học bổng, mỗi suất trị giá 2 triệu đồng cho học sinh có hoàn "
                "cảnh khó khăn vượt khó học tốt."
            ),
            P(
                "“Mỗi thầy cô hôm nay vẫn đang lặng lẽ viết tiếp những trang đẹp nhất của nghề dạy học” - cô "
                "giáo Trần Thị Bích Ngọc, Trường THCS Thủy Phương, xúc động chia sẻ.",
                "q",
            ),
        ],
        opts={"dt": _d(2026, 11, 20), "layout": "left", "byline": "Hoàng Long", "poster": 14,
              "modified": "11/20/2026 9:31 AM", "nfd": True},
    ),
    Story(
        id=6,
        slug="Hoi-thi-GVDG-cap-thi-xa-bac-THCS",
        title="Hội thi giáo viên dạy giỏi cấp thị xã bậc THCS: 46 giáo viên tham dự",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-12",
        summary=(
            "Từ ngày 09 đến ngày 12/11/2026, Phòng Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi "
            "cấp thị xã bậc THCS năm học 2026 - 2027 với 46 giáo viên đến từ 11 trường tham dự."
        ),
        authors=["Tổ THCS"],
        blocks=[
            P(
                "Từ ngày 09 đến ngày 12/11/2026, Phòng Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi "
                "cấp thị xã bậc THCS năm học 2026 - 2027 với 46 giáo viên đến từ 11 trường tham dự.",
                "msob",
            ),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng "
                "giảng dạy và dạy thực hành hai tiết trên lớp, trong đó có một tiết giáo viên được biết "
                "trước bài dạy 3 ngày.",
                "mso",
            ),
            P(
                "Qua theo dõi, Ban Giám khảo đánh giá nhiều tiết dạy có sự đầu tư công phu, vận dụng hiệu quả "
                "các phương pháp dạy học tích cực và ứng dụng công nghệ thông tin hợp lý. Bên cạnh đó, một số "
                "giáo viên còn lúng túng trong việc tổ chức hoạt động nhóm và phân bổ thời gian.",
                "mso",
            ),
            P("Kết quả, có 39 giáo viên được công nhận giáo viên dạy giỏi cấp thị xã, cụ thể:", "mso"),
            P("Môn | Số GV dự thi | Đạt GVDG", "th"),
            P("Ngữ văn | 10 | 9", "tr"),
            P("Toán | 11 | 9", "tr"),
            P("Khoa học tự nhiên | 9 | 8", "tr"),
            P("Tiếng Anh | 8 | 7", "tr"),
            P("Lịch sử và Địa lí | 8 | 6", "tr"),
            P("Sau Hội thi, Phòng Giáo dục và Đào tạo đề nghị các trường:", "mso"),
            P("Tiếp tục bồi dưỡng các giáo viên đạt giải để tham gia Hội thi cấp tỉnh vào tháng 3/2027;", "msoli"),
            P("Tổ chức chuyên đề nhân rộng các tiết dạy tốt tại các cụm trường;", "msoli"),
            P("Đưa kết quả hội thi vào đánh giá, xếp loại thi đua cuối năm.", "msoli"),
        ],
        opts={"dt": _d(2026, 11, 12), "layout": "left", "byline": "Tổ THCS", "poster": 17,
              "modified": "11/13/2026 2:40 PM"},
    ),
    Story(
        id=7,
        slug="MN-Thuy-Phuong-ngay-hoi-an-toan-giao-thong",
        title="Trường Mầm non Thủy Phương tổ chức Ngày hội “Bé với an toàn giao thông”",
        cat="Tin hoạt động",
        published_at="2026-11-10T12:15:00+07:00",
        authors=["Hồng Nhung"],
        source="Trường MN Thủy Phương",
        blocks=[
            P(
                "Nhằm giúp trẻ làm quen với luật giao thông đường bộ ngay từ lứa tuổi mầm non, sáng 08/11, "
                "Trường Mầm non Thủy Phương tổ chức Ngày hội “Bé với an toàn giao thông” cho gần 250 trẻ mẫu "
                "giáo."
            ),
            P(
                "Sân trường được bố trí thành một mô hình đường phố thu nhỏ với vạch kẻ đường, biển báo, đèn "
                "tín hiệu và bãi đỗ xe. Các bé lần lượt hóa thân thành người đi bộ, người điều khiển xe đạp "
                "và chú cảnh sát giao thông."
            ),
            Img(
                IMG + "T11/mn-thuy-phuong-atgt.jpg",
                "Các bé thực hành đi qua ngã tư có đèn tín hiệu",
                "Các bé thực hành đi qua ngã tư có đèn tín hiệu",
                style="tbl",
            ),
            P(
                "Ngoài phần thực hành, các lớp còn tham gia các trò chơi “Đèn xanh, đèn đỏ”, “Ai nhanh hơn” "
                "và biểu diễn văn nghệ với các bài hát về an toàn giao thông. Nhiều phụ huynh cũng đến dự và "
                "cổ vũ cho các con."
            ),
            P(
                "Thông qua ngày hội, nhà trường mong muốn hình thành cho trẻ những thói quen tốt như đội mũ "
                "bảo hiểm khi ngồi trên xe máy, đi bộ trên vỉa hè và không chơi đùa dưới lòng đường."
            ),
            Raw(
                f'<p style="text-align:right">{ZW}<strong>Hồng Nhung</strong></p>'
                '<p style="text-align:right"><em>Nguồn: Trường MN Thủy Phương</em></p>'
            ),
        ],
        opts={"dt": _d(2026, 11, 10, 12, 15), "layout": "right", "byline": "", "poster": 17,
              "modified": "11/10/2026 3:02 PM"},
    ),
    Story(
        id=8,
        slug="Tap-huan-hoc-lieu-so-va-LMS-giao-vien-tieu-hoc",
        title="Tập huấn khai thác học liệu số và hệ thống quản lý học tập (LMS) cho giáo viên tiểu học",
        cat="Hoạt động chuyên môn",
        published_at="2026-11-06",
        authors=["Phan Thị Thanh Hà"],
        blocks=[
            P(
                "Trong hai ngày 05 và 06/11, Phòng Giáo dục và Đào tạo tổ chức lớp tập huấn khai thác học liệu "
                "số và sử dụng hệ thống quản lý học tập (LMS) cho 180 giáo viên cốt cán các trường tiểu học."
            ),
            P(
                "Các học viên được hướng dẫn cách tìm kiếm, đánh giá và sử dụng học liệu số trên kho học liệu "
                "dùng chung của ngành; cách tạo lớp học, giao bài, chấm bài và theo dõi tiến độ học tập của "
                "học sinh trên hệ thống LMS."
            ),
            _DOCLIST,
            P(
                "Theo kế hoạch, sau tập huấn, mỗi giáo viên cốt cán sẽ hướng dẫn lại cho đồng nghiệp tại trường "
                "mình trước ngày 30/11/2026. Phòng Giáo dục và Đào tạo sẽ kiểm tra việc triển khai thông qua hệ "
                "thống trong tháng 12."
            ),
            P(
                "Học viên Trần Quốc Bảo, Trường TH Phú Bài 2 cho biết: “Nội dung tập huấn rất thiết thực. "
                "Chúng tôi có thể áp dụng ngay vào việc giao bài tập về nhà và ôn tập cho học sinh lớp 5.”"
            ),
            Img(
                IMG + "T11/tap-huan-lms.jpg",
                "Giáo viên thực hành tạo lớp học trên hệ thống LMS",
                "Giáo viên thực hành tạo lớp học trên hệ thống LMS",
                style="capp",
            ),
        ],
        opts={"dt": _d(2026, 11, 6), "layout": "left", "byline": "ThS. Phan Thị Thanh Hà, Phó Trưởng phòng",
              "poster": 14, "modified": "11/7/2026 10:15 AM", "zwsp": True, "links": ["Tai-lieu-tap-huan-LMS.pdf"]},
    ),
    Story(
        id=9,
        slug="Ke-hoach-cuoc-thi-KHKT-hoc-sinh-trung-hoc-2026-2027",
        title="Kế hoạch tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học cấp thị xã năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-11-03",
        blocks=[
            P(
                "Phòng Giáo dục và Đào tạo ban hành Kế hoạch số 112/KH-PGDĐT về tổ chức Cuộc thi khoa học, kỹ "
                "thuật dành cho học sinh trung học cấp thị xã năm học 2026 - 2027."
            ),
            P(
                "Cuộc thi nhằm khuyến khích học sinh nghiên cứu, sáng tạo và vận dụng kiến thức đã học vào giải "
                "quyết những vấn đề thực tiễn cuộc sống; đồng thời lựa chọn các dự án tiêu biểu tham dự cuộc thi "
                "cấp tỉnh."
            ),
            P("Thời gian thực hiện", "h3"),
            P("Từ nay đến ngày 20/12/2026: các trường tổ chức vòng thi cấp trường.", "li"),
            P("Trước ngày 05/01/2027: gửi hồ sơ dự án về Phòng Giáo dục và Đào tạo.", "li"),
            P("Ngày 15/01/2027: tổ chức chấm và trưng bày dự án tại Trường THCS Nguyễn Tri Phương.", "li"),
            P(
                "Mỗi dự án có không quá 02 học sinh và 01 giáo viên hướng dẫn. Các lĩnh vực dự thi thực hiện "
                "theo hướng dẫn của Bộ Giáo dục và Đào tạo."
            ),
            Raw(
                f"<p>{ZW}<strong>Xem thêm:</strong> <a href=\"{SITE}/VanBan/The-le-cuoc-thi-KHKT-2026-2027.pdf\">"
                "Thể lệ Cuộc thi khoa học, kỹ thuật cấp thị xã năm học 2026 - 2027</a></p>"
            ),
        ],
        opts={"dt": _d(2026, 11, 3), "layout": "right", "byline": "BBT", "poster": 17,
              "modified": "11/3/2026 8:20 AM", "links": ["112-KH-PGDDT.pdf"]},
    ),
    Story(
        id=10,
        slug="Ho-tro-hoc-sinh-vung-lu-Thuy-Thanh-Thuy-Van",
        title="Chung tay hỗ trợ học sinh vùng lũ Thủy Thanh, Thủy Vân sớm trở lại trường",
        cat="Tin hoạt động",
        published_at=None,
        authors=["Mỹ Linh"],
        blocks=[
            P(
                "Những ngày cuối tháng 10, đợt mưa lớn kéo dài đã khiến nhiều tuyến đường tại các xã Thủy "
                "Thanh, Thủy Vân bị ngập sâu; nhiều trường học phải cho học sinh tạm nghỉ học để bảo đảm an toàn."
            ),
            P(
                "Ngay khi nước rút, cán bộ, giáo viên các trường cùng phụ huynh và lực lượng dân quân đã khẩn "
                "trương dọn bùn đất, vệ sinh phòng học, phơi sấy sách vở và sửa chữa bàn ghế bị hư hỏng."
            ),
            Img(
                IMG + "T10/don-ve-sinh-truong.jpg",
                "Giáo viên Trường TH số 2 Thủy Thanh dọn vệ sinh lớp học sau lũ",
                "Giáo viên Trường TH số 2 Thủy Thanh dọn vệ sinh lớp học sau lũ",
                style="capp",
            ),
            P(
                "Phòng Giáo dục và Đào tạo đã kịp thời kêu gọi các tập thể, cá nhân chung tay hỗ trợ. Đến nay, "
                "đã có hơn 1.500 bộ sách giáo khoa, 3.000 cuốn vở và nhiều đồ dùng học tập được trao tận tay "
                "học sinh bị ảnh hưởng."
            ),
            P(
                "Nhờ sự vào cuộc kịp thời, sau 3 ngày tạm nghỉ, 100% học sinh các trường vùng lũ đã trở lại lớp "
                "học bình thường."
            ),
        ],
        opts={"dt": None, "layout": "left", "byline": "Mỹ Linh - Trường TH số 2 Thủy Thanh", "poster": 14,
              "modified": "10/30/2026 4:12 PM"},
    ),
    Story(
        id=11,
        slug="SHCM-nghien-cuu-bai-hoc-cum-THCS-phia-Nam",
        title="Sinh hoạt chuyên môn theo hướng nghiên cứu bài học cụm trường THCS phía Nam",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-22T09:05:00+07:00",
        summary=(
            "Ngày 21/10, cụm trường THCS phía Nam thị xã gồm các trường THCS Thủy Phù, Thủy Tân, Phú Sơn và "
            "Dương Hòa tổ chức sinh hoạt chuyên môn theo hướng nghiên cứu bài học môn Toán 7 tại Trường THCS "
            "Thủy Phù."
        ),
        authors=["Nguyễn Thị Minh Thư"],
        blocks=[
            P(
                "Ngày 21/10, cụm trường THCS phía Nam thị xã gồm các trường THCS Thủy Phù, Thủy Tân, Phú Sơn và "
                "Dương Hòa tổ chức sinh hoạt chuyên môn theo hướng nghiên cứu bài học môn Toán 7 tại Trường THCS "
                "Thủy Phù.",
                "b",
            ),
            P(
                "Tiết dạy minh họa bài “Tổng các góc của một tam giác” do thầy giáo Võ Đình Khoa thực hiện. Thay "
                "vì tập trung nhận xét giáo viên, các thành viên dự giờ quan sát kỹ hoạt động học của từng nhóm "
                "học sinh và ghi chép lại những khó khăn các em gặp phải."
            ),
            P(
                "“Điều quan trọng nhất của nghiên cứu bài học là nhìn vào việc học của học sinh để điều chỉnh "
                "cách dạy của mình”, thầy Khoa chia sẻ sau tiết dạy.",
                "q",
            ),
            P(
                "Buổi sinh hoạt thống nhất một số điều chỉnh cho chuỗi bài học hình học lớp 7 và giao cho từng "
                "trường xây dựng tiếp một bài học nghiên cứu trong học kỳ I."
            ),
        ],
        opts={"dt": _d(2026, 10, 22, 9, 5), "layout": "right",
              "byline": "Nguyễn Thị Minh Thư - Trường THCS Thủy Phù", "poster": 17, "modified": "10/22/2026 9:40 AM"},
    ),
    Story(
        id=12,
        slug="Chuyen-de-giao-duc-STEM-cap-hoc-mam-non",
        title="Chuyên đề giáo dục STEM trong trường mầm non: trẻ được trải nghiệm, khám phá",
        cat="Hoạt động chuyên môn",
        published_at="2026-10-15",
        authors=["Bảo Trâm"],
        source="Báo Thừa Thiên Huế",
        blocks=[
            P(
                "Ngày 14/10, tại Trường Mầm non Thủy Lương, Phòng Giáo dục và Đào tạo tổ chức chuyên đề “Giáo dục "
                "STEM trong trường mầm non” cho cán bộ quản lý và giáo viên cốt cán các trường mầm non trên địa bàn."
            ),
            P(
                "Tại chuyên đề, giáo viên nhà trường tổ chức hai hoạt động minh họa: “Làm thuyền giấy nổi trên mặt "
                "nước” dành cho trẻ 5 - 6 tuổi và “Bé pha màu” dành cho trẻ 4 - 5 tuổi. Trẻ được tự tay thử nghiệm, "
                "quan sát, so sánh và đưa ra kết luận theo cách của mình."
            ),
            Img(
                IMG + "T10/stem-mn-thuy-luong.jpg?RenditionID=6",
                "Trẻ Trường MN Thủy Lương trải nghiệm hoạt động “Làm thuyền giấy”",
                "Trẻ Trường MN Thủy Lương trải nghiệm hoạt động “Làm thuyền giấy”",
                style="link",
            ),
            P(
                "Các đại biểu đánh giá cao cách tổ chức linh hoạt, tận dụng nguyên vật liệu sẵn có như chai nhựa, "
                "ống hút, giấy màu để thiết kế hoạt động. Đây là hướng đi phù hợp với điều kiện thực tế của các "
                "trường mầm non trên địa bàn."
            ),
            P(
                "Năm học 2026 - 2027, Phòng Giáo dục và Đào tạo đặt mục tiêu 100% trường mầm non tổ chức ít nhất "
                "một chủ đề giáo dục STEM mỗi học kỳ."
            ),
            Raw('<p style="text-align:right"><em>Theo Báo Thừa Thiên Huế</em></p>'),
        ],
        opts={"dt": _d(2026, 10, 15), "layout": "left", "byline": "Bảo Trâm", "poster": 14,
              "modified": "10/16/2026 11:03 AM", "zwsp": True},
    ),
    Story(
        id=13,
        slug="Hoi-nghi-CBQL-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        title="Hội nghị cán bộ quản lý triển khai nhiệm vụ năm học 2026 - 2027",
        cat="Tin hoạt động",
        published_at="2026-10-08",
        authors=["Văn Định"],
        photographers=["Thanh Bình"],
        blocks=[
            Img(IMG + "T10/hoi-nghi-cbql.jpg?RenditionID=5", "Quang cảnh hội nghị", "Quang cảnh hội nghị", style="field"),
            P(
                "Ngày 07/10, Phòng Giáo dục và Đào tạo tổ chức hội nghị cán bộ quản lý các trường mầm non, tiểu "
                "học và trung học cơ sở để triển khai nhiệm vụ trọng tâm năm học 2026 - 2027."
            ),
            P(
                "Năm học 2025 - 2026, ngành giáo dục thị xã đã hoàn thành tốt các nhiệm vụ đề ra: duy trì vững "
                "chắc kết quả phổ cập giáo dục, chất lượng giáo dục mũi nhọn có nhiều chuyển biến, công tác chuyển "
                "đổi số được đẩy mạnh ở tất cả các cấp học."
            ),
            P("Nhiệm vụ trọng tâm năm học mới", "h3"),
            P(
                "Thứ nhất, tiếp tục thực hiện hiệu quả Chương trình giáo dục phổ thông 2018; đổi mới phương pháp "
                "dạy học và kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng lực học sinh."
            ),
            P(
                "Thứ hai, rà soát, sắp xếp mạng lưới trường lớp; tăng cường cơ sở vật chất, thiết bị dạy học, ưu "
                "tiên các xã vùng khó khăn."
            ),
            P(
                "Thứ ba, đẩy mạnh chuyển đổi số trong quản lý và dạy học; triển khai học bạ số ở tất cả các trường "
                "tiểu học và THCS."
            ),
            P("Thứ tư, nâng cao chất lượng đội ngũ; chú trọng bồi dưỡng giáo viên đáp ứng yêu cầu dạy các môn tích hợp."),
            P("Tại hội nghị, Phòng Giáo dục và Đào tạo đã ký kết giao ước thi đua với 45 đơn vị trường học trên địa bàn."),
        ],
        opts={"dt": _d(2026, 10, 8), "layout": "left", "byline": "Tin: Văn Định - Ảnh: Thanh Bình", "poster": 14,
              "modified": "10/9/2026 8:44 AM"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: the district portal's roll-up: lower-cased links (1, 3) and a CopyUtil redirect (4)
LOWER_LINKED = (1, 3)
COPYUTIL_LINKED = (4,)


def article_path(story: Story) -> str:
    return f"{PAGES}{story.slug}.aspx"


def copyutil_target(story: Story) -> str:
    return (
        f"/_layouts/15/CopyUtil.aspx?Use=id&Action=dispform&ItemId={story.id}"
        f"&ListId={quote(PAGES_LIST_GUID)}&WebId={quote(WEB_GUID)}&SiteId={quote(SITE_GUID)}"
    )


def _sort_key(story: Story) -> tuple:
    dt = story.opts["dt"]
    # SharePoint sorts an empty date last in a descending view
    return (dt is None, -(dt.timestamp() if dt else 0), -story.id)


ORDERED = sorted(STORIES, key=_sort_key)


# --- dates as the site prints them -------------------------------------------------------------


def vi_date(dt: _dt.datetime) -> str:
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year}"


def vi_time(dt: _dt.datetime) -> str:
    hour = dt.hour % 12 or 12
    return f"{hour}:{dt.minute:02d} {'SA' if dt.hour < 12 else 'CH'}"


def us_datetime(dt: _dt.datetime | None) -> str:
    if dt is None:
        return ""
    hour = dt.hour % 12 or 12
    return f"{dt.month}/{dt.day}/{dt.year} {hour}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def date_line(story: Story) -> str:
    dt = story.opts["dt"]
    if dt is None:
        return ""
    if story.opts["layout"] == "right":
        return f"Ngày {vi_date(dt)} {vi_time(dt)}"
    return f"Ngày {vi_date(dt)}"


def _bookmark(story: Story) -> str:
    dt = story.opts["dt"]
    if dt is None:
        return ""
    return dt.strftime("%Y%m%d") + "%20" + dt.strftime("%H") + "%3a" + dt.strftime("%M") + "%3a00"


# --- the article text as SharePoint's editor stores it -------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _cells(story: Story, row: str, tag: str, css: str) -> str:
    return "".join(f'<{tag} class="{css}" rowspan="1" colspan="1">{_t(story, c)}</{tag}>' for c in row.split(" | "))


def _image(story: Story, img: Img) -> str:
    zw = ZW if story.opts.get("zwsp") else ""
    src = esc(img.src)
    if img.style == "capp":
        return (
            f'<p style="text-align:center">{zw}<img class="ms-rtePosition-4" src="{src}" alt="" '
            'style="margin:5px;width:600px;height:400px" /></p>'
            f'<p class="ms-rteStyle-Caption" style="text-align:center">{zw}<em>{_t(story, img.printed or "")}</em></p>'
        )
    if img.style == "tbl":
        return (
            '<table class="ms-rteTable-0" align="center" style="width:80%"><tbody>'
            f'<tr class="ms-rteTableEvenRow-0"><td class="ms-rteTableEvenCol-0"><img src="{src}" alt="" '
            'style="width:100%" /></td></tr><tr class="ms-rteTableOddRow-0"><td class="ms-rteTableEvenCol-0" '
            f'style="text-align:center"><span style="font-size:9pt"><em>{_t(story, img.printed or "")}</em></span></td></tr>'
            "</tbody></table>"
        )
    if img.style == "link":
        full = esc(img.src.split("?", 1)[0])
        return (
            f'<p style="text-align:center"><a href="{full}" target="_blank"><img class="ms-rtePosition-4" '
            f'src="{src}" alt="{esc(img.printed or "")}" /></a></p>'
            f'<p class="ms-rteStyle-Caption" style="text-align:center">{_t(story, img.printed or "")}</p>'
        )
    return f'<p><img src="{src}" alt="" /></p>'


def _para(story: Story, par: P, index: int) -> str:
    value = _t(story, par.text)
    zw = ""
    if story.opts.get("zwsp"):
        zw = ZW if index % 2 == 0 else "&#8203;"
    style = par.style
    if style == "b":
        return f"<p>{zw}<strong>{value}</strong></p>"
    if style == "h3":
        return f'<h3 class="ms-rteElement-H3">{zw}{value}</h3>'
    if style == "q":
        return f'<p class="ms-rteStyle-Quote">{zw}<em>{value}</em></p>'
    if style == "mso":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:115%">'
            '<span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,'
            f'&quot;serif&quot;">{value}<o:p></o:p></span></p>'
        )
    if style == "msob":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt"><b><span lang="VI" '
            f'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">{value}</span></b>'
            "<b><span lang=\"VI\"><o:p></o:p></span></b></p>"
        )
    if style == "msoli":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;text-indent:-18.0pt;'
            'mso-list:l0 level1 lfo1"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman'
            '&quot;,&quot;serif&quot;"><span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New '
            f'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><span lang="VI">{value}'
            "<o:p></o:p></span></p>"
        )
    return f"<p>{zw}{value}</p>"


def content_html(story: Story) -> str:
    """The PublishingPageContent field: paragraphs, images, lists, tables and raw lines in order."""
    out: list[str] = []
    zwsp = bool(story.opts.get("zwsp"))
    if zwsp:
        out.append('<span id="ms-rterangepaste-start"></span>')
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "field")]
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "th", "tr"):
            group = [block]
            kind = "li" if block.style == "li" else "tr"
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P):
                nxt = blocks[i + 1].style
                if (kind == "li" and nxt == "li") or (kind == "tr" and nxt in ("th", "tr")):
                    group.append(blocks[i + 1])
                    i += 1
                else:
                    break
            if kind == "li":
                items = "".join(f"<li>{_t(story, b.text)}</li>" for b in group)
                out.append(f'<ul style="list-style-type:disc">{items}</ul>')
            else:
                rows = []
                for n, b in enumerate(group):
                    if b.style == "th":
                        cells = _cells(story, b.text, "th", "ms-rteTableHeaderEvenCol-default")
                        rows.append(f'<tr class="ms-rteTableHeaderRow-default">{cells}</tr>')
                    else:
                        parity = "Odd" if n % 2 else "Even"
                        cells = _cells(story, b.text, "td", "ms-rteTableEvenCol-default")
                        rows.append(f'<tr class="ms-rteTable{parity}Row-default">{cells}</tr>')
                out.append(
                    '<table width="100%" class="ms-rteTable-default" cellspacing="0" style="width:100%">'
                    f"<tbody>{''.join(rows)}</tbody></table>"
                )
        elif isinstance(block, P):
            out.append(_para(story, block, i))
            if zwsp and i % 3 == 1:
                out.append(f"<p>{ZW}</p>")
        elif isinstance(block, Img):
            out.append(_image(story, block))
        else:
            out.append(block.html)
        i += 1
    if zwsp:
        out.append(f'<p>{ZW}</p><span id="ms-rterangepaste-end"></span>')
    return "".join(out)


# --- chrome --------------------------------------------------------------------------------------

_QUICK = [
    ("home", "Trang chủ", START_PATH, []),
    ("gt", "Giới thiệu", PAGES + "GioiThieu.aspx", [("cc", "Cơ cấu tổ chức", PAGES + "CoCauToChuc.aspx")]),
    ("tin", "Tin tức", PAGES + "TinTuc.aspx?Cat=1", [
        ("cat1", CATS[1], PAGES + "TinTuc.aspx?Cat=1"),
        ("cat2", CATS[2], PAGES + "TinTuc.aspx?Cat=2"),
        ("cat3", CATS[3], PAGES + "TinTuc.aspx?Cat=3"),
        ("all", "Tất cả tin bài", LIST_VIEW),
    ]),
    ("vb", "Văn bản", SITE + "/VanBan/Forms/AllItems.aspx", []),
    ("anh", "Thư viện ảnh", PAGES + "ThuVienAnh.aspx", []),
    ("lh", "Liên hệ", PAGES + "LienHe.aspx", []),
]


def _menu_link(level: str, label: str, href: str, selected: bool, children: bool = False) -> str:
    css = f"{level} {'dynamic-children ' if children else ''}{'selected ' if selected else ''}menu-item ms-core-listMenu-item ms-displayInline {'ms-core-listMenu-selected ' if selected else ''}ms-navedit-linkNode"
    hidden = '<span class="ms-hidden">Hiện được chọn</span>' if selected else ""
    popup = ' aria-haspopup="true"' if children else ""
    return (
        f'<a class="{css}" tabindex="0" href="{esc(href)}"><span{popup} class="additional-background '
        f'ms-navedit-flyoutArrow{" dynamic-children" if children else ""}"><span class="menu-item-text">{esc(label)}</span>'
        f"{hidden}</span></a>"
    )


def top_nav(selected: str) -> str:
    items = []
    for key, label, href, kids in _QUICK:
        sel = selected == key or any(selected == k for k, _, _ in kids)
        if kids:
            sub = "".join(
                f'<li class="dynamic">{_menu_link("dynamic", klabel, khref, selected == k)}</li>' for k, klabel, khref in kids
            )
            items.append(
                f'<li class="static dynamic-children">{_menu_link("static", label, href, sel, True)}'
                f'<ul class="dynamic">{sub}</ul></li>'
            )
        else:
            items.append(f'<li class="static">{_menu_link("static", label, href, sel)}</li>')
    return (
        '<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">'
        '<a name="startNavigation"></a><div id="zz1_TopNavigationMenu" class=" noindex ms-core-listMenu-horizontalBox">'
        f'<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">{"".join(items)}</ul></div></div>'
    )


def quick_launch(selected: str) -> str:
    items = []
    for key, label, href, kids in _QUICK:
        sub = ""
        if kids:
            sub = '<ul class="static">' + "".join(
                f'<li class="static">{_menu_link("static", klabel, khref, selected == k)}</li>' for k, klabel, khref in kids
            ) + "</ul>"
        items.append(f'<li class="static">{_menu_link("static", label, href, selected == key)}{sub}</li>')
    return (
        '<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">'
        '<div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation">'
        '<div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager">'
        '<div id="zz3_V4QuickLaunchMenu" class=" noindex ms-core-listMenu-verticalBox">'
        f'<ul id="zz4_RootAspMenu" class="root ms-core-listMenu-root static">{"".join(items)}</ul>'
        "</div></div></div></div>"
    )


def breadcrumb(crumbs: list[tuple[str, str | None]]) -> str:
    parts = []
    for n, (label, href) in enumerate(crumbs):
        if n:
            parts.append("<span> &gt; </span>")
        if href:
            parts.append(f'<span><a title="{esc(label)}" class="ms-sitemapdirectional" href="{esc(href)}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="ms-sitemapdirectional">{esc(label)}</span>')
    return (
        '<div class="pgd-duongdan ms-dialogHidden"><span class="ms-hidden">Bạn đang ở: </span>'
        f'<span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap">{"".join(parts)}</span></div>'
    )


def _cq_item(story: Story, *, thumb: bool = True, desc: bool = True) -> str:
    href = esc(article_path(story))
    dt = story.opts["dt"]
    day = f'<span class="cq-ngay">{vi_date(dt)}</span>' if dt else ""
    image = ""
    if thumb:
        pics = story.images
        src = pics[0].src.split("?", 1)[0] + "?RenditionID=2" if pics else SITE + "/SiteAssets/no-image.png"
        image = (
            f'<div class="image-area-left"><a href="{href}" target=""><img class="image" src="{esc(src)}" '
            f'alt="{esc(story.title)}" /></a></div>'
        )
    description = ""
    if desc:
        first = story.summary or story.paragraphs[0]
        cut = first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "..."
        description = f'<div class="description">{esc(cut)}</div>'
    return (
        f'<li class="dfwp-item"><div class="item link-item">{image}<div class="link-item">'
        f'<a href="{href}" title="{esc(story.title)}">{esc(story.title)}</a>{day}{description}</div></div></li>'
    )


def cqwp(wpq: int, title: str, stories: list[Story], more: str | None, **kw) -> str:
    items = "".join(_cq_item(s, **kw) for s in stories)
    footer = f'<div class="cqfooter"><a href="{esc(more)}" class="cq-xemthem">Xem thêm</a></div>' if more else ""
    return (
        f'<div id="MSOZoneCell_WebPartWPQ{wpq}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical '
        'ms-fullWidth "><div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">'
        f'<div class="ms-webpart-chrome-title" id="WebPartTitleWPQ{wpq}"><span title="{esc(title)}" '
        f'id="WebPartCaptionWPQ{wpq}" class="js-webpart-titleCell"><h2 style="text-align:justify;" '
        f'class="ms-webpart-titleText"><nobr><span>{esc(title)}</span></nobr></h2></span></div>'
        f'<div WebPartID="{_guid(title)}" HasPers="false" id="WebPartWPQ{wpq}" width="100%" '
        'class="ms-WPBody noindex " allowDelete="false" style="">'
        f'<div id="cbqwpctl00_ctl{40 + wpq}_g_{wpq:02d}" class="cbq-layout-main"><ul class="dfwp-column dfwp-list" '
        f'style="width:100%">{items}</ul></div>{footer}</div></div></div>'
    )


def sidebar() -> str:
    notices = [s for s in ORDERED if s.cat == CATS[3]][:3]
    most_read = [BY_ID[i] for i in (1, 5, 6)]
    docs = "".join(
        f'<li><a href="{SITE}/VanBan/{f}" target="_blank">{esc(num + ": " if num else "")}{esc(summary)}</a></li>'
        for f, (num, summary, _) in list(DOCS.items())[:3]
    )
    return (
        '<div class="pgd-cotphai ms-webpart-zone ms-fullWidth" id="zoneRight">'
        + cqwp(11, "Thông báo", notices, PAGES + "TinTuc.aspx?Cat=3", thumb=False, desc=False)
        + cqwp(12, "Tin đọc nhiều", most_read, None, thumb=False, desc=False)
        + '<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>Văn bản mới</span></h2>'
        f'<ul class="vb-moi">{docs}</ul></div>'
        '<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>Liên kết website</span></h2>'
        '<select onchange="if(this.value) window.open(this.value);" class="lienket-select">'
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://thuathienhue.edu.vn">Sở GD&amp;ĐT Thừa Thiên Huế</option>'
        '<option value="https://huongthuy.thuathienhue.gov.vn">UBND thị xã Hương Thủy</option></select></div>'
        '<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>Thăm dò ý kiến</span></h2>'
        '<div class="binhchon"><p>Bạn đánh giá thế nào về giao diện mới của trang thông tin?</p>'
        '<label><input type="radio" name="bc" value="1" /> Đẹp, dễ sử dụng</label><br/>'
        '<label><input type="radio" name="bc" value="2" /> Bình thường</label><br/>'
        '<label><input type="radio" name="bc" value="3" /> Khó tìm thông tin</label><br/>'
        '<input type="button" value="Biểu quyết" onclick="PGD_BinhChon(); return false;" /> '
        '<input type="button" value="Xem kết quả" onclick="PGD_KetQua(); return false;" /></div></div>'
        '<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>Thống kê truy cập</span></h2>'
        '<ul class="thongke"><li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.032</b></li>'
        "<li>Tổng truy cập: <b>2.186.453</b></li></ul></div></div>"
    )


def _ribbon() -> str:
    return (
        '<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="height:35px">'
        '<div id="globalNavBox" class="noindex"><div id="ribbonBox"><div id="s4-ribboncont">'
        "<div class='ms-cui-ribbonTopBars'><div class='ms-cui-topBar1'></div><div class='ms-cui-topBar2'>"
        "<div id='RibbonContainer-TabRowLeft' class='ms-cui-TabRowLeft ms-core-defaultFont ms-dialogHidden'>"
        "</div></div></div><div id='Ribbon' class='ms-cui-ribbon' role='toolbar' aria-label='Dải băng'>"
        "<ul class='ms-cui-tts'><li class='ms-cui-tt ms-browseTab ms-cui-tt-s' id='Ribbon.Read-title'>"
        "<a class='ms-cui-tt-a' href='javascript:;' title='Duyệt'><span class='ms-cui-tt-span'>Duyệt</span></a></li>"
        "<li class='ms-cui-tt' id='Ribbon.WebPartPage-title'><a class='ms-cui-tt-a' href='javascript:;' "
        "title='Trang'><span class='ms-cui-tt-span'>Trang</span></a></li></ul></div></div></div></div>"
        '<div id="DeltaSPWebPartManager"></div>'
        '<div class="ms-core-deltaSuiteBarRight" id="DeltaSuiteBarRight"><div id="welcomeMenuBox">'
        f'<a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="{SITE}/_layouts/15/Authenticate.aspx'
        '?Source=%2Fsites%2Fpgddt%2FPages%2Fdefault%2Easpx" style="display:inline;">Đăng nhập</a></div></div>'
        "</div></div></div>"
    )


def master(
    request: Request,
    *,
    title: str,
    main: str,
    selected: str,
    crumbs: list[tuple[str, str | None]],
    page_path: str,
    canonical: str | None = None,
    meta_desc: str | None = None,
    item_id: int = 0,
) -> str:
    head_extra = ""
    if canonical:
        head_extra += f'<link rel="canonical" href="{esc(base_url(request) + canonical)}" />'
    if meta_desc:
        head_extra += f'<meta name="description" content="{esc(meta_desc)}" />'
    js_path = page_path.replace("/", "\\u002f")
    viewstate = opaque("vs" + page_path, 900, b"\xff\x01")
    digest = opaque("digest" + page_path, 48).replace("=", "")
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" /><meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>
\t{esc(title)}
</title><link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" /><link id="CssLink-1" rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2KUo%2F%2BnZ1%2B%2Bs8LdyEF3NDQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/HuongThuy/pgd-2013.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=RJ9%2BNhV2HZ9P2BZ0JZ1nVw%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d=R8GVDM0D6cjIGx&amp;t=6119e399"></script>
{head_extra}
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();"><div id="imgPrefetch" style="display:none">
<img src="/_layouts/15/images/spcommon.png?rev=23" />
<img src="/_layouts/15/images/spcommon.png?rev=23" />
</div>
<form method="post" action="./{esc(page_path.rsplit('/', 1)[-1])}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{digest[:40].upper()},05 Dec 2026 02:11:43 -0000" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var g_presenceEnabled = true;
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002fsites\\u002fpgddt", webAbsoluteUrl: "{base_url(request)}\\u002fsites\\u002fpgddt", siteServerRelativeUrl: "\\u002f", serverRequestPath: "{js_path}", layoutsUrl: "_layouts\\u002f15", webTitle: "Ph\\u00F2ng Gi\\u00E1o d\\u1EE5c v\\u00E0 \\u0110\\u00E0o t\\u1EA1o", webTemplate: "39", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "en-US", pageListId: "{PAGES_LIST_GUID.lower()}", pageItemId: {item_id}, userId: 0, alertsEnabled: false}};
//]]>
</script>
{_ribbon()}
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div id="pgd-banner" class="ms-dialogHidden">
<div class="banner-trai"><a id="ctl00_onetidProjectPropertyTitleGraphic" href="{SITE}"><img id="ctl00_onetidHeadbnnr2" class="ms-siteicon-img" src="{SITE}/SiteAssets/logo-pgd.png" alt="Phòng Giáo dục và Đào tạo thị xã Hương Thủy" /></a></div>
<div class="banner-chu"><div class="dong1">UBND THỊ XÃ HƯƠNG THỦY</div><div class="dong2">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</div></div>
<div class="banner-phai"><span class="ngay-hom-nay">{TODAY_LINE}</span>
<div id="SearchBox" class="ms-mpSearchBox ms-floatRight"><div class="ms-srch-sb ms-srch-sb-border" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sboxdiv"><input type="text" value="" maxlength="2048" accessKey="S" title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" autocorrect="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText" /><a title="Tìm kiếm" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" onclick="Srch.U.goToSearchPage(); return false;" href="javascript: {{}}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="Tìm kiếm" /></a></div></div>
</div></div>
<div id="pgd-menungang" class="ms-dialogHidden">{top_nav(selected)}</div>
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">
{breadcrumb(crumbs)}
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">
\t\t{esc(title)}
\t</span></h1>
</div>
<div id="contentRow">
{quick_launch(selected)}
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="notificationArea" class="ms-notif-box"></div>
<div id="DeltaPageStatusBar"><div id="pageStatusBar"></div></div>
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
{main}
</div>
</div>
{sidebar()}
</div>
<div id="pgd-footer" class="ms-dialogHidden">
<div class="footer-ten">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ HƯƠNG THỦY</div>
<div>Địa chỉ: 1254 Nguyễn Tất Thành, phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế</div>
<div>Điện thoại: 0234.3861.247 - Fax: 0234.3861.550 - Email: pgddt.huongthuy@thuathienhue.gov.vn</div>
<div>Chịu trách nhiệm chính: Ông Hồ Đắc Minh - Trưởng phòng. Ghi rõ nguồn "Phòng GD&amp;ĐT Hương Thủy" khi phát hành lại thông tin từ website này.</div>
<div>© 2026 <a href="/">Cổng thông tin điện tử thị xã Hương Thủy</a> - Phát triển trên nền Microsoft SharePoint Server 2013</div>
</div>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
ExecuteOrDelayUntilScriptLoaded(function() {{ SP.SOD.executeFunc('sp.js', 'SP.ClientContext', null); }}, 'init.js');
//]]>
</script>
</form>
</body>
</html>"""


def _crumbs(*tail: tuple[str, str | None]) -> list[tuple[str, str | None]]:
    return [("Cổng TTĐT thị xã Hương Thủy", "/Pages/default.aspx"), ("Phòng GD&ĐT", START_PATH), *tail]


# --- pages ---------------------------------------------------------------------------------------


def _field(fid: str, label: str, inner: str, kind: str = "RichHtmlField") -> str:
    return (
        f'<div id="ctl00_PlaceHolderMain_{fid}_label" style=\'display:none\'>{esc(label)}</div>'
        f'<div id="ctl00_PlaceHolderMain_{fid}__ControlWrapper_{kind}" class="ms-rtestate-field" style="display:inline" '
        f'aria-labelledby="ctl00_PlaceHolderMain_{fid}_label">{inner}</div>'
    )


def _people(uid: int) -> str:
    return (
        '<span class="ms-noWrap ms-imnSpan"><a href="#" onclick="IMNImageOnClick(event);return false;" '
        'class="ms-imnlink ms-spimn-presenceLink"><span class="ms-spimn-presenceWrapper ms-imnImg '
        'ms-spimn-imgSize-10x10"><img name="imnmark" title="" showofflinepawn="1" class="ms-spimn-img '
        'ms-spimn-presence-disconnected-10x10x32" src="/_layouts/15/images/spimn.png?rev=23" '
        f'alt="Không có thông tin hiện diện" sip="" id="imn_{uid},type=sip" /></span></a><span>'
        f'<a href="{SITE}/_layouts/15/userdisp.aspx?ID={uid}" class="ms-subtleLink" '
        f'onclick="GoToLinkOrDialogNewWindow(this);return false;">{esc(USERS[uid])}</a></span></span>'
    )


def _page_image(story: Story) -> str:
    field = next((b for b in story.blocks if isinstance(b, Img) and b.style == "field"), None)
    if field is None:
        img_html, cap_html = "", ""
    else:
        img_html = f'<div class="ms-rtestate-field"><img alt="" src="{esc(field.src)}" style="BORDER:0px solid;" /></div>'
        cap_html = _t(story, field.printed or "")
    return (
        '<div class="captioned-image"><div class="image">'
        + _field("ImageField", "Hình ảnh trang", img_html, "RichImageField")
        + '</div><div class="caption">'
        + _field("ImageCaption", "Chú thích hình ảnh", cap_html)
        + "</div></div>"
    )


def _summary_links(story: Story) -> str:
    files = story.opts.get("links") or []
    if not files:
        return ""
    items = "".join(
        f'<li class="dfwp-item"><div class="link-item"><a href="{SITE}/VanBan/{f}" title="" target="_blank">'
        f"Tải về: {esc((DOCS[f][0] + ' - ') if DOCS[f][0] else '')}{esc(DOCS[f][1])}</a>"
        '<div class="description">Tệp PDF</div></div></li>'
        for f in files
    )
    return (
        '<div id="ctl00_PlaceHolderMain_SummaryLinkFieldControl1__ControlWrapper_SummaryLinkFieldControl" '
        'style="display:inline"><div id="slwp_ctl00_PlaceHolderMain_SummaryLinkFieldControl1_ctl00" '
        f'class="slm-layout-main groupmarker"><ul class="dfwp-column dfwp-list" style="width:100%">{items}</ul>'
        "</div></div>"
    )


def article_page(request: Request, story: Story) -> Response:
    path = article_path(story)
    cid = CAT_ID[story.cat]
    header = '<div class="tin-dauvao">'
    if story.summary and story.sapo_outside:
        header += _field("TomTat", "Tóm tắt", f"<b>{_t(story, story.summary)}</b>").replace(
            'class="ms-rtestate-field"', 'class="ms-rtestate-field tin-tomtat"', 1
        )
    line = date_line(story)
    header += f'<div class="ngaydang-tin">{esc(line)}</div>' if line else '<div class="ngaydang-tin"></div>'
    header += f'<div class="butdanh-tin">{esc(story.opts["byline"])}</div></div>'
    body = '<div class="article-content">' + _field("PageContent", "Nội dung trang", content_html(story)) + "</div>"
    if story.opts["layout"] == "left":
        article = f'<div class="article article-left pgd-chitiet">{_page_image(story)}{header}{body}'
    else:
        article = (
            f'<div class="article article-right pgd-chitiet">{header}<div class="pgd-anh-phai" style="float:right">'
            f"{_page_image(story)}</div>{body}"
        )
    article += _summary_links(story)
    article += (
        f'<div class="ms-descriptiontext pgd-thongtin">Chuyên mục: <a href="{PAGES}TinTuc.aspx?Cat={cid}">'
        f"{esc(story.cat)}</a> | Người đăng: {_people(story.opts['poster'])} | Sửa đổi lần cuối: "
        f"{esc(story.opts['modified'])} | Lượt xem: {story.views()}</div>"
        '<div class="pgd-congcu"><a href="javascript:window.print();">In bài</a> | '
        f'<a href="mailto:?subject={quote(story.title)}&amp;body={quote(base_url(request) + path)}">Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + path)}" target="_blank">'
        "Chia sẻ Facebook</a> | <a href=\"javascript:history.back();\">Quay lại</a></div></div>"
    )
    others = [s for s in ORDERED if s.cat == story.cat][:4]
    zone = '<div class="ms-webpart-zone ms-fullWidth">' + cqwp(3, "Tin khác", others, None, thumb=False, desc=False) + "</div>"
    page = master(
        request,
        title=story.title,
        main=article + zone,
        selected=f"cat{cid}",
        crumbs=_crumbs(("Trang", PAGES + "Forms/AllItems.aspx"), (story.title, None)),
        page_path=path,
        canonical=path,
        meta_desc=story.opts.get("meta"),
        item_id=story.id,
    )
    return html(page)


def home_page(request: Request) -> Response:
    lead = ORDERED[0]
    pic = lead.images[0].src.split("?", 1)[0] + "?RenditionID=4"
    first = lead.summary or lead.paragraphs[0]
    hero = (
        '<div class="pgd-tieudiem"><h2 class="ms-webpart-titleText"><span>Tiêu điểm</span></h2>'
        f'<a href="{esc(article_path(lead))}"><img src="{esc(pic)}" alt="" /></a>'
        f'<h3><a href="{esc(article_path(lead))}">{esc(lead.title)}</a></h3><p>{esc(first)}</p></div>'
    )
    chuyenmon = [s for s in ORDERED if s.cat == CATS[2]][:3]
    main = (
        '<div class="ms-webpart-zone ms-fullWidth" id="zoneTop">'
        + hero
        + cqwp(4, "Tin mới", ORDERED[:6], LIST_VIEW)
        + cqwp(5, "Hoạt động chuyên môn", chuyenmon, PAGES + "TinTuc.aspx?Cat=2")
        + "</div>"
    )
    page = master(
        request,
        title="Trang chủ",
        main=main,
        selected="home",
        crumbs=_crumbs(("Trang", PAGES + "Forms/AllItems.aspx"), ("Trang chủ", None)),
        page_path=START_PATH,
        item_id=1,
    )
    return html(page)


CAT_PAGE_SIZE = 4


def category_page(request: Request) -> Response | None:
    params = {k.lower(): v for k, v in request.params.items()}
    try:
        cid = int(params.get("cat", "1") or "1")
        first = max(1, int(params.get("pagefirstrow", "1") or "1"))
    except ValueError:
        return None
    if cid not in CATS:
        return None
    items = [s for s in ORDERED if s.cat == CATS[cid]]
    rows = items[first - 1 : first - 1 + CAT_PAGE_SIZE]
    base = f"{PAGES}TinTuc.aspx?Cat={cid}"
    lis = []
    for s in rows:
        dt = s.opts["dt"]
        pics = s.images
        thumb = pics[0].src.split("?", 1)[0] + "?RenditionID=2" if pics else SITE + "/SiteAssets/no-image.png"
        first_par = s.summary or s.paragraphs[0]
        cut = first_par if len(first_par) <= 180 else first_par[:180].rsplit(" ", 1)[0] + "..."
        lis.append(
            f'<div class="dstin-muc"><a class="dstin-anh" href="{esc(article_path(s))}"><img src="{esc(thumb)}" '
            f'alt="" /></a><h3 class="dstin-tieude"><a href="{esc(article_path(s))}">{esc(s.title)}</a></h3>'
            + (f'<span class="dstin-ngay">({vi_date(dt)})</span>' if dt else "")
            + f'<div class="dstin-mota">{esc(cut)}</div></div>'
        )
    if not rows:
        lis.append('<div class="ms-vb">Không có tin bài nào trong chuyên mục này.</div>')
    pager = []
    npages = (len(items) + CAT_PAGE_SIZE - 1) // CAT_PAGE_SIZE
    current = (first - 1) // CAT_PAGE_SIZE + 1
    if first > 1 and rows:
        head = rows[0]
        prev = (
            f"{base}&Paged=TRUE&PagedPrev=TRUE&p_ArticleStartDate={_bookmark(head)}&p_ID={head.id}"
            f"&PageFirstRow={max(1, first - CAT_PAGE_SIZE)}"
        )
        pager.append(f'<a href="{esc(prev)}" class="trang-truoc">‹ Trang trước</a>')
    nxt = None
    if first - 1 + CAT_PAGE_SIZE < len(items) and rows:
        tail = rows[-1]
        nxt = (
            f"{base}&Paged=TRUE&p_ArticleStartDate={_bookmark(tail)}&p_ID={tail.id}"
            f"&PageFirstRow={first + CAT_PAGE_SIZE}"
        )
    for n in range(1, npages + 1):
        if n == current:
            pager.append(f'<span class="trang-hientai">{n}</span>')
        elif n == 1:
            pager.append(f'<a href="{esc(base)}">1</a>')
        elif n == current + 1 and nxt:
            pager.append(f'<a href="{esc(nxt)}">{n}</a>')
    if nxt:
        pager.append(f'<a href="{esc(nxt)}" class="trang-sau">Trang sau ›</a>')
    main = (
        '<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth">'
        f'<div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><nobr><span>{esc(CATS[cid])}</span>'
        '</nobr></h2></div><div class="ms-WPBody noindex" id="WebPartWPQ2">'
        f'<div class="dstin">{"".join(lis)}</div>'
        f'<div class="ms-paging dstin-phantrang">Trang: {" ".join(pager)}</div></div></div></div>'
    )
    page = master(
        request,
        title="Tin tức",
        main=main,
        selected=f"cat{cid}",
        crumbs=_crumbs(("Trang", PAGES + "Forms/AllItems.aspx"), ("Tin tức", None)),
        page_path=PAGES + "TinTuc.aspx",
        item_id=2,
    )
    return html(page)


LIST_PAGE_SIZE = 10
FOLDER = "Lưu trữ 2025"
FOLDER_URL = (
    f"{LIST_VIEW}?RootFolder=%2Fsites%2Fpgddt%2FLists%2FTinTuc%2FLuu%20tru%202025"
    f"&FolderCTID=0x01200039D2B5F8A41C4E4B8E0E5A73F2DAB1A7&View={quote(VIEW_GUID)}"
)


def _js_url(url: str) -> str:
    return url.replace("/", "\\u002f").replace("&", "\\u0026")


def list_view(request: Request) -> Response:
    params = {k.lower(): v for k, v in request.params.items()}
    head = (
        '<table summary="Tin tức" cellpadding="1" cellspacing="0" class="ms-listviewtable" '
        'id="onetidDoclibViewTbl0" dir="none"><thead id="js-listviewthead-WPQ2"><tr class="ms-viewheadertr ms-vhltr" '
        'valign="top">'
        + "".join(
            f'<th class="ms-vh2" scope="col"><div class="ms-vh-div" DisplayName="{esc(n)}"><a '
            'class="ms-headerSortTitleLink" onclick="javascript:return OnClickFilter(this,event);" '
            f'href="javascript:" title="Sắp xếp theo {esc(n)}">{esc(n)}</a></div></th>'
            for n in ("Tiêu đề", "Chuyên mục", "Ngày đăng")
        )
        + "</tr></thead><tbody>"
    )
    if params.get("rootfolder"):
        body = (
            head + '<tr><td colspan="3" class="ms-vb">Không có mục nào để hiển thị trong dạng xem này của danh sách '
            '"Tin tức".</td></tr></tbody></table>'
        )
        crumbs = _crumbs(("Tin tức", LIST_VIEW), (FOLDER, None))
    else:
        try:
            first = max(1, int(params.get("pagefirstrow", "1") or "1"))
        except ValueError:
            first = 1
        rows_all: list[Story | None] = [None, *ORDERED]
        rows = rows_all[first - 1 : first - 1 + LIST_PAGE_SIZE]
        trs = []
        for n, s in enumerate(rows):
            alt = ' class="ms-alternating"' if n % 2 else ""
            if s is None:
                trs.append(
                    f'<tr{alt}><td class="ms-cellstyle ms-vb-title"><img src="/_layouts/15/images/folder.gif?rev=23" '
                    f'alt="Thư mục" /> <a class="ms-listlink" onfocus="OnLink(this)" href="{esc(FOLDER_URL)}" '
                    'onmousedown="javascript:VerifyFolderHref(this,event,\'1\',\'SharePoint.OpenDocuments\',\'\',\'\',\'\');" '
                    f'onclick="return HandleFolder(this,event,\'\',\'TRUE\',\'FALSE\');">{esc(FOLDER)}</a></td>'
                    '<td class="ms-cellstyle ms-vb2"></td><td class="ms-cellstyle ms-vb2"></td></tr>'
                )
                continue
            cid = CAT_ID[s.cat]
            trs.append(
                f'<tr{alt}><td class="ms-cellstyle ms-vb2"><a href="{esc(article_path(s))}">{esc(s.title)}</a></td>'
                f'<td class="ms-cellstyle ms-vb2"><a href="{PAGES}TinTuc.aspx?Cat={cid}">{esc(s.cat)}</a></td>'
                f'<td class="ms-cellstyle ms-vb2"><nobr>{us_datetime(s.opts["dt"])}</nobr></td></tr>'
            )
        nav = []
        if first > 1 and rows and rows[0] is not None:
            top = rows[0]
            prev = (
                f"{LIST_VIEW}?Paged=TRUE&PagedPrev=TRUE&p_ArticleStartDate={_bookmark(top)}&p_ID={top.id}"
                f"&PageFirstRow={max(1, first - LIST_PAGE_SIZE)}&&View={VIEW_Q}"
            )
            nav.append(
                f"<td><a onclick='javascript:RefreshPageTo(event, \"{esc(_js_url(prev))}\");javascript:return false;' "
                'href="javascript:" class="ms-commandLink ms-promlink-button ms-promlink-button-enabled">'
                '<span class="ms-promlink-button-image"><img src="/_layouts/15/images/spcommon.png?rev=23" '
                'class="ms-promlink-button-left" alt="Trước" /></span></a></td>'
            )
        last_row = min(first - 1 + LIST_PAGE_SIZE, len(rows_all))
        nav.append(f'<td nowrap="nowrap" class="ms-paging">{first} - {last_row}</td>' if rows else "")
        if first - 1 + LIST_PAGE_SIZE < len(rows_all) and rows and rows[-1] is not None:
            tail = rows[-1]
            nxt = (
                f"{LIST_VIEW}?Paged=TRUE&p_ArticleStartDate={_bookmark(tail)}&p_ID={tail.id}"
                f"&PageFirstRow={first + LIST_PAGE_SIZE}&&View={VIEW_Q}"
            )
            nav.append(
                f"<td><a onclick='javascript:RefreshPageTo(event, \"{esc(_js_url(nxt))}\");javascript:return false;' "
                'href="javascript:" class="ms-commandLink ms-promlink-button ms-promlink-button-enabled">'
                '<span class="ms-promlink-button-image"><img src="/_layouts/15/images/spcommon.png?rev=23" '
                'class="ms-promlink-button-right" alt="Tiếp" /></span></a></td>'
            )
        body = (
            head + "".join(trs) + "</tbody></table>"
            '<table class="ms-bottompaging" id="bottomPagingWPQ2"><tr><td class="ms-vb ms-bottompagingline"></td></tr>'
            f'<tr><td nowrap="nowrap" class="ms-paging ms-vb" id="bottomPagingCellWPQ2"><table><tr>{"".join(nav)}'
            "</tr></table></td></tr></table>"
        )
        crumbs = _crumbs(("Tin tức", None))
    main = (
        '<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain">'
        '<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div WebPartID="9b2b7e11" HasPers="false" '
        f'id="WebPartWPQ2" width="100%" class="ms-WPBody noindex " allowDelete="false">{body}</div></div></div></div>'
    )
    page = master(
        request, title="Tin tức - Tất cả mục", main=main, selected="all", crumbs=crumbs, page_path=LIST_VIEW
    )
    return html(page)


def _static_page(request: Request, path: str, title: str, selected: str, inner: str) -> Response:
    main = (
        '<div class="welcome pgd-trangtinh"><div class="welcome-content">'
        + _field("PageContent", "Nội dung trang", inner)
        + "</div></div>"
    )
    page = master(
        request,
        title=title,
        main=main,
        selected=selected,
        crumbs=_crumbs(("Trang", PAGES + "Forms/AllItems.aspx"), (title, None)),
        page_path=path,
        canonical=path,
    )
    return html(page)


_INTRO = (
    "<p>Phòng Giáo dục và Đào tạo thị xã Hương Thủy là cơ quan chuyên môn thuộc Ủy ban nhân dân thị xã, "
    "tham mưu, giúp Ủy ban nhân dân thị xã thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên "
    "địa bàn.</p><p>Phòng chịu sự chỉ đạo, quản lý về tổ chức, biên chế và hoạt động của Ủy ban nhân dân thị "
    "xã, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo "
    "tỉnh Thừa Thiên Huế.</p><p>Hiện nay, ngành giáo dục thị xã có 57 trường học trực thuộc gồm 20 trường mầm "
    "non, 24 trường tiểu học, 11 trường trung học cơ sở và 2 trường tiểu học và trung học cơ sở với hơn 23.000 "
    "học sinh.</p>"
)
_ORG = (
    '<table class="ms-rteTable-default" width="100%"><tbody><tr class="ms-rteTableHeaderRow-default"><th>Họ và tên'
    "</th><th>Chức vụ</th><th>Điện thoại</th></tr><tr><td>Hồ Đắc Minh</td><td>Trưởng phòng</td><td>0234.3861.247"
    "</td></tr><tr><td>Trần Văn Hiếu</td><td>Phó Trưởng phòng</td><td>0234.3861.248</td></tr><tr><td>Phan Thị "
    "Thanh Hà</td><td>Phó Trưởng phòng</td><td>0234.3861.249</td></tr></tbody></table>"
    "<p>Các bộ phận chuyên môn: Tổ Mầm non, Tổ Tiểu học, Tổ THCS, Tổ Văn phòng - Kế toán.</p>"
)
_CONTACT = (
    "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ HƯƠNG THỦY</strong></p><p>Địa chỉ: 1254 Nguyễn Tất Thành, "
    "phường Phú Bài, thị xã Hương Thủy, tỉnh Thừa Thiên Huế</p><p>Điện thoại: 0234.3861.247 - Fax: "
    "0234.3861.550</p><p>Email: pgddt.huongthuy@thuathienhue.gov.vn</p><p>Giờ làm việc: sáng 7h00 - 11h30, "
    "chiều 13h30 - 17h00 các ngày từ thứ Hai đến thứ Sáu.</p>"
)
_ALBUM = [
    ("hkpd-2026-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng lần thứ X"),
    ("20-11-2026-02.jpg", "Gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam"),
    ("stem-mn-2026-03.jpg", "Chuyên đề STEM cấp học mầm non"),
]


def album_inner() -> str:
    cells = "".join(
        f'<td class="ms-vb pgd-album"><a href="{SITE}/ThuVienAnh/2026/{f}" target="_blank"><img '
        f'src="{SITE}/ThuVienAnh/2026/_t/{f.replace(".jpg", "_jpg.jpg")}" alt="{esc(c)}" /></a>'
        f'<div class="ms-vb2">{esc(c)}</div></td>'
        for f, c in _ALBUM
    )
    return f'<table class="ms-summarystandardbody"><tr>{cells}</tr></table>'


def doclib(request: Request) -> Response:
    rows = "".join(
        '<tr class=" ms-itmHoverEnabled ms-itmhover"><td class="ms-cellstyle ms-vb-icon"><img width="16" height="16" '
        'src="/_layouts/15/images/icpdf.png" alt="pdf" /></td>'
        f'<td class="ms-cellstyle ms-vb-title"><a class="ms-listlink" href="{SITE}/VanBan/{f}">{esc(f[:-4])}</a></td>'
        f'<td class="ms-cellstyle ms-vb2">{esc(num)}</td><td class="ms-cellstyle ms-vb2">{esc(summary)}</td>'
        f'<td class="ms-cellstyle ms-vb2"><nobr>{day}</nobr></td></tr>'
        for f, (num, summary, day) in DOCS.items()
    )
    main = (
        '<table summary="Văn bản" cellpadding="1" cellspacing="0" class="ms-listviewtable" id="onetidDoclibViewTbl0">'
        '<thead><tr class="ms-viewheadertr"><th class="ms-vh-icon">Loại</th><th class="ms-vh2">Tên</th>'
        '<th class="ms-vh2">Số/Ký hiệu</th><th class="ms-vh2">Trích yếu</th><th class="ms-vh2">Ngày ban hành</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )
    page = master(
        request,
        title="Văn bản - Tất cả tài liệu",
        main=main,
        selected="vb",
        crumbs=_crumbs(("Văn bản", None)),
        page_path=SITE + "/VanBan/Forms/AllItems.aspx",
    )
    return html(page)


def parent_home(request: Request) -> Response:
    def link(s: Story) -> str:
        if s.id in LOWER_LINKED:
            return article_path(s).lower()
        if s.id in COPYUTIL_LINKED:
            return copyutil_target(s)
        return article_path(s)

    items = "".join(
        f'<li class="dfwp-item"><div class="link-item"><a href="{esc(link(BY_ID[i]))}">{esc(BY_ID[i].title)}</a>'
        f'<span class="cq-ngay">{vi_date(BY_ID[i].opts["dt"])}</span></div></li>'
        for i in (1, 3, 4)
    )
    body = f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><title>
\tCổng thông tin điện tử thị xã Hương Thủy
</title></head>
<body><form method="post" action="./default.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque('parent', 300)}" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="tx-banner">CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HƯƠNG THỦY <span class="ngay">{TODAY_LINE}</span></div>
<div id="DeltaTopNavigation"><ul class="root ms-core-listMenu-root static">
<li class="static"><a class="static selected menu-item" href="/Pages/default.aspx"><span class="menu-item-text">Trang chủ</span></a></li>
<li class="static"><a class="static menu-item" href="{START_PATH}"><span class="menu-item-text">Phòng GD&amp;ĐT</span></a></li>
<li class="static"><a class="static menu-item" href="https://dichvucong.thuathienhue.gov.vn" target="_blank"><span class="menu-item-text">Dịch vụ công</span></a></li>
</ul></div>
<div id="DeltaPlaceHolderMain"><div class="ms-webpart-zone">
<div class="ms-webpart-chrome"><h2 class="ms-webpart-titleText"><span>Tin giáo dục</span></h2>
<div class="cbq-layout-main"><ul class="dfwp-column dfwp-list">{items}</ul></div>
<div class="cqfooter"><a href="{START_PATH}">Xem thêm</a></div></div>
</div></div>
<div class="tx-footer">UBND thị xã Hương Thủy - 1254 Nguyễn Tất Thành, phường Phú Bài, thị xã Hương Thủy</div>
</div></div></form></body></html>"""
    return html(body)


def _unauthorized() -> Response:
    body = (
        '<!DOCTYPE html><html lang="vi-VN"><head><title>Lỗi</title></head><body><div id="ms-error">'
        "<h1>401 UNAUTHORIZED</h1><p>Bạn không có quyền truy cập trang này. Vui lòng đăng nhập.</p>"
        "<p>Tương quan: 4c1e7e9d-0f5a-2051-8d3b-9a1e6f2c7b40</p></div></body></html>"
    )
    return html(body, status=401, headers={"WWW-Authenticate": "NTLM", "SPRequestGuid": "4c1e7e9d-0f5a-2051-8d3b-9a1e6f2c7b40"})


class PgdSite:
    """The SharePoint farm as seen by an anonymous visitor (IIS: paths are case-insensitive)."""

    def __init__(self) -> None:
        self.articles = {article_path(s).lower(): s for s in STORIES}
        self.static_pages = {
            (PAGES + "GioiThieu.aspx").lower(): ("Giới thiệu chung", "gt", _INTRO),
            (PAGES + "CoCauToChuc.aspx").lower(): ("Cơ cấu tổ chức", "cc", _ORG),
            (PAGES + "LienHe.aspx").lower(): ("Liên hệ", "lh", _CONTACT),
            (PAGES + "ThuVienAnh.aspx").lower(): ("Thư viện ảnh", "anh", album_inner()),
        }
        self.canon = {
            (PAGES + "GioiThieu.aspx").lower(): PAGES + "GioiThieu.aspx",
            (PAGES + "CoCauToChuc.aspx").lower(): PAGES + "CoCauToChuc.aspx",
            (PAGES + "LienHe.aspx").lower(): PAGES + "LienHe.aspx",
            (PAGES + "ThuVienAnh.aspx").lower(): PAGES + "ThuVienAnh.aspx",
        }

    def respond(self, request: Request) -> Response | None:
        low = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if low in ("/", "/default.aspx"):
            return redirect("/Pages/default.aspx")
        if low == "/pages/default.aspx":
            return parent_home(request)
        if low in (SITE, SITE + "/", SITE + "/default.aspx"):
            return redirect(START_PATH)
        if low == START_PATH.lower():
            return home_page(request)
        if low in self.articles:
            return article_page(request, self.articles[low])
        if low == (PAGES + "TinTuc.aspx").lower():
            return category_page(request)
        if low == LIST_VIEW.lower():
            return list_view(request)
        if low in self.static_pages:
            title, selected, inner = self.static_pages[low]
            return _static_page(request, self.canon[low], title, selected, inner)
        if low == (SITE + "/VanBan/Forms/AllItems.aspx").lower():
            return doclib(request)
        if low.startswith(SITE + "/vanban/"):
            name = next((f for f in DOCS if f.lower() == low.rsplit("/", 1)[-1]), None)
            if name is None:
                return None
            return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": f"inline; filename={name}"})
        if low == (PAGES + "Forms/AllItems.aspx").lower():
            return redirect(SITE + "/_layouts/15/Authenticate.aspx?Source=%2Fsites%2Fpgddt%2FPages%2FForms%2FAllItems%2Easpx")
        if low == SITE + "/_layouts/15/authenticate.aspx":
            return _unauthorized()
        if low == SITE + "/_layouts/15/userdisp.aspx":
            return _unauthorized() if params.get("id", "").isdigit() else None
        if low == "/_layouts/15/copyutil.aspx":
            item = params.get("itemid", "")
            story = BY_ID.get(int(item)) if item.isdigit() else None
            if story is None or params.get("use", "").lower() != "id":
                return None
            return redirect(article_path(story))
        if low.endswith(".mp4"):
            return Response(200, b"\x00\x00\x00\x18ftypmp42", {"Content-Type": "video/mp4"})
        return static_file(request.path)


def build_site() -> PgdSite:
    return PgdSite()


def _alt_paths(story: Story) -> list[str]:
    alts = []
    if story.id in LOWER_LINKED:
        alts.append(article_path(story).lower())
    if story.id in COPYUTIL_LINKED:
        alts.append(copyutil_target(story))
    return alts


GOLD = [
    gold_record(story, article_path(story), story.cat, canonical_path=article_path(story), alt_paths=_alt_paths(story))
    for story in STORIES
]

NON_ARTICLES = [
    PAGES + "GioiThieu.aspx",
    PAGES + "CoCauToChuc.aspx",
    PAGES + "LienHe.aspx",
    PAGES + "ThuVienAnh.aspx",
    SITE + "/VanBan/Forms/AllItems.aspx",
]

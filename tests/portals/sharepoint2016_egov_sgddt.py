"""Sở GD&ĐT tỉnh Quảng Trị on a provincial e-government portal product built on SharePoint Server
2016 (publishing site, custom master page "QuangTri.master" with the province's banner, the ribbon
hidden, web parts in zones: MSOZoneCell_WebPartWPQn / ms-webpart-chrome everywhere).

Written blind (from the spec only: platform, institution, URL scheme).

URL scheme
----------
- ``/`` -> 302 ``/Pages/Home.aspx`` (the start URL).
- ``/Pages/Home.aspx``: "Tin nổi bật" rotator (links to the list's display form), "Tin tức - Sự
  kiện" content query web part (5 newest, canonical links), "Văn bản mới", "Thông báo", and in
  the right zone "Đọc nhiều nhất" (a vendor web part printing lower-case ``/pages/Chi-tiet-tin.aspx
  ?itemid=N`` links), a "Liên kết website" dropdown, poll and visitor counter.
- ``/Pages/tin-tuc.aspx?CategoryId=<c>[&Page=<n>]``: a custom list view web part, 3 items a page,
  pager "Trang đầu « 1 2 » Trang cuối": the numbers and Trang đầu/Trang cuối are ``?Page=<n>``
  links, « and » are SharePoint's own ``Paged=TRUE&p_ID=<id>&PageFirstRow=<row>`` (and
  ``PagedPrev=TRUE``) links. Items link ``chi-tiet-tin.aspx?ItemID=<id>&CategoryId=<c>``.
- ``/Pages/chi-tiet-tin.aspx?ItemID=<id>``: one Pages-library page that renders every news item
  (title, "Ngày đăng: dd/MM/yyyy hh:mm SA|CH", "Cập nhật", summary, PublishingPageContent,
  "Tác giả", "Nguồn", "Người đăng", tools, "Các tin khác"). Path and parameter names are
  case-insensitive (IIS/SharePoint). Without ItemID it answers 200 with an empty "Chi tiết tin".
- ``/Lists/TinTuc/DispForm.aspx?ID=<id>&Source=%2FLists%2FTinTuc%2FAllItems%2Easpx``: the same
  item in the list's display form (ms-formtable, en-US regional settings, ExternalClass div).
- ``/Pages/thong-bao.aspx``: notices; ``/Pages/van-ban.aspx`` and ``/Pages/van-ban.aspx?ItemID=<n>``:
  documents (with a PDF under ``/VanBan/2026/``); ``/Pages/gioi-thieu.aspx``, ``/Pages/lien-he.aspx``.
- Images under ``/PublishingImages/…`` (image renditions ``?RenditionID=n``), theme files under
  ``/_layouts/15/…`` and ``/Style Library/…``.

Categories and how each gold article is reached
-----------------------------------------------
- CategoryId=1 "Tin hoạt động ngành": 438, 435, 431 (page 1), 427, 419, 414 (page 2).
  419 and 414 are reachable ONLY from page 2 of the listing (``?Page=2`` or the »
  ``Paged=TRUE`` link); 427 also from the "Các tin khác" box of the page-1 articles.
- CategoryId=2 "Hoạt động chuyên môn": 437, 433, 424 (page 1), 416 (page 2; also in "Các tin khác").
- CategoryId=3 "Thi đua - Khen thưởng": 436, 421 (one page, no pager).
- Gold ``path``: the ItemID-only URL, except for 419 and 414, whose only link is the page-2
  listing's ``…?ItemID=<id>&CategoryId=1``: that is their gold path, the ItemID-only URL (served,
  never linked) their ``canonical_path``.
- "Thông báo" (/Pages/thong-bao.aspx and the home page's "Thông báo" web part): 439, an official
  notice; its breadcrumb files it under "Thông báo".
- Home: CQWP -> 438, 437, 435, 433, 431 (canonical); rotator -> DispForm of 438, 436, 433;
  "Đọc nhiều nhất" -> lower-case variants of 436, 421, 424, 435.

Traps (each with the gold it implies)
-------------------------------------
1. Generic page title (kind: titles). Every article is rendered by the one layout page
   "Chi tiết tin": ``<title>`` is "Chi tiết tin - Sở GD&ĐT Quảng Trị", the master's
   ``<h1 id="pageTitle">`` prints "Chi tiết tin", the breadcrumb's last crumb is "Chi tiết tin".
   The headline is only the web part's ``<h2 class="tieuDeCT">``. Gold ``title`` = that headline.
2. A canonical link that lies (kind: metadata). SharePoint publishing prints
   ``<link rel="canonical">`` with the query string dropped, so all 13 articles claim
   ``/Pages/chi-tiet-tin.aspx``, which answers 200 with an empty page (a NON_ARTICLE; the
   breadcrumb links it too). Gold ``canonical_path`` = ``/Pages/chi-tiet-tin.aspx?ItemID=<id>``.
3. Zero-width spaces (kind: invisible characters). SharePoint's rich text editor leaves U+200B
   after headlines and at paragraph ends, and ``<p>&#8203;</p>`` spacer paragraphs. Gold: no
   U+200B anywhere (title, body, summary), spacer paragraphs are no paragraphs.
4. 12-hour times with Vietnamese designators (kind: dates). "Ngày đăng: 04/12/2026 03:45 CH" is
   15:45; "12:15 CH" is 12:15 (noon hour), "12:00 CH" is noon (a real time, 12:00), "12:00 SA" is
   midnight (day alone). "Cập nhật: …" (Modified) is printed right after and is never the date.
5. Display form in en-US (kind: duplicates + dates). The rotator's DispForm.aspx shows the same
   item with "Ngày đăng" as "12/4/2026 3:45 PM" (M/d/yyyy h:mm tt), a "Được tạo vào … bởi Quản
   trị cổng" footer (Created, minutes later), an "Ảnh đại diện" row with the rollup thumbnail
   (``?RenditionID=3``) and the text in an ``ExternalClass…`` div. Same gold as the canonical
   page: date 2026-12-04T15:45, images without the thumbnail.
6. URL variants of one article (kind: duplicates): ``&CategoryId=<c>`` from listings, the
   DispForm (with ``Source=``), and lower-case ``/pages/Chi-tiet-tin.aspx?itemid=`` from the
   "Đọc nhiều nhất" web part. All in ``alt_paths``.
7. Reusable content and an embedded web part inside PublishingPageContent (kind: boundaries):
   every article's rich-text field ends with the reusable-content fragment "Mọi ý kiến đóng góp
   về nội dung tin bài xin gửi về …" (``ms-reusableTextView``); 433 and 419 also carry an
   ``ms-rte-wpbox`` web part ("Xem thêm" links / "Tài liệu tập huấn") in the middle of the text.
   None of it is body.
8. Image renditions and Alternate Access Mapping URLs (kind: image URLs). Photos are printed as
   ``…jpg?RenditionID=6`` (the gold path keeps the query), one wrapped in an ``<a>`` to the
   full-size file (gold: the ``<img>`` src), one with a percent-encoded Vietnamese file name
   (kept encoded), and 419's photos with the editor's absolute public URL
   ``http://sgddt.quangtri.gov.vn/PublishingImages/…`` (gold: that absolute ``url``).
9. Hidden SEO panel before the headline (kind: hidden text): ``<div style="display:none">`` with
   the keywords and the CQWP teaser (a shortened summary ending "…"). Not summary, not body.
10. Person field bylines (kind: bylines): "Tác giả" is a SharePoint person field with presence
   markup (an ``<img alt="Không có thông tin về sự hiện diện">``) around the name, or a text with
   degree and post ("ThS. Trần Minh Đức - Phó Trưởng phòng Kế hoạch - Tài chính" -> "Trần Minh
   Đức"); "Người đăng: Quản trị cổng" is the CMS account (nobody); "BBT" is nobody.
11. Pagination (kind: pagination): page 1 of a category is reachable under several listing URLs
   (``?CategoryId=1``, ``PagedPrev=TRUE&p_ID=…&PageFirstRow=1``); page 2 under ``&Page=2`` and
   ``Paged=TRUE&p_ID=…&PageFirstRow=4``. Bounded: rows past the end are 404.
12. The official notice (kind: official documents): 439 prints "Ngày đăng: 01/12/2026 08:15 SA"
   but is a letterhead document dated "Quảng Trị, ngày 30 tháng 11 năm 2026": gold date
   "2026-11-30"; letterhead, "THÔNG BÁO / Về việc …", "Nơi nhận" and the signature block are not
   body; the signer "Nguyễn Hữu Thành" is the author.

Gold decisions on ambiguous points
----------------------------------
- The "Tóm tắt" box (``div.tomTatCT``, the summary field) is the sapo: summary and first body
  paragraph. 416 has no summary field and no bold lead (summary null); 424 prints its lead as a
  bold first paragraph inside the text (summary = it); 439 has none.
- A photo's line printed under it (centred italic paragraph, or the next row of a Word table) is
  its caption; "Ảnh: X" alone is a credit (caption None, X a photographer).
- "Tin, ảnh: X" in "Tác giả" -> X author and photographer; "Tin: X - Ảnh: Y" -> [X], [Y].
- A unit signing alone (427's right-aligned "Văn phòng Sở", 433's field "Phòng Quản lý chất
  lượng") is the author as printed.
- "Nguồn" field with a hyperlink "Báo Quảng Trị" -> source "Báo Quảng Trị"; 421's closing
  "Theo Báo Quảng Trị" -> "Báo Quảng Trị"; 416's field "Phòng Giáo dục Tiểu học" -> that.
- Table rows in 427 are paragraphs (cells joined by " | "), the header row included.
- The DispForm shares the canonical page's gold (same record, listed in ``alt_paths``).
"""

from __future__ import annotations

import datetime as _dt
import re
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
)

NAME = "sharepoint2016_egov_sgddt"
PLATFORM = "SharePoint Server 2016 publishing site (provincial e-government portal product)"
START_PATH = "/Pages/Home.aspx"

ZW = "\u200b"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3
AAM = "http://sgddt.quangtri.gov.vn"
SOURCE_Q = "%2FLists%2FTinTuc%2FAllItems%2Easpx"

CATS = {
    1: "Tin hoạt động ngành",
    2: "Hoạt động chuyên môn",
    3: "Thi đua - Khen thưởng",
}
NOTICE_CAT = "Thông báo"

FEATURED = (438, 436, 433)  # "Tin nổi bật" rotator -> DispForm links
MOST_READ = (436, 421, 424, 435)  # "Đọc nhiều nhất" -> lower-case links

REUSABLE = (
    '<div class="ms-rtestate-read ms-reusableTextView" contenteditable="false" insertedid="3">'
    '<div id="__publishingReusableFragmentIdSection" style="display:none">'
    '<a href="/ReusableContent/3_.000">a</a></div>'
    '<p class="ms-rteElement-P" style="font-size:12px;color:#7a7a7a;"><em>Mọi ý kiến đóng góp về '
    "nội dung tin bài xin gửi về Văn phòng Sở Giáo dục và Đào tạo, email: "
    "vanphong.sgddt@quangtri.gov.vn. Ghi rõ nguồn &quot;Cổng TTĐT Sở GD&amp;ĐT Quảng Trị&quot; "
    "khi phát hành lại thông tin.</em></p></div>"
)

WPBOX = "<!--WPBOX-->"


def _dtm(y: int, mo: int, d: int, h: int, mi: int) -> _dt.datetime:
    return _dt.datetime(y, mo, d, h, mi)


def _pimg(name: str, month: int = 12, rendition: int = 6) -> str:
    return f"/PublishingImages/TinTuc/2026/{month:02d}/{name}.jpg?RenditionID={rendition}"


def _person(name: str, sip: str, uid: int) -> str:
    """A SharePoint person field as SP2016 renders it for an anonymous reader."""
    img = (
        '<img name="imnmark" title="" showofflinepawn="1" class="ms-spimn-img '
        'ms-spimn-presence-disconnected-10x10x32" src="/_layouts/15/images/spimn.png?rev=23" '
        f'alt="Không có thông tin về sự hiện diện" sip="{sip}" id="imn_{uid},type=sip" />'
    )
    return (
        '<span class="ms-imnSpan"><a href="#" onclick="IMNImageOnClick(event);return false;" '
        'class="ms-imnlink ms-spimn-presenceLink"><span class="ms-spimn-presenceWrapper ms-imnImg '
        f'ms-spimn-imgSize-10x10">{img}</span></a><span class="ms-noWrap ms-imnSpan">'
        f'<a class="ms-subtleLink" onclick="GoToLinkOrDialogNewWindow(this);return false;" '
        f'href="/_layouts/15/userdisp.aspx?ID={uid}">{esc(name)}</a></span></span>'
    )


def _right(line: str) -> Raw:
    return Raw(f'<p class="ms-rteElement-P" style="text-align:right;"><strong>{esc(line)}</strong></p>')


SPACER = Raw(f'<p class="ms-rteElement-P">{ZW}</p>')

# --- the 13 articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=438,
        slug="giao-ban-thang-11",
        title="Hội nghị giao ban công tác giáo dục tháng 11 năm 2026",
        cat="1",
        published_at="2026-12-04T15:45:00+07:00",
        summary=(
            "Chiều 04/12, Sở GD&ĐT tổ chức hội nghị giao ban trực tuyến với các trường THPT, "
            "trung tâm GDNN-GDTX và đại diện UBND các xã, phường nhằm đánh giá kết quả công tác "
            "tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12/2026."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            P(
                "Dự và chủ trì hội nghị có đồng chí Nguyễn Hữu Thành, Phó Giám đốc Sở GD&ĐT; tham "
                "dự tại điểm cầu Sở có lãnh đạo các phòng chuyên môn, nghiệp vụ. Hội nghị được kết "
                "nối trực tuyến đến 168 điểm cầu tại các cơ sở giáo dục trên toàn tỉnh.",
                "zw",
            ),
            Img(
                _pimg("giao-ban-thang-11-01"),
                "Đồng chí Nguyễn Hữu Thành, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
                "Đồng chí Nguyễn Hữu Thành, Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo tại hội nghị",
            ),
            P(
                "Theo báo cáo tại hội nghị, trong tháng 11, toàn ngành đã tập trung khắc phục hậu quả "
                "đợt mưa lũ cuối tháng 10, sửa chữa 47 phòng học bị hư hỏng và bổ sung sách giáo khoa, "
                "đồ dùng học tập cho hơn 3.200 học sinh vùng bị ảnh hưởng. Các hoạt động chào mừng kỷ "
                "niệm 44 năm Ngày Nhà giáo Việt Nam được tổ chức thiết thực, tiết kiệm."
            ),
            SPACER,
            P("Nhiệm vụ trọng tâm tháng 12", "h"),
            P("Hoàn thành kiểm tra, đánh giá giữa học kỳ I tại các trường THCS, THPT;", "li"),
            P(
                "Tổ chức Hội khỏe Phù Đổng cấp trường và chuẩn bị lực lượng tham gia cấp tỉnh;",
                "li",
            ),
            P(
                "Rà soát, bổ sung kế hoạch dạy học các môn tự chọn và hoạt động trải nghiệm, hướng "
                "nghiệp.",
                "li",
            ),
            P(
                "Phát biểu kết luận, Phó Giám đốc Sở Nguyễn Hữu Thành đề nghị các đơn vị quan tâm "
                "chăm lo đời sống giáo viên, học sinh trong mùa đông, chủ động phương án phòng, chống "
                "rét và bảo đảm an toàn trường học.",
                "zw",
            ),
            Img(
                _pimg("giao-ban-thang-11-02"),
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
                "Quang cảnh hội nghị tại điểm cầu Sở GD&ĐT",
            ),
        ],
        opts={
            "dt": _dtm(2026, 12, 4, 15, 45),
            "tg": _person("Nguyễn Thị Thu Hà", "hantt@quangtri.gov.vn", 27),
            "kw": "giao ban, tháng 11, nhiệm vụ tháng 12",
        },
    ),
    Story(
        id=435,
        slug="khai-mac-hkpd",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026",
        cat="1",
        published_at="2026-11-28T07:30:00+07:00",
        summary=(
            "Sáng 28/11, tại Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh, Hội khỏe Phù "
            "Đổng tỉnh Quảng Trị lần thứ I năm 2026 chính thức khai mạc với sự tham gia của hơn "
            "2.100 vận động viên là học sinh đến từ 98 đoàn."
        ),
        sapo_outside=True,
        authors=["Hoàng Lan"],
        photographers=["Hoàng Lan"],
        blocks=[
            P(
                "Đây là kỳ Hội khỏe Phù Đổng đầu tiên được tổ chức sau khi tỉnh Quảng Trị mới đi vào "
                "hoạt động, nhằm đánh giá kết quả công tác giáo dục thể chất và hoạt động thể thao "
                "trong trường học, đồng thời tuyển chọn vận động viên tham dự Hội khỏe Phù Đổng toàn "
                "quốc năm 2028."
            ),
            Img(_pimg("khai-mac-hkpd-01", 11), None, None, "none"),
            P(
                "Các vận động viên tranh tài ở 12 môn thi đấu gồm: điền kinh, bơi lội, bóng đá, "
                "bóng chuyền, cầu lông, bóng bàn, cờ vua, võ cổ truyền, vovinam, taekwondo, đá cầu "
                "và kéo co. Các nội dung thi đấu diễn ra từ ngày 28/11 đến ngày 06/12/2026 tại 7 "
                "địa điểm ở phường Đồng Hới và phường Đông Hà.",
                "zw",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Giám đốc Sở GD&ĐT, Trưởng ban tổ chức nhấn mạnh: Hội "
                "khỏe là ngày hội lớn của học sinh toàn tỉnh, là dịp để các em giao lưu, học hỏi, rèn "
                "luyện ý chí và tinh thần thượng võ. Ban tổ chức yêu cầu các đoàn thực hiện nghiêm "
                "điều lệ, bảo đảm an toàn tuyệt đối cho vận động viên."
            ),
            P(
                "Trong khuôn khổ lễ khai mạc, gần 600 học sinh các trường trên địa bàn phường Đồng "
                "Hới đã biểu diễn màn đồng diễn thể dục và võ thuật ấn tượng, nhận được sự cổ vũ nhiệt "
                "tình của khán giả."
            ),
            Img(
                _pimg("khai-mac-hkpd-02", 11),
                "Màn đồng diễn của học sinh tại lễ khai mạc",
                "Màn đồng diễn của học sinh tại lễ khai mạc",
            ),
        ],
        opts={
            "dt": _dtm(2026, 11, 28, 7, 30),
            "tg": "Tin, ảnh: Hoàng Lan",
            "kw": "Hội khỏe Phù Đổng, thể thao học đường",
        },
    ),
    Story(
        id=431,
        slug="hoc-bong-vung-lu",
        title="Trao 120 suất học bổng cho học sinh có hoàn cảnh khó khăn vùng lũ",
        cat="1",
        published_at="2026-11-20T12:15:00+07:00",
        summary=(
            "Ngày 20/11, Sở GD&ĐT phối hợp với Quỹ Bảo trợ trẻ em tỉnh và các nhà hảo tâm trao 120 "
            "suất học bổng, mỗi suất trị giá 2 triệu đồng, cho học sinh có hoàn cảnh đặc biệt khó "
            "khăn bị ảnh hưởng bởi mưa lũ."
        ),
        sapo_outside=True,
        authors=["Minh Châu"],
        source="Báo Quảng Trị",
        blocks=[
            P(
                "Các suất học bổng được trao cho học sinh tiểu học, THCS và THPT ở các xã Lệ Thủy, "
                "Kim Ngân, Hải Lăng và Triệu Phong, nơi chịu thiệt hại nặng nề trong đợt mưa lũ lịch "
                "sử cuối tháng 10 vừa qua. Nhiều em có nhà bị ngập sâu, mất toàn bộ sách vở và đồ "
                "dùng học tập."
            ),
            Img(
                _pimg("hoc-bong-vung-lu", 11),
                "(Đại diện Sở GD&ĐT và nhà tài trợ trao học bổng cho các em học sinh)",
                "Đại diện Sở GD&ĐT và nhà tài trợ trao học bổng cho các em học sinh",
            ),
            P(
                "Cùng với học bổng, các em còn được tặng 120 bộ sách giáo khoa, áo ấm và ba lô. Tổng "
                "giá trị chương trình hơn 300 triệu đồng, do cán bộ, giáo viên toàn ngành và các doanh "
                "nghiệp trên địa bàn đóng góp.",
                "zw",
            ),
            P(
                "Em Trần Thị Mỹ Duyên, học sinh lớp 8 Trường THCS Lệ Thủy xúc động chia sẻ: “Nhà em "
                "bị nước cuốn trôi hết đồ đạc, em đã nghĩ mình phải nghỉ học một thời gian. Nhận được "
                "học bổng, em sẽ cố gắng học thật tốt để không phụ lòng thầy cô”."
            ),
        ],
        opts={
            "dt": _dtm(2026, 11, 20, 12, 15),
            "tg": "Minh Châu",
            "nguon": '<a href="https://baoquangtri.vn/giao-duc" target="_blank">Báo Quảng Trị</a>',
            "kw": "học bổng, mưa lũ, học sinh khó khăn",
        },
    ),
    Story(
        id=427,
        slug="khac-phuc-mua-lu",
        title="Ngành Giáo dục khắc phục hậu quả mưa lũ, sớm đưa học sinh trở lại trường",
        cat="1",
        published_at="2026-11-06T09:10:00+07:00",
        summary=(
            "Sau đợt mưa lũ từ ngày 27/10 đến 02/11, nhiều trường học trên địa bàn tỉnh bị ngập "
            "sâu, hư hỏng cơ sở vật chất. Ngành Giáo dục đã huy động mọi nguồn lực để khắc phục, "
            "bảo đảm học sinh trở lại trường an toàn."
        ),
        sapo_outside=True,
        authors=["Văn phòng Sở"],
        blocks=[
            P(
                "Theo thống kê của Sở GD&ĐT, đợt mưa lũ đã làm 64 trường học bị ngập, trong đó 11 "
                "trường ngập trên 1,5 m; nhiều thiết bị dạy học, máy tính, sách thư viện bị hư hỏng. "
                "Thiệt hại ước tính hơn 18 tỷ đồng."
            ),
            P(
                "Ngay khi nước rút, Sở đã chỉ đạo các nhà trường huy động giáo viên, phụ huynh, đoàn "
                "viên thanh niên và lực lượng vũ trang dọn vệ sinh, khử khuẩn trường lớp. Một số "
                "trường bị thiệt hại nặng được bố trí học tạm tại nhà văn hóa thôn.",
                "zw",
            ),
            P("Một số trường bị thiệt hại nặng:", "b"),
            P("TT | Trường | Mức ngập | Tình trạng", "tr"),
            P("1 | Tiểu học Kim Thủy | 2,1 m | Học tạm tại nhà văn hóa thôn", "tr"),
            P("2 | THCS Hải Chánh | 1,8 m | Đã trở lại học từ 05/11", "tr"),
            P("3 | THPT Lệ Thủy | 1,6 m | Đã trở lại học từ 04/11", "tr"),
            P(
                "Đến ngày 05/11, 100% trường học trong vùng lũ đã tổ chức dạy học trở lại. Sở đề "
                "nghị các đơn vị rà soát học sinh bị mất sách vở để kịp thời hỗ trợ, điều chỉnh kế "
                "hoạch dạy học, bảo đảm chương trình năm học."
            ),
            _right("Văn phòng Sở"),
        ],
        opts={"dt": _dtm(2026, 11, 6, 9, 10), "kw": "mưa lũ, khắc phục, trường học"},
    ),
    Story(
        id=419,
        slug="tap-huan-hoc-ba-so",
        title="Tập huấn chuyển đổi số và sử dụng học bạ số cho cán bộ quản lý",
        cat="1",
        published_at="2026-10-22T14:00:00+07:00",
        summary=(
            "Từ ngày 21 đến 22/10, Sở GD&ĐT tổ chức lớp tập huấn chuyển đổi số và triển khai học bạ "
            "số cho hơn 400 cán bộ quản lý, nhân viên phụ trách cơ sở dữ liệu của các trường phổ "
            "thông trong tỉnh."
        ),
        sapo_outside=True,
        authors=["Trần Minh Đức"],
        blocks=[
            P(
                "Tại lớp tập huấn, học viên được hướng dẫn quy trình lập, ký số và lưu trữ học bạ điện "
                "tử theo quy định của Bộ GD&ĐT; cách kết nối dữ liệu học bạ với cơ sở dữ liệu ngành "
                "và các lưu ý về bảo mật thông tin cá nhân của học sinh."
            ),
            Img(
                f"{AAM}/PublishingImages/TinTuc/2026/10/tap-huan-hoc-ba-so-01.jpg",
                "Học viên thực hành ký số học bạ trên phần mềm",
                "Học viên thực hành ký số học bạ trên phần mềm",
            ),
            P(
                "Năm học 2026-2027, 100% trường tiểu học và THCS trên địa bàn tỉnh triển khai học bạ "
                "số; các trường THPT hoàn thành trong học kỳ II. Việc sử dụng học bạ số giúp giảm tải "
                "công việc hành chính cho giáo viên và thuận lợi cho phụ huynh khi tra cứu.",
                "zw",
            ),
            Raw(WPBOX),
            P(
                "Sở GD&ĐT yêu cầu thủ trưởng các đơn vị chịu trách nhiệm về tính chính xác của dữ liệu, "
                "cử cán bộ đầu mối theo dõi và báo cáo tiến độ về Phòng Kế hoạch - Tài chính trước "
                "ngày 15 hằng tháng."
            ),
            Img(
                f"{AAM}/PublishingImages/TinTuc/2026/10/tap-huan-hoc-ba-so-02.jpg",
                "Quang cảnh lớp tập huấn",
                "Quang cảnh lớp tập huấn",
            ),
        ],
        opts={
            "dt": _dtm(2026, 10, 22, 14, 0),
            "tg": "ThS. Trần Minh Đức - Phó Trưởng phòng Kế hoạch - Tài chính",
            "kw": "chuyển đổi số, học bạ số",
            "wpbox": (
                "Tài liệu tập huấn",
                [
                    ("/Pages/van-ban.aspx?ItemID=206", "Hướng dẫn triển khai học bạ số năm học 2026-2027"),
                    ("https://moet.gov.vn", "Cổng thông tin Bộ GD&ĐT"),
                ],
            ),
        },
    ),
    Story(
        id=414,
        slug="binh-dang-gioi",
        title="Phát động Tháng hành động vì bình đẳng giới và phòng, chống bạo lực học đường",
        cat="1",
        published_at="2026-10-08",
        summary=(
            "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên "
            "cơ sở giới năm 2026, Sở GD&ĐT ban hành kế hoạch triển khai trong toàn ngành từ ngày "
            "15/11 đến 15/12/2026."
        ),
        sapo_outside=True,
        authors=["Lê Thị Vân"],
        blocks=[
            P("Mục đích, yêu cầu", "h"),
            P(
                "Nâng cao nhận thức của cán bộ, giáo viên, học sinh về bình đẳng giới; xây dựng môi "
                "trường giáo dục an toàn, lành mạnh, thân thiện, không có bạo lực.",
                "zw",
            ),
            P("Nội dung hoạt động", "h"),
            P("Tổ chức các buổi sinh hoạt dưới cờ, chuyên đề về bình đẳng giới;", "li"),
            P("Thành lập, kiện toàn tổ tư vấn tâm lý học đường tại 100% trường phổ thông;", "li"),
            P("Công khai đường dây nóng tiếp nhận phản ánh về bạo lực học đường.", "li"),
            P(
                "Các đơn vị báo cáo kết quả thực hiện về Sở GD&ĐT (qua Phòng Chính trị, tư tưởng và "
                "Công tác học sinh, sinh viên) trước ngày 20/12/2026 để tổng hợp, báo cáo UBND tỉnh."
            ),
        ],
        opts={
            "dt": _dtm(2026, 10, 8, 0, 0),
            "tg": _person("Lê Thị Vân", "vanlt@quangtri.gov.vn", 31),
            "kw": "bình đẳng giới, bạo lực học đường",
        },
    ),
    Story(
        id=437,
        slug="hoi-thao-tieng-anh",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp THPT",
        cat="2",
        published_at="2026-12-02T08:20:00+07:00",
        summary=(
            "Ngày 02/12, tại Trường THPT chuyên Võ Nguyên Giáp, Sở GD&ĐT tổ chức hội thảo chuyên "
            "đề nâng cao chất lượng dạy học môn Tiếng Anh cấp THPT với sự tham gia của hơn 150 "
            "giáo viên cốt cán."
        ),
        sapo_outside=True,
        authors=["Phan Thanh Bình"],
        photographers=["Võ Quốc Huy"],
        blocks=[
            P(
                "Hội thảo tập trung thảo luận các giải pháp phát triển kỹ năng nghe, nói cho học sinh; "
                "đổi mới kiểm tra, đánh giá theo định dạng đề thi tốt nghiệp THPT từ năm 2025 và ứng "
                "dụng trí tuệ nhân tạo trong soạn giảng."
            ),
            Img(
                _pimg("hoi-thao-tieng-anh-01"),
                "Giáo viên Trường THPT Đông Hà trình bày tham luận",
                "Giáo viên Trường THPT Đông Hà trình bày tham luận",
                "link",
            ),
            P(
                "Nhiều tham luận chia sẻ kinh nghiệm thực tiễn như tổ chức câu lạc bộ tiếng Anh, dạy "
                "học dự án, phối hợp với giáo viên bản ngữ qua hình thức trực tuyến. Kết quả thi tốt "
                "nghiệp THPT năm 2026 môn Tiếng Anh của tỉnh có điểm trung bình 5,62, tăng 0,31 điểm "
                "so với năm trước.",
                "zw",
            ),
            Img(
                _pimg("hoi-thao-tieng-anh-02"),
                "Các đại biểu dự giờ tiết dạy minh họa lớp 11",
                "Các đại biểu dự giờ tiết dạy minh họa lớp 11",
                "tbl",
            ),
            P(
                "Kết luận hội thảo, lãnh đạo Phòng Giáo dục Trung học đề nghị các trường xây dựng kế "
                "hoạch bồi dưỡng giáo viên theo chuẩn năng lực ngoại ngữ, tăng cường sinh hoạt chuyên "
                "môn theo nghiên cứu bài học."
            ),
        ],
        opts={
            "dt": _dtm(2026, 12, 2, 8, 20),
            "tg": "Tin: Phan Thanh Bình - Ảnh: Võ Quốc Huy",
            "kw": "Tiếng Anh, hội thảo, THPT",
        },
    ),
    Story(
        id=433,
        slug="thi-hsg-12",
        title="Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh diễn ra an toàn, nghiêm túc",
        cat="2",
        published_at="2026-11-25T16:30:00+07:00",
        summary=(
            "Trong hai ngày 24 và 25/11, 1.486 thí sinh đã tham dự kỳ thi chọn học sinh giỏi văn "
            "hóa lớp 12 cấp tỉnh năm học 2026-2027 tại 4 điểm thi."
        ),
        sapo_outside=True,
        authors=["Phòng Quản lý chất lượng"],
        blocks=[
            P(
                "Kỳ thi gồm 12 môn: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa "
                "lí, Giáo dục kinh tế và pháp luật, Tiếng Anh, Tiếng Pháp và Tiếng Nhật. Đề thi do "
                "Hội đồng ra đề của Sở biên soạn theo hướng đánh giá năng lực."
            ),
            Img(
                "/PublishingImages/TinTuc/2026/11/thi-hsg-12.jpg?RenditionID=6&Width=640",
                "Thí sinh làm bài thi môn Ngữ văn tại điểm thi Trường THPT Đồng Hới",
                "Thí sinh làm bài thi môn Ngữ văn tại điểm thi Trường THPT Đồng Hới",
            ),
            Raw(WPBOX),
            P(
                "Các điểm thi được bố trí camera giám sát phòng thi và khu vực bảo quản đề thi. Lực "
                "lượng công an phối hợp bảo đảm an ninh, trật tự; ngành điện lực bảo đảm cung cấp "
                "điện ổn định trong suốt thời gian thi.",
                "zw",
            ),
            P(
                "Công tác chấm thi được tiến hành từ ngày 27/11; kết quả dự kiến công bố trước ngày "
                "10/12/2026. Đây là cơ sở để Sở thành lập đội tuyển tham dự kỳ thi chọn học sinh giỏi "
                "quốc gia năm 2027."
            ),
        ],
        opts={
            "dt": _dtm(2026, 11, 25, 16, 30),
            "tg": "Phòng Quản lý chất lượng",
            "kw": "học sinh giỏi, lớp 12",
            "wpbox": (
                "Xem thêm",
                [
                    ("/Pages/chi-tiet-tin.aspx?ItemID=437", "Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp THPT"),
                    ("/Pages/van-ban.aspx?ItemID=205", "Kế hoạch kiểm tra chuyên ngành năm học 2026-2027"),
                ],
            ),
        },
    ),
    Story(
        id=424,
        slug="thao-giang-stem",
        title="Thao giảng cụm trường THCS về dạy học theo chủ đề STEM",
        cat="2",
        published_at="2026-11-03T10:05:00+07:00",
        summary=(
            "Ngày 01/11, tại Trường THCS Nguyễn Trãi, phường Đông Hà, cụm chuyên môn các trường "
            "THCS khu vực phía Nam tổ chức thao giảng dạy học theo chủ đề STEM."
        ),
        authors=["Nguyễn Văn Sáng"],
        blocks=[
            P(
                "Ngày 01/11, tại Trường THCS Nguyễn Trãi, phường Đông Hà, cụm chuyên môn các trường "
                "THCS khu vực phía Nam tổ chức thao giảng dạy học theo chủ đề STEM.",
                "b",
            ),
            P(
                "Hai tiết dạy minh họa được thực hiện gồm chủ đề “Chế tạo hệ thống tưới nhỏ giọt” "
                "(lớp 7) và “Thiết kế mô hình nhà chống lũ” (lớp 9).",
                "br1",
            ),
            P(
                "Học sinh làm việc theo nhóm, vận dụng kiến thức Vật lí, Công nghệ, Toán để thiết kế, "
                "chế tạo và thử nghiệm sản phẩm.",
                "br2",
            ),
            Img(
                _pimg("thao-giang-stem", 11),
                "Học sinh lớp 9 thử nghiệm mô hình nhà chống lũ",
                "Học sinh lớp 9 thử nghiệm mô hình nhà chống lũ",
            ),
            P(
                "Sau tiết dạy, giáo viên các trường trong cụm đã góp ý, phân tích tiến trình tổ chức "
                "hoạt động, cách đánh giá sản phẩm của học sinh và khả năng nhân rộng tại các trường "
                "có điều kiện cơ sở vật chất còn hạn chế.",
                "zw",
            ),
            P(
                "“Dạy học STEM không nhất thiết cần phòng thí nghiệm hiện đại, điều quan trọng là giáo "
                "viên biết gắn bài học với những vấn đề gần gũi trong đời sống của các em”, một giáo "
                "viên dự thao giảng chia sẻ.",
                "q",
            ),
        ],
        opts={
            "dt": _dtm(2026, 11, 3, 10, 5),
            "tg": "Nguyễn Văn Sáng - Trường THCS Nguyễn Trãi, phường Đông Hà",
            "kw": "STEM, thao giảng, THCS",
        },
    ),
    Story(
        id=416,
        slug="huong-dan-stem-tieu-hoc",
        title="Hướng dẫn thực hiện nhiệm vụ giáo dục STEM cấp tiểu học năm học 2026-2027",
        cat="2",
        published_at="2026-10-14T15:00:00+07:00",
        source="Phòng Giáo dục Tiểu học",
        blocks=[
            P(
                "Sở GD&ĐT vừa ban hành văn bản hướng dẫn các trường tiểu học trên địa bàn tỉnh thực "
                "hiện giáo dục STEM trong năm học 2026-2027, trên cơ sở hướng dẫn của Bộ GD&ĐT."
            ),
            P(
                "Theo đó, mỗi lớp tổ chức tối thiểu 4 bài học STEM trong năm học, lồng ghép trong các "
                "môn Toán, Khoa học, Công nghệ, Tin học; khuyến khích tổ chức hoạt động trải nghiệm "
                "STEM, ngày hội STEM cấp trường.",
                "zw",
            ),
            P(
                "Các trường cần chủ động xây dựng kế hoạch giáo dục STEM phù hợp điều kiện thực tế, "
                "tận dụng vật liệu tái chế, sẵn có ở địa phương; tăng cường bồi dưỡng giáo viên qua "
                "sinh hoạt tổ chuyên môn và cụm trường."
            ),
        ],
        opts={"dt": _dtm(2026, 10, 14, 15, 0), "tg": "BBT", "nguon": "Phòng Giáo dục Tiểu học",
              "kw": "STEM, tiểu học"},
    ),
    Story(
        id=436,
        slug="tuyen-duong-20-11",
        title="Tuyên dương 46 nhà giáo, học sinh tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="3",
        published_at="2026-11-19T12:00:00+07:00",
        summary=(
            "Sáng 19/11, Sở GD&ĐT tổ chức lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
            "20/11/2026) và tuyên dương 46 nhà giáo, học sinh có thành tích tiêu biểu."
        ),
        sapo_outside=True,
        authors=["Đặng Hữu Phước"],
        photographers=["Võ Quốc Huy"],
        blocks=[
            P(
                "Năm học 2025-2026, toàn tỉnh có 9 học sinh đạt giải kỳ thi chọn học sinh giỏi quốc "
                "gia, 2 học sinh đạt huy chương tại các kỳ thi khu vực và quốc tế; 38 giáo viên được "
                "công nhận giáo viên dạy giỏi cấp tỉnh."
            ),
            Img(_pimg("tuyen-duong-20-11-01", 11), "Ảnh: Võ Quốc Huy", None),
            P(
                "Tại buổi lễ, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 22 nhà giáo có thành tích xuất "
                "sắc; Giám đốc Sở GD&ĐT tặng Giấy khen cho 24 học sinh đạt giải cao trong các kỳ thi.",
                "zw",
            ),
            Img(
                _pimg("tuyen-duong-20-11-02", 11),
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
            ),
            P(
                "Thay mặt các nhà giáo được tuyên dương, cô giáo Hồ Thị Kim Oanh, Trường Tiểu học "
                "Hướng Phùng, xã Hướng Phùng bày tỏ niềm tự hào và hứa sẽ tiếp tục bám trường, bám "
                "lớp, dìu dắt học sinh vùng cao."
            ),
        ],
        opts={"dt": _dtm(2026, 11, 19, 12, 0), "tg": "Đặng Hữu Phước", "kw": "20/11, tuyên dương"},
    ),
    Story(
        id=421,
        slug="co-thi-dua-chinh-phu",
        title="Trường THPT chuyên Lê Quý Đôn nhận Cờ thi đua của Chính phủ",
        cat="3",
        published_at="2026-10-30T09:45:00+07:00",
        summary=(
            "Ngày 29/10, Trường THPT chuyên Lê Quý Đôn long trọng tổ chức lễ kỷ niệm 35 năm thành "
            "lập trường và đón nhận Cờ thi đua của Chính phủ."
        ),
        sapo_outside=True,
        authors=["Thanh Tâm"],
        source="Báo Quảng Trị",
        blocks=[
            P(
                "Trải qua 35 năm xây dựng và phát triển, nhà trường đã có hơn 600 lượt học sinh đạt "
                "giải học sinh giỏi quốc gia, nhiều học sinh đạt huy chương Olympic quốc tế và khu "
                "vực. Tỉ lệ học sinh trúng tuyển đại học hằng năm đạt trên 98%.",
                "zw",
            ),
            Img(
                "/PublishingImages/TinTuc/2026/10/L%C3%AA%20Qu%C3%BD%20%C4%90%C3%B4n%20nh%E1%BA%ADn%20c%E1%BB%9D.jpg",
                "Lãnh đạo tỉnh trao Cờ thi đua của Chính phủ cho nhà trường",
                "Lãnh đạo tỉnh trao Cờ thi đua của Chính phủ cho nhà trường",
            ),
            P(
                "Phát biểu tại buổi lễ, lãnh đạo UBND tỉnh ghi nhận những đóng góp của thầy và trò nhà "
                "trường; đề nghị trường tiếp tục đổi mới phương pháp dạy học, phát triển đội ngũ, xứng "
                "đáng là trường chất lượng cao của tỉnh."
            ),
            _right("Thanh Tâm"),
            Raw('<p class="ms-rteElement-P" style="text-align:right;"><em>Theo Báo Quảng Trị</em></p>'),
        ],
        opts={"dt": _dtm(2026, 10, 30, 9, 45), "kw": "Cờ thi đua, Lê Quý Đôn"},
    ),
    Story(
        id=439,
        slug="nghi-tet-duong-lich-2027",
        title="Thông báo nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục",
        cat="tb",
        published_at="2026-11-30",
        authors=["Nguyễn Hữu Thành"],
        blocks=[
            Raw(
                '<table class="ms-rteTable-0" style="width:100%;border:0;"><tbody><tr>'
                '<td style="text-align:center;width:40%;">UBND TỈNH QUẢNG TRỊ<br/><strong>SỞ GIÁO DỤC '
                "VÀ ĐÀO TẠO</strong><br/>Số: 2154/TB-SGDĐT</td>"
                '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br/>'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br/><em>Quảng Trị, ngày 30 tháng "
                "11 năm 2026</em></td></tr></tbody></table>"
            ),
            Raw('<p class="ms-rteElement-P" style="text-align:center;"><strong>THÔNG BÁO</strong><br/>'
                "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"),
            P(
                "Căn cứ Bộ luật Lao động năm 2019 và Thông báo của UBND tỉnh về việc nghỉ Tết Dương "
                "lịch năm 2027, Sở GD&ĐT thông báo lịch nghỉ Tết Dương lịch đối với các cơ sở giáo "
                "dục trên địa bàn tỉnh như sau:"
            ),
            P(
                "1. Cán bộ, giáo viên, nhân viên và học sinh được nghỉ Tết Dương lịch 01 ngày vào thứ "
                "Sáu, ngày 01/01/2027. Kết hợp nghỉ hằng tuần, thời gian nghỉ từ ngày 01/01/2027 đến "
                "hết ngày 03/01/2027."
            ),
            P(
                "2. Thủ trưởng các đơn vị bố trí trực bảo vệ, phòng chống cháy nổ; nhắc nhở học sinh "
                "chấp hành an toàn giao thông, không sử dụng pháo nổ trong dịp nghỉ Tết."
            ),
            P("Nhận được thông báo này, đề nghị thủ trưởng các đơn vị triển khai thực hiện./."),
            Raw(
                '<table style="width:100%;border:0;"><tbody><tr><td style="width:50%;vertical-align:top;">'
                "<strong><em>Nơi nhận:</em></strong><br/>- Như trên;<br/>- Giám đốc, các PGĐ Sở;<br/>"
                "- Lưu: VT, VP.</td><td style=\"text-align:center;vertical-align:top;\"><strong>KT. GIÁM "
                "ĐỐC<br/>PHÓ GIÁM ĐỐC</strong><br/><br/><em>(Đã ký)</em><br/><br/><strong>Nguyễn Hữu "
                "Thành</strong></td></tr></tbody></table>"
            ),
        ],
        opts={"dt": _dtm(2026, 12, 1, 8, 15), "kw": "nghỉ Tết Dương lịch 2027"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["dt"], reverse=True)


def _in_cat(cat: int) -> list[Story]:
    return _sorted([s for s in STORIES if s.cat == str(cat)])


NEWS = _sorted([s for s in STORIES if s.cat != "tb"])


def _cat_name(story: Story) -> str:
    return NOTICE_CAT if story.cat == "tb" else CATS[int(story.cat)]


def _cat_href(story: Story) -> str:
    return "/Pages/thong-bao.aspx" if story.cat == "tb" else f"/Pages/tin-tuc.aspx?CategoryId={story.cat}"


def _teaser(story: Story) -> str:
    s = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    words = s.split()
    return " ".join(words[:22]) + "..." if len(words) > 22 else s


def _thumb(story: Story) -> str:
    imgs = [i for i in story.images if not i.src.startswith("http")]
    if imgs:
        return imgs[0].src.split("?")[0] + "?RenditionID=3"
    return "/Style%20Library/QuangTri/images/no-image.png"


# --- dates as SharePoint prints them ----------------------------------------------------------


def vn12(d: _dt.datetime) -> str:
    """vi-VN "dd/MM/yyyy hh:mm tt": SA before noon, CH after."""
    h = d.hour % 12 or 12
    return f"{d:%d/%m/%Y} {h:02d}:{d.minute:02d} {'SA' if d.hour < 12 else 'CH'}"


def us12(d: _dt.datetime) -> str:
    """en-US "M/d/yyyy h:mm tt" of the display form."""
    h = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def _modified(story: Story) -> _dt.datetime:
    return story.opts["dt"] + _dt.timedelta(hours=17 + story.id % 5, minutes=story.id % 47)


# --- chrome -------------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/Pages/Home.aspx", []),
    (
        "Giới thiệu",
        "/Pages/gioi-thieu.aspx",
        [("Chức năng, nhiệm vụ", "/Pages/gioi-thieu.aspx"), ("Liên hệ", "/Pages/lien-he.aspx")],
    ),
    ("Tin tức", "/Pages/tin-tuc.aspx?CategoryId=1", [(n, f"/Pages/tin-tuc.aspx?CategoryId={c}") for c, n in CATS.items()]),
    ("Văn bản", "/Pages/van-ban.aspx", []),
    ("Thông báo", "/Pages/thong-bao.aspx", []),
    ("Dịch vụ công", "https://dichvucong.quangtri.gov.vn", []),
    ("Liên hệ", "/Pages/lien-he.aspx", []),
]


def _menu() -> str:
    items = []
    for label, href, children in MENU:
        sub = ""
        if children:
            sub = '<ul class="dynamic">' + "".join(
                f'<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item ms-displayInline '
                f'ms-navedit-linkNode" href="{esc(h)}"><span class="additional-background '
                f'ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(n)}</span></span></a></li>'
                for n, h in children
            ) + "</ul>"
        cls = "static dynamic-children" if children else "static"
        items.append(
            f'<li class="{cls}"><a class="{cls} menu-item ms-core-listMenu-item ms-displayInline '
            f'ms-navedit-linkNode" href="{esc(href)}"><span class="additional-background '
            f'ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(label)}</span></span></a>{sub}</li>'
        )
    return (
        '<div id="zz1_TopNavigationMenu" class="noindex ms-core-listMenu-horizontalBox">'
        '<ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">' + "".join(items) + "</ul></div>"
    )


def _crumbs(parts: list[tuple[str, str | None]]) -> str:
    out = ['<span><a class="ms-sitemapdirectional" href="/Pages/Home.aspx">Trang chủ</a></span>']
    for label, href in parts:
        out.append('<span class="s4-bcsep"> &gt; </span>')
        if href:
            out.append(f'<span><a class="ms-sitemapdirectional" href="{esc(href)}">{esc(label)}</a></span>')
        else:
            out.append(f'<span class="ms-sitemapdirectional">{esc(label)}</span>')
    return '<div class="qtBreadcrumb"><span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap">' + "".join(out) + "</span></div>"


def _zone(wpq: int, title: str | None, inner: str, extra_cls: str = "", noindex: bool = True) -> str:
    head = ""
    if title:
        head = (
            f'<div class="ms-webpart-chrome-title" id="WebPartTitleWPQ{wpq}"><span title="{esc(title)}" '
            f'class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText">'
            f"<nobr><span>{esc(title)}</span><span id=\"WebPartCaptionWPQ{wpq}\"></span></nobr></h2></span></div>"
        )
    wpid = opaque(f"wp{wpq}{title}", 16)[:8].encode().hex()
    return (
        f'<div id="MSOZoneCell_WebPartWPQ{wpq}" class="s4-wpcell-plain ms-webpartzone-cell '
        f'ms-webpart-cell-vertical ms-fullWidth {extra_cls}"><div class="ms-webpart-chrome '
        f'ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">{head}'
        f'<div webpartid="{wpid[:8]}-{wpid[8:12]}-4{wpid[13:16]}-a{wpid[1:4]}-{wpid[:12]}" haspers="false" '
        f'id="WebPartWPQ{wpq}" width="100%" class="ms-WPBody{" noindex" if noindex else ""}" '
        'allowdelete="false" style="">'
        f"{inner}</div><div class=\"ms-clear\"></div></div></div>"
    )


def _most_read() -> str:
    lis = "".join(
        f'<li><span class="stt">{n}</span><a href="/pages/Chi-tiet-tin.aspx?itemid={i}">{esc(BY_ID[i].title)}</a></li>'
        for n, i in enumerate(MOST_READ, 1)
    )
    return _zone(11, "Đọc nhiều nhất", f'<ol class="qtDocNhieu">{lis}</ol>')


def _sidebar() -> str:
    links = "".join(
        f'<option value="{u}">{esc(n)}</option>'
        for n, u in [
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Cổng TTĐT tỉnh Quảng Trị", "https://quangtri.gov.vn"),
            ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn"),
            ("Hệ thống quản lý văn bản", "https://qlvb.quangtri.gov.vn"),
        ]
    )
    poll = (
        '<div class="qtBinhChon"><p>Bạn đánh giá thế nào về giao diện Cổng thông tin mới?</p>'
        '<input type="radio" name="bc" id="bc1" value="1"/><label for="bc1">Đẹp, dễ sử dụng</label><br/>'
        '<input type="radio" name="bc" id="bc2" value="2"/><label for="bc2">Bình thường</label><br/>'
        '<input type="radio" name="bc" id="bc3" value="3"/><label for="bc3">Khó tìm thông tin</label><br/>'
        '<input type="button" value="Bình chọn" onclick="QT_BinhChon(12);"/> '
        '<input type="button" value="Xem kết quả" onclick="QT_KetQua(12);"/></div>'
    )
    counter = (
        '<table class="qtThongKe"><tr><td>Đang online:</td><td>37</td></tr>'
        "<tr><td>Hôm nay:</td><td>1.284</td></tr><tr><td>Tổng truy cập:</td><td>5.612.907</td></tr></table>"
    )
    return (
        '<div class="ms-webpart-zone ms-fullWidth" id="qtCotPhai">'
        + _most_read()
        + _zone(12, "Liên kết website", f'<select class="qtLienKet" onchange="if(this.value)window.open(this.value);">'
                f'<option value="">-- Chọn liên kết --</option>{links}</select>')
        + _zone(13, "Thăm dò ý kiến", poll)
        + _zone(14, "Thống kê truy cập", counter)
        + _zone(15, None, '<a href="https://tinnhiemmang.vn" target="_blank"><img '
                'src="/Style%20Library/QuangTri/images/tinnhiemmang.png" alt="Tín nhiệm mạng"/></a>')
        + "</div>"
    )


def page(request: Request, *, title: str, h1: str, crumbs: list[tuple[str, str | None]], main: str,
         action: str, canonical: str | None = None, description: str | None = None,
         sidebar: bool = True) -> Response:
    host = base_url(request)
    seed = f"{title}{action}"
    js_aam = AAM.replace("/", "\\u002f")
    js_path = action.split("?")[0].replace("/", "\\u002f")
    sidebar_html = ('<div id="sideNavBox" class="qtCotPhai">' + _sidebar() + "</div>") if sidebar else ""
    head_extra = ""
    if canonical:
        head_extra += f'<link rel="canonical" href="{host}{canonical}" />'
    if description:
        head_extra += f'<meta name="description" content="{esc(description)}" />'
    body = f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
\t{esc(title)}
</title>
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2Lk0NGW4JTn6hCKPYiX5Vg%3D%3DTAG0"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/QuangTri/css/sgddt.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=Zc79D%2BW%2Bl8kBwL2CJ5tc2g%3D%3DTAG0"></script>
<script type="text/javascript">var _spPageContextInfo={{webServerRelativeUrl:"\\u002f",webAbsoluteUrl:"{js_aam}",siteAbsoluteUrl:"{js_aam}",serverRequestPath:"{js_path}",layoutsUrl:"_layouts\\u002f15",webTitle:"S\\u1edf Gi\\u00e1o d\\u1ee5c v\\u00e0 \\u0110\\u00e0o t\\u1ea1o",webTemplate:"53",tenantAppVersion:"0",isAppWeb:false,webLogoUrl:"_layouts\\u002f15\\u002fimages\\u002fsiteicon.png",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",env:"prod",userId:0,siteClientTag:"12$$16.0.4327.1000"}};</script>
{head_extra}
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="{esc(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{opaque(seed, 24).encode().hex()[:128].upper()},05 Dec 2026 02:14:33 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{opaque(seed, 240, b"/wEPDw")}" />
</div>
<div id="ms-designer-ribbon" style="display:none"><div id="s4-ribbonrow" style="display:none"><div id="globalNavBox" class="ms-noList"><div id="ribbonBox"><span class="ms-cui-TabRowLeft ms-core-defaultFont ms-dialogHidden">Duyệt</span><span>Trang</span></div></div></div></div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
<div class="qtBanner">
 <div class="qtNgay">{HEADER_DAY}</div>
 <a href="/Pages/Home.aspx" class="qtLogo"><img src="/Style%20Library/QuangTri/images/banner-sgddt.png" alt="Sở Giáo dục và Đào tạo tỉnh Quảng Trị" /></a>
 <div class="qtTenDV"><span>UBND TỈNH QUẢNG TRỊ</span><br/><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></div>
 <div class="qtTimKiem ms-mpSearchBox"><input type="text" id="ctl00_SmallSearchInputBox1_csr_sbox" title="Tìm kiếm..." placeholder="Tìm kiếm..." onkeypress="if(event.keyCode==13){{QT_TimKiem(this.value);return false;}}" /><a href="javascript:QT_TimKiem(document.getElementById('ctl00_SmallSearchInputBox1_csr_sbox').value);" class="ms-srch-sb-searchLink"><img src="/_layouts/15/images/searchresultui.png?rev=23" alt="Tìm kiếm" /></a></div>
</div>
<div class="qtMenu">{_menu()}</div>
<div id="titleAreaRow" class="ms-dialogHidden">
{_crumbs(crumbs)}
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span>{esc(h1)}</span></span></h1>
</div>
<div id="contentRow">
<div id="contentBox" aria-live="polite" aria-relevant="all" class="qtCotTrai">
<div id="DeltaPlaceHolderMain">
{main}
</div>
</div>
{sidebar_html}
</div>
<div class="qtFooter ms-dialogHidden">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Quảng Trị. Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT.</p>
<p>Địa chỉ: Số 15 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị. Điện thoại: 0232.3822.418 - Fax: 0232.3822.419. Email: sgddt@quangtri.gov.vn</p>
<p>Giấy phép số 41/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Ghi rõ nguồn &quot;Cổng TTĐT Sở GD&amp;ĐT Quảng Trị&quot; khi phát hành lại thông tin từ website này.</p>
<p class="qtCopy">© 2026 Sở GD&amp;ĐT Quảng Trị. Phát triển trên nền tảng Cổng thông tin điện tử tỉnh.</p>
</div>
</div>
</div>
<script type="text/javascript">//<![CDATA[
var g_presenceEnabled = true;var _fV4UI=true;var _spWebPartComponents = new Object();
ExecuteOrDelayUntilScriptLoaded(function(){{QT_InitRotator('qtTinNoiBat',5000);}}, 'sp.js');
//]]></script>
</form>
</body>
</html>"""
    return html(body, headers={"MicrosoftSharePointTeamServices": "16.0.0.4327", "X-AspNet-Version": "4.0.30319",
                               "SPRequestGuid": opaque(seed, 9).encode().hex()[:8] + "-c1a7-4016-9d8e-2f0b61e0a3c4"})


# --- article text -------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    tag = f'<img class="ms-rtePosition-4" src="{esc(img.src)}" alt="" style="margin:5px;width:620px;" />'
    if img.style == "link":
        full = img.src.split("?")[0]
        tag = f'<a href="{esc(full)}" target="_blank">{tag}</a>'
    if img.style == "tbl":
        return (
            '<table class="ms-rteTable-default" align="center" style="width:620px;" cellspacing="0">'
            f'<tbody><tr class="ms-rteTableEvenRow-default"><td class="ms-rteTableEvenCol-default">{tag}</td></tr>'
            f'<tr class="ms-rteTableOddRow-default"><td class="ms-rteTableEvenCol-default" style="text-align:center;">'
            f"{esc(img.printed or '')}</td></tr></tbody></table>"
        )
    out = f'<p class="ms-rteElement-P" style="text-align:center;">{tag}</p>'
    if img.printed:
        out += f'<p class="ms-rteElement-P" style="text-align:center;"><em>{esc(img.printed)}</em></p>'
    return out


def _wpbox(story: Story, rendered: bool) -> str:
    guid = "9b4a6c2e-" + f"{story.id:04d}" + "-4e1f-8a3d-5c7b2e9f0a61"
    inner = ""
    if rendered and "wpbox" in story.opts:
        title, links = story.opts["wpbox"]
        lis = "".join(f'<li class="dfwp-item"><div class="link-item"><a href="{esc(h)}">{esc(t)}</a></div></li>'
                      for h, t in links)
        inner = (
            f'<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title">'
            f'<h2 class="ms-webpart-titleText"><nobr><span>{esc(title)}</span></nobr></h2></div>'
            f'<div class="ms-WPBody"><ul class="dfwp-column dfwp-list" style="width:100%">{lis}</ul></div></div>'
        )
    return (
        '<div class="ms-rtestate-read ms-rte-wpbox" contenteditable="false">'
        f'<div class="ms-rtestate-notify ms-rtestate-read {guid}" id="div_{guid}" unselectable="on">{inner}</div>'
        f'<div id="vid_{guid}" unselectable="on" style="display:none;"></div></div>'
    )


def render_text(story: Story, *, rendered_wp: bool = True) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_wpbox(story, rendered_wp) if b.html == WPBOX else b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style in ("li", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                group.append(blocks[i].text)
                i += 1
            i -= 1
            if b.style == "li":
                out.append('<ul class="ms-rteElement-UL">' + "".join(f"<li>{esc(t)}</li>" for t in group) + "</ul>")
            else:
                rows = []
                for n, row in enumerate(group):
                    cells = row.split(" | ")
                    if n == 0:
                        rows.append("<tr>" + "".join(f'<td style="background:#dbe5f1;"><strong>{esc(c)}</strong></td>'
                                                     for c in cells) + "</tr>")
                    else:
                        rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" '
                           'style="border-collapse:collapse;width:100%;"><tbody>' + "".join(rows) + "</tbody></table>")
        elif b.style == "br1":
            nxt = blocks[i + 1]
            out.append(f'<p class="ms-rteElement-P">{esc(b.text)}<br/>{esc(nxt.text)}</p>')
            i += 1
        elif b.style == "h":
            out.append(f'<h3 class="ms-rteElement-H3B">{esc(b.text)}</h3>')
        elif b.style == "b":
            out.append(f'<p class="ms-rteElement-P"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "q":
            out.append(f'<blockquote class="ms-rteStyle-Quote"><p>{esc(b.text)}</p></blockquote>')
        elif b.style == "zw":
            out.append(f'<p class="ms-rteElement-P">{esc(b.text)}{ZW}</p>')
        else:
            out.append(f'<p class="ms-rteElement-P" style="text-align:justify;">{esc(b.text)}</p>')
        i += 1
    out.append(REUSABLE)
    return "\n".join(out)


def _others(story: Story) -> str:
    pool = [s for s in (_in_cat(int(story.cat)) if story.cat != "tb" else NEWS) if s.id != story.id][:3]
    lis = "".join(
        f'<li class="dfwp-item"><a href="/Pages/chi-tiet-tin.aspx?ItemID={s.id}">{esc(s.title)}</a> '
        f'<span class="ngayKhac">({s.opts["dt"]:%d/%m/%Y})</span></li>'
        for s in pool
    )
    return _zone(6, "Các tin khác", f'<ul class="dfwp-column dfwp-list qtTinKhac">{lis}</ul>')


def article_page(request: Request, story: Story) -> Response:
    dt = story.opts["dt"]
    cat = _cat_name(story)
    rows = ""
    if story.opts.get("tg"):
        rows += f'<tr><td class="nhanTG">Tác giả:</td><td class="gtTG">{_tg_html(story)}</td></tr>'
    if story.opts.get("nguon"):
        rows += f'<tr><td class="nhanTG">Nguồn:</td><td class="gtTG">{_nguon_html(story)}</td></tr>'
    rows += '<tr><td class="nhanTG">Người đăng:</td><td class="gtTG">Quản trị cổng</td></tr>'
    summary = ""
    if story.summary and story.sapo_outside:
        summary = f'<div class="tomTatCT"><strong>{esc(story.summary)}</strong></div>'
    wp = "g_3f1c7a2b_5d4e_4c0f_9a8b_" + f"{story.id:012d}"
    inner = f"""<div class="ctTin">
<div id="ctl00_ctl40_{wp}_pnlSEO" style="display:none"><span class="tuKhoa">Từ khóa: {esc(story.opts.get("kw", ""))}</span><span class="moTa">{esc(_teaser(story))}</span></div>
<h2 class="tieuDeCT">{esc(story.title)}{ZW}</h2>
<div class="ngayDangCT"><span>Ngày đăng: {vn12(dt)}</span> | <span class="capNhat">Cập nhật: {vn12(_modified(story))}</span> | <span>Lượt xem: {story.views()}</span></div>
{summary}
<div id="ctl00_ctl40_{wp}_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_ctl40_{wp}_ctl00_label">
{render_text(story)}
</div>
<table class="ttTacGia" cellspacing="0">{rows}</table>
<div class="congCuCT"><a href="javascript:window.print();"><img src="/Style%20Library/QuangTri/images/print.gif" alt=""/> In bài</a> <a href="mailto:?subject={quote(story.title)}"><img src="/Style%20Library/QuangTri/images/email.gif" alt=""/> Gửi email</a> <a href="https://www.facebook.com/sharer/sharer.php?u={quote(base_url(request) + '/Pages/chi-tiet-tin.aspx?ItemID=' + str(story.id), safe='')}" target="_blank"><img src="/Style%20Library/QuangTri/images/facebook.png" alt="Chia sẻ"/></a> <a href="javascript:history.back();">Quay lại</a></div>
</div>"""
    main = (
        '<div class="ms-webpart-zone ms-fullWidth">' + _zone(4, None, inner, noindex=False) + "</div>"
        '<div class="ms-webpart-zone ms-fullWidth">' + _others(story) + "</div>"
    )
    return page(
        request,
        title="Chi tiết tin - Sở GD&ĐT Quảng Trị",
        h1="Chi tiết tin",
        crumbs=[(cat, _cat_href(story)), ("Chi tiết tin", "/Pages/chi-tiet-tin.aspx")],
        main=main,
        action=f"./chi-tiet-tin.aspx?ItemID={story.id}",
        canonical="/Pages/chi-tiet-tin.aspx",
        description=_teaser(story),
    )


def _tg_html(story: Story) -> str:
    tg = story.opts.get("tg", "")
    return tg if tg.startswith("<") else esc(tg)


def _nguon_html(story: Story) -> str:
    n = story.opts.get("nguon", "")
    return n if n.startswith("<") else esc(n)


def empty_article_page(request: Request) -> Response:
    inner = ('<div class="ctTin"><div class="qtThongBaoLoi" style="padding:20px;color:#a00;">'
             "Không tìm thấy nội dung tin. Tin có thể đã bị gỡ bỏ hoặc đường dẫn không đúng.</div></div>")
    return page(request, title="Chi tiết tin - Sở GD&ĐT Quảng Trị", h1="Chi tiết tin",
                crumbs=[("Chi tiết tin", None)], main=_zone(4, None, inner),
                action="./chi-tiet-tin.aspx", canonical="/Pages/chi-tiet-tin.aspx")


def dispform_page(request: Request, story: Story) -> Response:
    dt = story.opts["dt"]
    created = dt + _dt.timedelta(minutes=7)

    def row(label: str, internal: str, ftype: str, value: str) -> str:
        return (
            f'<tr><td nowrap="true" valign="top" width="113px" class="ms-formlabel"><h3 class="ms-standardheader">'
            f'<a name="SPBookmark_{internal}"></a>{esc(label)}</h3></td><td valign="top" class="ms-formbody" '
            f'width="350px" id="SPField{ftype}"><!-- FieldName="{esc(label)}" FieldInternalName="{internal}" '
            f'FieldType="SPField{ftype}" -->{value}&nbsp;</td></tr>'
        )

    cls = "ExternalClass" + opaque(f"ec{story.id}", 16).encode().hex()[:32].upper()
    rows = row("Tiêu đề", "Title", "Text", esc(story.title))
    if story.summary and story.sapo_outside:
        rows += row("Tóm tắt", "TomTat", "Note", esc(story.summary))
    if story.images:
        rows += row("Ảnh đại diện", "AnhDaiDien", "Image",
                    f'<div class="ms-rtestate-field"><img alt="" src="{esc(_thumb(story))}" style="border:0px solid;" /></div>')
    rows += row("Nội dung", "NoiDung", "Note", f'<div class="{cls}">{render_text(story, rendered_wp=False)}</div>')
    rows += row("Ngày đăng", "NgayDang", "DateTime", us12(dt))
    rows += row("Tác giả", "TacGia", "User" if _tg_html(story).startswith("<") else "Text", _tg_html(story))
    rows += row("Nguồn", "Nguon", "URL", _nguon_html(story))
    rows += row("Chuyên mục", "ChuyenMuc", "Lookup",
                f'<a href="{esc(_cat_href(story))}">{esc(_cat_name(story))}</a>')
    main = (
        '<div class="ms-webpart-zone ms-fullWidth">'
        + _zone(2, None,
                '<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">'
                + rows + "</table>"
                f'<table cellpadding="0" cellspacing="0" width="100%"><tr><td class="ms-descriptiontext" nowrap="nowrap">'
                f"<span>Được tạo vào {us12(created)}&nbsp; bởi <a href=\"/_layouts/15/userdisp.aspx?ID=1\">Quản trị cổng</a></span><br/>"
                f"<span>Được sửa đổi lần cuối vào {us12(_modified(story))}&nbsp; bởi Quản trị cổng</span></td>"
                '<td align="right"><input type="button" value="Đóng" class="ms-ButtonHeightWidth" '
                "onclick=\"STSNavigate('\\u002fLists\\u002fTinTuc\\u002fAllItems.aspx');return false;\" /></td></tr></table>", noindex=False)
        + "</div>"
    )
    return page(
        request,
        title=f"Tin tức - {story.title}",
        h1="Tin tức",
        crumbs=[(_cat_name(story), _cat_href(story))],
        main=main,
        action=f"DispForm.aspx?ID={story.id}&Source={SOURCE_Q}",
        sidebar=False,
    )


# --- listings -----------------------------------------------------------------------------------


def _item_row(s: Story, href: str) -> str:
    return (
        f'<tr class="ms-itmhover"><td class="anhDS"><a href="{esc(href)}"><img src="{esc(_thumb(s))}" alt="" '
        f'width="140" /></a></td><td class="ndDS"><a class="tdDS" href="{esc(href)}">{esc(s.title)}</a> '
        f'<span class="ngayDS">({s.opts["dt"]:%d/%m/%Y})</span><div class="ttDS">{esc(_teaser(s))}</div></td></tr>'
    )


def category_page(request: Request, cat: int, pageno: int) -> Response | None:
    items = _in_cat(cat)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    if pageno < 1 or pageno > pages:
        return None
    chunk = items[(pageno - 1) * PAGE_SIZE: pageno * PAGE_SIZE]
    rows = "".join(_item_row(s, f"chi-tiet-tin.aspx?ItemID={s.id}&CategoryId={cat}") for s in chunk)
    pager = ""
    if pages > 1:
        base = f"tin-tuc.aspx?CategoryId={cat}"
        parts = [f'<a class="trangDau" href="{esc(base)}">Trang đầu</a>']
        if pageno > 1:
            first_row = (pageno - 2) * PAGE_SIZE + 1
            parts.append(f'<a href="{esc(f"{base}&Paged=TRUE&PagedPrev=TRUE&p_ID={chunk[0].id}&PageFirstRow={first_row}")}">«</a>')
        for n in range(1, pages + 1):
            if n == pageno:
                parts.append(f'<span class="trangHT">{n}</span>')
            else:
                parts.append(f'<a href="{esc(base if n == 1 else f"{base}&Page={n}")}">{n}</a>')
        if pageno < pages:
            parts.append(f'<a href="{esc(f"{base}&Paged=TRUE&p_ID={chunk[-1].id}&PageFirstRow={pageno * PAGE_SIZE + 1}")}">»</a>')
        parts.append(f'<a class="trangCuoi" href="{esc(f"{base}&Page={pages}")}">Trang cuối</a>')
        pager = '<div class="phanTrang">' + " ".join(parts) + "</div>"
    inner = f'<div class="dsTinTuc"><table class="tblDSTin" cellspacing="0" width="100%">{rows}</table>{pager}</div>'
    name = CATS[cat]
    action = f"./tin-tuc.aspx?CategoryId={cat}" + (f"&Page={pageno}" if pageno > 1 else "")
    return page(request, title=f"{name} - Sở GD&ĐT Quảng Trị", h1=name,
                crumbs=[("Tin tức", "/Pages/tin-tuc.aspx?CategoryId=1"), (name, None)],
                main='<div class="ms-webpart-zone ms-fullWidth">' + _zone(2, name, inner) + "</div>",
                action=action)


DOCS = {
    205: ("1875/QĐ-SGDĐT", "Quyết định", "12/11/2026", "Ban hành Kế hoạch kiểm tra chuyên ngành năm học 2026-2027",
          "Nguyễn Hữu Thành", "1875-QD-SGDDT.pdf"),
    206: ("2031/SGDĐT-KHTC", "Công văn", "18/10/2026", "Hướng dẫn triển khai học bạ số năm học 2026-2027",
          "Nguyễn Hữu Thành", "2031-SGDDT-KHTC.pdf"),
    207: ("2102/TB-SGDĐT", "Thông báo", "24/11/2026", "Thông báo tuyển dụng viên chức giáo dục năm 2026",
          "Trần Văn Quang", "2102-TB-SGDDT.pdf"),
}


def doc_page(request: Request, did: int) -> Response:
    so, loai, ngay, trich, ky, pdf = DOCS[did]
    rows = "".join(
        f'<tr><td class="nhanVB">{esc(k)}</td><td>{v}</td></tr>'
        for k, v in [
            ("Số/Ký hiệu:", esc(so)), ("Loại văn bản:", esc(loai)), ("Ngày ban hành:", esc(ngay)),
            ("Cơ quan ban hành:", "Sở Giáo dục và Đào tạo"), ("Trích yếu:", esc(trich)), ("Người ký:", esc(ky)),
            ("Tệp đính kèm:", f'<a href="/VanBan/2026/{pdf}"><img src="/_layouts/15/images/icpdf.png" alt=""/> {pdf}</a>'),
        ]
    )
    inner = f'<table class="ctVanBan" cellspacing="0" width="100%">{rows}</table>'
    return page(request, title="Chi tiết văn bản - Sở GD&ĐT Quảng Trị", h1="Chi tiết văn bản",
                crumbs=[("Văn bản", "/Pages/van-ban.aspx"), ("Chi tiết văn bản", None)],
                main=_zone(2, "Văn bản", inner), action=f"./van-ban.aspx?ItemID={did}")


def doc_list_page(request: Request) -> Response:
    rows = "".join(
        f'<tr class="ms-itmhover"><td class="ms-vb2">{esc(so)}</td><td class="ms-vb2">{esc(ngay)}</td>'
        f'<td class="ms-vb2"><a href="van-ban.aspx?ItemID={did}">{esc(trich)}</a></td></tr>'
        for did, (so, _l, ngay, trich, _k, _p) in DOCS.items()
    )
    inner = ('<table class="ms-listviewtable" width="100%"><tr class="ms-viewheadertr"><th class="ms-vh2">Số/Ký hiệu</th>'
             f'<th class="ms-vh2">Ngày ban hành</th><th class="ms-vh2">Trích yếu</th></tr>{rows}</table>')
    return page(request, title="Văn bản - Sở GD&ĐT Quảng Trị", h1="Văn bản", crumbs=[("Văn bản", None)],
                main=_zone(2, "Văn bản mới", inner), action="./van-ban.aspx")


def notices_page(request: Request) -> Response:
    s = BY_ID[439]
    rows = _item_row(s, f"chi-tiet-tin.aspx?ItemID={s.id}")
    rows += ('<tr class="ms-itmhover"><td class="anhDS"></td><td class="ndDS"><a class="tdDS" href="van-ban.aspx?ItemID=207">'
             "Thông báo tuyển dụng viên chức giáo dục năm 2026</a> <span class=\"ngayDS\">(24/11/2026)</span></td></tr>")
    inner = f'<div class="dsTinTuc"><table class="tblDSTin" cellspacing="0" width="100%">{rows}</table></div>'
    return page(request, title="Thông báo - Sở GD&ĐT Quảng Trị", h1="Thông báo", crumbs=[("Thông báo", None)],
                main=_zone(2, "Thông báo", inner), action="./thong-bao.aspx")


def home_page(request: Request) -> Response:
    rot = "".join(
        f'<li class="qtSlide"><a href="/Lists/TinTuc/DispForm.aspx?ID={i}&amp;Source={SOURCE_Q}">'
        f'<img src="{esc(_thumb(BY_ID[i]).replace("RenditionID=3", "RenditionID=5"))}" alt="{esc(BY_ID[i].title)}" /></a>'
        f'<div class="qtSlideCap"><a href="/Lists/TinTuc/DispForm.aspx?ID={i}&amp;Source={SOURCE_Q}">{esc(BY_ID[i].title)}</a></div></li>'
        for i in FEATURED
    )
    cqwp = "".join(
        f'<li class="dfwp-item"><div class="item"><div class="image-area-left"><a href="/Pages/chi-tiet-tin.aspx?ItemID={s.id}">'
        f'<img class="image" src="{esc(_thumb(s))}" alt="" /></a></div><div class="link-item">'
        f'<a href="/Pages/chi-tiet-tin.aspx?ItemID={s.id}" title="">{esc(s.title)}</a>'
        f'<div class="description">{esc(_teaser(s))}</div></div></div></li>'
        for s in NEWS[:5]
    )
    docs = "".join(
        f'<li><a href="/Pages/van-ban.aspx?ItemID={d}">{esc(v[0])}</a> - {esc(v[3])}</li>' for d, v in DOCS.items()
    )
    tb = BY_ID[439]
    notices = (
        f'<li><a href="/Pages/chi-tiet-tin.aspx?ItemID=439">{esc(tb.title)}</a></li>'
        '<li><a href="/Pages/van-ban.aspx?ItemID=207">Thông báo tuyển dụng viên chức giáo dục năm 2026</a></li>'
        '<li class="xemTiep"><a href="/Pages/thong-bao.aspx">Xem tiếp »</a></li>'
    )
    main = (
        '<div class="ms-webpart-zone ms-fullWidth">'
        + _zone(2, "Tin nổi bật", f'<div id="qtTinNoiBat"><ul class="qtSlides">{rot}</ul></div>')
        + _zone(3, "Tin tức - Sự kiện", f'<ul class="dfwp-column dfwp-list" style="width:100%">{cqwp}</ul>'
                '<div class="xemTiep"><a href="/Pages/tin-tuc.aspx?CategoryId=1">Xem tiếp »</a></div>')
        + _zone(4, "Văn bản mới", f'<ul class="qtVanBanMoi">{docs}</ul>')
        + _zone(5, "Thông báo", f'<ul class="qtThongBao">{notices}</ul>')
        + "</div>"
    )
    return page(request, title="Trang chủ - Sở GD&ĐT Quảng Trị", h1="Trang chủ", crumbs=[],
                main=main, action="./Home.aspx")


def intro_page(request: Request) -> Response:
    inner = (
        '<div class="ms-rtestate-field">'
        "<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Quảng Trị, tham mưu, giúp UBND tỉnh "
        "thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên "
        "và các cơ sở giáo dục khác trên địa bàn tỉnh.</p>"
        "<p><strong>Ban Giám đốc</strong></p><ul><li>Giám đốc Sở: phụ trách chung.</li>"
        "<li>Phó Giám đốc Nguyễn Hữu Thành: phụ trách giáo dục trung học, quản lý chất lượng.</li>"
        "<li>Phó Giám đốc Trần Văn Quang: phụ trách tổ chức cán bộ, kế hoạch - tài chính.</li></ul>"
        "<p><strong>Các phòng chuyên môn:</strong> Văn phòng; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; "
        "Phòng Giáo dục Mầm non; Phòng Giáo dục Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý chất lượng; "
        "Thanh tra Sở.</p></div>"
    )
    return page(request, title="Chức năng, nhiệm vụ - Sở GD&ĐT Quảng Trị", h1="Giới thiệu",
                crumbs=[("Giới thiệu", None)], main=_zone(2, "Chức năng, nhiệm vụ", inner), action="./gioi-thieu.aspx")


def contact_page(request: Request) -> Response:
    inner = (
        '<table class="qtLienHe"><tr><td>Địa chỉ:</td><td>Số 15 Quang Trung, phường Đồng Hới, tỉnh Quảng Trị</td></tr>'
        "<tr><td>Điện thoại:</td><td>0232.3822.418</td></tr><tr><td>Email:</td><td>sgddt@quangtri.gov.vn</td></tr>"
        "<tr><td>Đường dây nóng:</td><td>0232.3822.555</td></tr></table>"
        '<p>Mọi góp ý xin gửi về Văn phòng Sở qua email hoặc điện thoại trong giờ hành chính.</p>'
    )
    return page(request, title="Liên hệ - Sở GD&ĐT Quảng Trị", h1="Liên hệ", crumbs=[("Liên hệ", None)],
                main=_zone(2, "Liên hệ", inner), action="./lien-he.aspx")


# --- the site -----------------------------------------------------------------------------------


def _int(value: str | None) -> int | None:
    if value is None or not re.fullmatch(r"\d{1,6}", value):
        return None
    return int(value)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if low in ("/", "/default.aspx", "/pages", "/pages/"):
            return redirect("/Pages/Home.aspx")
        if low == "/pages/home.aspx":
            return home_page(request)
        if low == "/pages/chi-tiet-tin.aspx":
            if "itemid" not in params:
                return empty_article_page(request)
            story = BY_ID.get(_int(params["itemid"]) or -1)
            return article_page(request, story) if story else None
        if low == "/lists/tintuc/dispform.aspx":
            story = BY_ID.get(_int(params.get("id")) or -1)
            return dispform_page(request, story) if story else None
        if low == "/pages/tin-tuc.aspx":
            cat = _int(params.get("categoryid"))
            if cat not in CATS:
                return None
            if params.get("paged", "").upper() == "TRUE":
                row = _int(params.get("pagefirstrow"))
                if row is None or row < 1 or _int(params.get("p_id")) is None:
                    return None
                pageno = (row - 1) // PAGE_SIZE + 1
            else:
                pageno = _int(params.get("page", "1"))
                if pageno is None:
                    return None
            return category_page(request, cat, pageno)
        if low == "/pages/thong-bao.aspx":
            return notices_page(request)
        if low == "/pages/van-ban.aspx":
            if "itemid" not in params:
                return doc_list_page(request)
            did = _int(params["itemid"])
            return doc_page(request, did) if did in DOCS else None
        if low == "/pages/gioi-thieu.aspx":
            return intro_page(request)
        if low == "/pages/lien-he.aspx":
            return contact_page(request)
        if low.startswith("/vanban/2026/") and low.endswith(".pdf"):
            if any(low.endswith(v[5].lower()) for v in DOCS.values()):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if low.startswith(("/publishingimages/", "/_layouts/", "/style%20library/", "/style library/")):
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


# --- gold ---------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if s.cat != "tb":
        alts.append(f"/Pages/chi-tiet-tin.aspx?ItemID={s.id}&CategoryId={s.cat}")
    if s.id in FEATURED:
        alts.append(f"/Lists/TinTuc/DispForm.aspx?ID={s.id}&Source={SOURCE_Q}")
        alts.append(f"/Lists/TinTuc/DispForm.aspx?ID={s.id}")
    if s.id in MOST_READ:
        alts.append(f"/pages/Chi-tiet-tin.aspx?itemid={s.id}")
    return alts


#: articles whose only link is their page-2 listing's ``&CategoryId=`` URL: that URL is the gold
#: path, the ItemID-only URL (served, never linked) the canonical path
PAGE2_ONLY = (419, 414)


def _gold(s: Story) -> dict:
    canonical = f"/Pages/chi-tiet-tin.aspx?ItemID={s.id}"
    alts = _alt_paths(s)
    if s.id in PAGE2_ONLY:
        return gold_record(s, alts[0], _cat_name(s), canonical_path=canonical, alt_paths=alts[1:])
    return gold_record(s, canonical, _cat_name(s), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/Pages/gioi-thieu.aspx",
    "/Pages/lien-he.aspx",
    "/Pages/van-ban.aspx?ItemID=205",
    "/Pages/van-ban.aspx?ItemID=206",
    "/Pages/van-ban.aspx?ItemID=207",
    "/Pages/chi-tiet-tin.aspx",
]

"""Sở Giáo dục và Đào tạo tỉnh Lâm Đồng on Microsoft Power Pages (Dynamics 365 portals).

Platform
--------
A Power Pages site on the Bootstrap 3 starter layout: Liquid web templates, a ``navbar-inverse``
menu built from the "Primary Navigation" web link set (drop-downs whose top link is ``href="#"``),
``ul.breadcrumb``, ``div.page-heading``/``div.page-header h1``, the page copy in
``div.page-copy > div.xrm-attribute.xrm-editable-html > div.xrm-attribute-value``, sidebar panels
(``panel panel-default``), a custom cookie banner, a language drop-down (vi-VN / en-US), sign-in
links carrying ``returnUrl`` and a footer with the department's address. News lives in two
Dataverse tables:

* web pages (child pages of "Tin tức - Sự kiện"), written in the portal's CKEditor 4;
* knowledge articles (``knowledgearticle``) filed under KB categories (Thông báo, Giáo dục Trung
  học, Giáo dục Mầm non - Tiểu học, Khảo thí - Kiểm định chất lượng), many pasted from Word.

URL scheme (paths are case-insensitive, as on Power Pages)
-----------------------------------------------------------
``/``                                   home (carousel, three news blocks, "Văn bản mới")
``/vi-VN/<path>``                       the same page with the language code in the URL
``/en-US/``                             English landing page (only the root exists)
``/tin-tuc/``, ``/tin-tuc/?page=2``      web-page news listing (Liquid, 3 per page)
``/tin-tuc/<slug>/``                    a news web page (``/tin-tuc/<slug>`` -> 301 with slash)
``/thong-bao/``                         KB listing "Thông báo", paged by a GET form ``<select name="page">``
``/chuyen-mon/<cat>/``                  KB category listings (no paging needed)
``/knowledgebase/``                     KB home: categories, popular, latest
``/article/?id=<guid>``                 a knowledge article (id case-insensitive, braces allowed)
``/knowledgebase/article/KA-0xxxx/vi-VN`` the same article by its article number (permalink)
``/van-ban/``                           documents: an entity-list grid filled by JavaScript from
                                        ``POST /_services/entity-grid-data.json/<guid>``
``/van-ban/chi-tiet/?id=<guid>``        a document entry (read-only basic form)
``/gioi-thieu/``, ``/lien-he/``, ``/chinh-sach-cookie/``, ``/lich-cong-tac/[?tuan=48|50]``,
``/thu-vien-anh/``, ``/thu-vien-anh/album/?id=<guid>``, ``/search/?q=``, ``/SignIn?returnUrl=…``,
``/Account/Login/Register``, ``/forums/`` (302 to sign-in), images ``/anh-tin/…`` and
``/Image/download.aspx?Entity=annotation&Attribute=documentbody&Id=<guid>``, attachments
``/_entity/annotation/<guid>``.

Page templates
--------------
* web page article: breadcrumb "Trang chủ / Tin tức - Sự kiện / <title>", h1, a meta line
  "Ngày đăng: dd/MM/yyyy" (from the release date; absent when none is set) and
  "Cập nhật: dd/MM/yyyy HH:mm" (modifiedon), tool bar, the copy, "Các tin khác" (3 newest others).
* knowledge article: breadcrumb "Trang chủ / Cơ sở tri thức / <title>" (generic, not the
  category), h1, a meta line "Chuyên mục: <category> | Ngày đăng: <abbr class="timeago"
  title="<UTC>">local</abbr> | Cập nhật: … | Người đăng: <CMS account> | Lượt xem", the
  description (``div.kb-mota``, bold: the sapo) when set, the content, "Mã bài viết: KA-…",
  rating widget, "Bài viết liên quan" (links with the GUID in capitals), reader comments.

How each gold article is reached
--------------------------------
* W1 Hội nghị giao ban: home news block, /tin-tuc/ page 1, carousel as /vi-VN/tin-tuc/…/.
* W2 Khai mạc Hội thi GVDG: home, /tin-tuc/ page 1, "Xem nhiều".
* W5 Lễ kỷ niệm 20/11: home, /tin-tuc/ page 1.
* W3 Học bổng: carousel (as /Tin-Tuc/…/), "Xem nhiều", /tin-tuc/?page=2.
* W4 Tập huấn học bạ số: only /tin-tuc/?page=2.
* K2, K1, K3 (Thông báo): home "Thông báo" block, /thong-bao/ page 1.
* K4 Kỷ niệm chương: only /thong-bao/?page=2, reached through the GET form's select.
* K6, K8, K5: home "Chuyên môn" block and their category pages; K6 also the carousel (capital GUID).
* K7 Mầm non: only its category page /chuyen-mon/mam-non-tieu-hoc/ (and KB search results).

Traps
-----
1. Language and case duplicates: the carousel links W1 as ``/vi-VN/tin-tuc/<slug>/`` and W3 as
   ``/Tin-Tuc/<slug>/``; both answer 200 with the same page. Gold: one record each, the
   lower-case path without language code canonical, the variants in ``alt_paths``.
2. One knowledge article, three URLs: ``/article/?id=<guid>`` (listings), the GUID in capitals
   (related box, carousel) and the permalink ``/knowledgebase/article/KA-0xxxx/vi-VN`` printed on
   every article and in search results. Gold: the lower-case ``?id=`` form canonical, the others
   in ``alt_paths``.
3. UTC in the markup: ``<abbr class="timeago" title="2026-10-22T17:05:00.0000000Z">`` prints the
   local ``23/10/2026 00:05``; K7's ``2026-10-29T17:00Z`` prints ``30/10/2026 00:00`` (a day alone).
   Gold: local time with +07:00 (K4 "2026-10-23T00:05:00+07:00"), K7 "2026-10-30"; the
   "Cập nhật" stamp next to it is never the date. W4 prints only "Cập nhật: …" -> null.
4. The CMS account is not the author: every KB page prints "Người đăng: quantri.sgddt" (or
   "nv.vanphong"); the real byline is the right-aligned closing line ("Tin, ảnh: Trần Ngọc
   Diệp", "ThS. Lê Hoàng Phúc - Phó Trưởng phòng GDTrH", "Phòng Khảo thí và Quản lý chất lượng
   giáo dục"); K3 has none -> authors [].
5. Chrome that reads like content: the cookie banner (paragraphs, first thing in ``<body>``), a
   scrolling "Tin mới" notice, the sidebar portlet "Thông báo" with a paragraph about online
   applications, the rating widget "Bài viết này có hữu ích không?", reader comments with names
   and later dates, "Bài viết liên quan"/"Các tin khác" lists. Gold: none of it is body, author
   or date.
6. Hidden pages: the "Văn bản" grid is an empty table filled by JavaScript from a POST JSON
   service, so document entries are found through the home "Văn bản mới" block only; the
   Thông báo listing pages with a GET form (``<select name="page">`` + noscript button), so K4 is
   reachable only by submitting it; W4 only via ``?page=2``.
7. Word paste (K5): ``MsoListParagraph`` items whose bullet sits in ``<span
   style="mso-list:Ignore">·</span>``, ``<o:p>`` tags, a bracketed footnote call in a ``<sup>``
   ("…nhiều cấp học[1], Sở …") and its note in the ``mso-element:footnote-list``. Gold: bullets
   are no text, the editor-typed "- " stays, the call stays in its sentence, the note is the last
   body paragraph (the byline after it is not body).
8. Official notice (K1): letterhead table, "Số: 2385/TB-SGDĐT", "Lâm Đồng, ngày 27 tháng 11 năm
   2026", "THÔNG BÁO / Về việc …", "Nơi nhận" + "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / Nguyễn
   Thị Minh Hằng". Gold: date "2026-11-27" (the page's own stamp is 28/11 08:40), author
   ["Nguyễn Thị Minh Hằng"], body = the numbered text between subject and closing.
9. Sign-in links on every page carry the page's path (``/SignIn?returnUrl=%2Ftin-tuc%2F…``) and
   the forum menu item redirects there: distinct URLs that are never articles.
10. Sentences starting "Theo Kế hoạch số …" (K2) are text; only a closing "Theo Báo Lâm Đồng
   điện tử" (W3) or "Nguồn: Báo Lâm Đồng" (K7) line is the source.

Gold decisions on ambiguous points
----------------------------------
* Category of a knowledge article: its KB category as the "Chuyên mục" line, the menu and the
  category page print it ("Thông báo", "Giáo dục Trung học", …), not the breadcrumb's generic
  "Cơ sở tri thức". Web pages: "Tin tức - Sự kiện" (breadcrumb).
* Sapo: a KB article's description ``div.kb-mota`` (bold, outside the content) is the summary and
  the body's first paragraph; a web page's bold first paragraph likewise. W4, K1 and K3 print no
  description: summary null although the meta description holds their first sentence.
* W4 prints no publication date, only "Cập nhật: 14/10/2026 16:22": the helper's gold had null;
  harmonised after the first crawl with the house's reading (aspnet_telerik_tct, aem_sgddt): the
  only stamp a page prints is its date, 2026-10-14T16:22:00+07:00.
* A photo line that only credits ("Ảnh: Ngọc Minh", "(Ảnh: Trần Ngọc Diệp)") gives caption None
  and its name is a photographer.
* "BBT" (W5) signs nobody: authors [].
* The file-attachment line (K2), the "Xem thêm:" line (W2, K8) and "Mã bài viết" are not body.
* Table rows (K8) are paragraphs, the header row included, cells joined by " | ".
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import _JPEG, PDF, Img, P, Raw, Story, base_url, esc, gold_record, opaque, static_file

NAME = "power_pages_sgddt"
PLATFORM = "Microsoft Power Pages (Dynamics 365 portals)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng"
NEWS_CAT = "Tin tức - Sự kiện"
PER_NEWS_PAGE = 3
PER_TB_PAGE = 3


def _guid(key: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://sgddt.lamdong.example/{key}"))


# --- KB categories ----------------------------------------------------------------------------

CATS = {
    "thong-bao": ("Thông báo", "/thong-bao/"),
    "gdtrh": ("Giáo dục Trung học", "/chuyen-mon/giao-duc-trung-hoc/"),
    "mntH": ("Giáo dục Mầm non - Tiểu học", "/chuyen-mon/mam-non-tieu-hoc/"),
    "khaothi": ("Khảo thí - Kiểm định chất lượng", "/chuyen-mon/khao-thi/"),
}


def _right(text: str, strong: bool = True) -> Raw:
    inner = f"<strong>{esc(text)}</strong>" if strong else f"<em>{esc(text)}</em>"
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _kbimg(key: str) -> str:
    return f"/Image/download.aspx?Entity=annotation&amp;Attribute=documentbody&amp;Id={_guid('img/' + key)}"


# --- the stories --------------------------------------------------------------------------------
# Web pages: opts kind="page", release (dd/mm/yyyy or None), updated, order (sort key), thumb.
# Knowledge articles: opts kind="kb", utc (publishedon), mod (modifiedon, UTC), ka, cat key,
# owner (CMS account), related (ids), word (Word-pasted markup).

W1 = Story(
    id=1,
    slug="hoi-nghi-giao-ban-quy-iv-2026",
    title="Sở GD&ĐT tổ chức Hội nghị giao ban công tác giáo dục quý IV năm 2026",
    cat=NEWS_CAT,
    published_at="2026-12-02",
    summary=(
        "Sáng 02/12, Sở Giáo dục và Đào tạo tổ chức Hội nghị giao ban công tác giáo dục quý IV "
        "năm 2026 theo hình thức trực tiếp kết hợp trực tuyến đến 124 điểm cầu là các trường THPT, "
        "trung tâm GDNN-GDTX và UBND các xã, phường trên địa bàn tỉnh."
    ),
    authors=["Nguyễn Minh Khôi"],
    photographers=["Phạm Đức Anh"],
    blocks=[
        P(
            "Sáng 02/12, Sở Giáo dục và Đào tạo tổ chức Hội nghị giao ban công tác giáo dục quý IV "
            "năm 2026 theo hình thức trực tiếp kết hợp trực tuyến đến 124 điểm cầu là các trường THPT, "
            "trung tâm GDNN-GDTX và UBND các xã, phường trên địa bàn tỉnh.",
            "lead",
        ),
        P(
            "Đồng chí Võ Thành Trung, Giám đốc Sở GD&ĐT chủ trì hội nghị. Tham dự có các đồng chí "
            "Phó Giám đốc Sở, trưởng các phòng chuyên môn, nghiệp vụ thuộc Sở; hiệu trưởng các "
            "trường THPT, giám đốc các trung tâm GDNN-GDTX."
        ),
        Img(
            "/anh-tin/2026/12/giao-ban-q4-1.jpg",
            "Quang cảnh Hội nghị giao ban tại điểm cầu Sở GD&ĐT",
            "Quang cảnh Hội nghị giao ban tại điểm cầu Sở GD&ĐT",
            "next",
        ),
        P(
            "Báo cáo tại hội nghị cho thấy, sau hơn một năm vận hành mô hình chính quyền địa phương "
            "hai cấp, công tác quản lý nhà nước về giáo dục trên địa bàn tỉnh cơ bản ổn định. Toàn "
            "tỉnh hiện có 1.286 cơ sở giáo dục với hơn 612.000 học sinh; tỷ lệ huy động trẻ 5 tuổi "
            "ra lớp đạt 99,6%."
        ),
        P("Tuy nhiên, hội nghị cũng chỉ ra một số tồn tại, hạn chế:", "br"),
        P(
            "tình trạng thiếu giáo viên cục bộ ở các môn Tin học, Ngoại ngữ, Âm nhạc, Mỹ thuật; cơ sở "
            "vật chất một số điểm trường vùng sâu, vùng xa còn xuống cấp."
        ),
        Img(
            "/anh-tin/2026/12/giao-ban-q4-2.jpg",
            "Giám đốc Sở GD&ĐT Võ Thành Trung phát biểu kết luận hội nghị",
            "Giám đốc Sở GD&ĐT Võ Thành Trung phát biểu kết luận hội nghị",
            "next",
        ),
        P(
            "Phát biểu kết luận, Giám đốc Sở GD&ĐT đề nghị các đơn vị tập trung rà soát, sắp xếp đội "
            "ngũ; chuẩn bị tốt các điều kiện cho Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 và Hội thi "
            "giáo viên chủ nhiệm lớp giỏi; tăng cường công tác bảo đảm an toàn trường học trong mùa "
            "mưa bão."
        ),
        _right("Tin: Nguyễn Minh Khôi - Ảnh: Phạm Đức Anh"),
    ],
    opts={
        "kind": "page",
        "release": "02/12/2026",
        "updated": "03/12/2026 08:05",
        "order": "2026-12-02",
        "thumb": "/anh-tin/thumb/giao-ban-q4.jpg",
        "desc": "Sở GD&ĐT tổ chức Hội nghị giao ban công tác giáo dục quý IV năm 2026.",
    },
)

W2 = Story(
    id=2,
    slug="khai-mac-hoi-thi-gvdg-thpt-2026-2027",
    title="Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027",
    cat=NEWS_CAT,
    published_at="2026-11-28",
    summary=(
        "Chiều 27/11, tại Trường THPT Chuyên Thăng Long - Đà Lạt, Sở GD&ĐT khai mạc Hội thi giáo "
        "viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027 với sự tham gia của 236 giáo viên đến "
        "từ 68 đơn vị."
    ),
    authors=["Phòng GDTrH"],
    blocks=[
        P(
            "Chiều 27/11, tại Trường THPT Chuyên Thăng Long - Đà Lạt, Sở GD&ĐT khai mạc Hội thi giáo "
            "viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027 với sự tham gia của 236 giáo viên đến "
            "từ 68 đơn vị.",
            "lead",
        ),
        Img(
            "/anh-tin/2026/11/khai-mac-gvdg-thpt.jpg",
            "(Đồng chí Nguyễn Thị Minh Hằng, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi)",
            "Đồng chí Nguyễn Thị Minh Hằng, Phó Giám đốc Sở GD&ĐT phát biểu khai mạc Hội thi",
            "fig",
        ),
        P(
            "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, có "
            "phương pháp dạy học tích cực, đáp ứng yêu cầu của Chương trình giáo dục phổ thông 2018; "
            "đồng thời tạo cơ hội để giáo viên giao lưu, học hỏi, chia sẻ kinh nghiệm."
        ),
        P("Các nội dung thi gồm:"),
        P("Trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh;", "li"),
        P("Thực hành dạy 02 tiết: 01 tiết tự chọn và 01 tiết do Ban Tổ chức bốc thăm;", "li"),
        P("Kiểm tra năng lực sử dụng thiết bị dạy học số.", "li"),
        P(
            "Hội thi diễn ra từ ngày 27/11 đến ngày 06/12/2026 tại 4 cụm trường: Đà Lạt, Bảo Lộc, "
            "Gia Nghĩa và Phan Thiết."
        ),
        _right("Phòng GDTrH"),
        Raw(
            '<p><em>Xem thêm: <a href="/tin-tuc/hoi-nghi-giao-ban-quy-iv-2026/">Sở GD&amp;ĐT tổ chức '
            "Hội nghị giao ban công tác giáo dục quý IV năm 2026</a></em></p>"
        ),
    ],
    opts={
        "kind": "page",
        "release": "28/11/2026",
        "updated": "30/11/2026 10:12",
        "order": "2026-11-28",
        "thumb": "/anh-tin/thumb/khai-mac-gvdg.jpg",
        "desc": "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027.",
    },
)

W5 = Story(
    id=5,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat=NEWS_CAT,
    published_at="2026-11-19",
    summary=None,
    authors=[],
    blocks=[
        P(
            "Chiều 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và biểu dương nhà "
            "giáo tiêu biểu năm 2026. Đến dự có đồng chí Phó Chủ tịch UBND tỉnh, đại diện lãnh đạo "
            "các sở, ban, ngành và hơn 300 cán bộ quản lý, giáo viên."
        ),
        Img("/anh-tin/2026/11/ky-niem-20-11.jpg", None, None, "bare"),
        P(
            "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh gửi lời chúc mừng tốt đẹp nhất "
            "đến các thế hệ nhà giáo, cán bộ quản lý giáo dục trong tỉnh và nhấn mạnh:"
        ),
        P(
            "“Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo; "
            "cùng ngành Giáo dục tỉnh nhà thực hiện thắng lợi nhiệm vụ năm học 2026-2027”.",
            "quote",
        ),
        P(
            "Nhân dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 45 tập thể, 120 cá nhân; Giám đốc "
            "Sở GD&ĐT tặng Giấy khen cho 215 nhà giáo có thành tích xuất sắc trong sự nghiệp giáo dục."
        ),
        _right("BBT"),
    ],
    opts={
        "kind": "page",
        "release": "19/11/2026",
        "updated": "20/11/2026 07:30",
        "order": "2026-11-19",
        "thumb": "/anh-tin/thumb/ky-niem-20-11.jpg",
        "desc": "Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
    },
)

W3 = Story(
    id=3,
    slug="trao-hoc-bong-tiep-suc-den-truong-2026",
    title="Trao 150 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn",
    cat=NEWS_CAT,
    published_at="2026-11-05",
    summary=(
        "Ngày 04/11, Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh trao 150 suất học bổng “Tiếp sức "
        "đến trường” cho học sinh THPT có hoàn cảnh đặc biệt khó khăn, vượt khó học tốt."
    ),
    authors=["Bảo Ngọc"],
    photographers=["Ngọc Minh"],
    source="Báo Lâm Đồng điện tử",
    blocks=[
        P(
            "Ngày 04/11, Sở GD&ĐT phối hợp với Hội Khuyến học tỉnh trao 150 suất học bổng “Tiếp sức "
            "đến trường” cho học sinh THPT có hoàn cảnh đặc biệt khó khăn, vượt khó học tốt.",
            "lead",
        ),
        P(
            "Mỗi suất học bổng trị giá 3 triệu đồng tiền mặt và một bộ sách giáo khoa, đồ dùng học "
            "tập. Tổng kinh phí chương trình hơn 520 triệu đồng do các doanh nghiệp, nhà hảo tâm "
            "trong và ngoài tỉnh đóng góp."
        ),
        Img("/anh-tin/2026/11/hoc-bong-tiep-suc.jpg", "Ảnh: Ngọc Minh", None, "next"),
        P(
            "Em K’ Thị Hòa, học sinh lớp 11 Trường THPT Lộc Bắc chia sẻ: nhà em ở xa trường gần 20 km, "
            "bố mẹ làm nương rẫy; suất học bổng sẽ giúp em có thêm điều kiện theo đuổi ước mơ trở thành "
            "cô giáo."
        ),
        P(
            "Từ năm 2015 đến nay, chương trình đã trao hơn 2.400 suất học bổng với tổng trị giá trên "
            "6 tỷ đồng, góp phần hạn chế tình trạng học sinh bỏ học giữa chừng."
        ),
        _right("Bảo Ngọc"),
        _right("Theo Báo Lâm Đồng điện tử", strong=False),
    ],
    opts={
        "kind": "page",
        "release": "05/11/2026",
        "updated": "05/11/2026 15:48",
        "order": "2026-11-05",
        "thumb": "/anh-tin/thumb/hoc-bong-tiep-suc.jpg",
        "desc": "Trao 150 suất học bổng Tiếp sức đến trường.",
    },
)

W4 = Story(
    id=4,
    slug="tap-huan-hoc-ba-so-so-diem-dien-tu",
    title="Tập huấn triển khai học bạ số và sổ điểm điện tử năm học 2026-2027",
    cat=NEWS_CAT,
    # (harmonised after the first crawl: the only stamp a page prints is its date, "Cập nhật"
    # or not, as aspnet_telerik_tct's and aem_sgddt's gold have it)
    published_at="2026-10-14T16:22:00+07:00",
    summary=None,
    authors=["Văn phòng Sở"],
    blocks=[
        P(
            "Thực hiện Kế hoạch chuyển đổi số ngành Giáo dục năm 2026, từ ngày 12 đến 14/10, Sở GD&ĐT "
            "tổ chức tập huấn triển khai học bạ số và sổ điểm điện tử cho cán bộ quản lý, giáo viên "
            "phụ trách công nghệ thông tin của các trường phổ thông trên địa bàn tỉnh."
        ),
        P(
            "Tại lớp tập huấn, học viên được hướng dẫn quy trình ký số học bạ, cập nhật điểm trên hệ "
            "thống, đồng bộ dữ liệu với Cơ sở dữ liệu ngành và xử lý các lỗi thường gặp."
        ),
        Img(
            "/anh-tin/2026/10/tap-huan-hoc-ba-so.jpg",
            "Học viên thực hành ký số học bạ trên máy tính",
            "Học viên thực hành ký số học bạ trên máy tính",
            "tbl",
        ),
        P(
            "Theo lộ trình, từ học kỳ I năm học 2026-2027, 100% trường THCS, THPT triển khai học bạ số "
            "đối với lớp 6 và lớp 10; các khối lớp còn lại hoàn thành trong năm học 2027-2028."
        ),
        _right("Văn phòng Sở"),
    ],
    opts={
        "kind": "page",
        "release": None,
        "updated": "14/10/2026 16:22",
        "order": "2026-10-14",
        "thumb": "/anh-tin/thumb/tap-huan-hoc-ba-so.jpg",
        "desc": (
            "Thực hiện Kế hoạch chuyển đổi số ngành Giáo dục năm 2026, từ ngày 12 đến 14/10, Sở GD&ĐT "
            "tổ chức tập huấn triển khai học bạ số và sổ điểm điện tử"
        ),
    },
)

_LETTERHEAD = """
<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:40%;text-align:center;vertical-align:top"><span style="font-size:13px">UBND TỈNH LÂM ĐỒNG</span><br>
<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>
<span style="font-size:11px">_______________</span></td>
<td style="width:60%;text-align:center;vertical-align:top"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>
<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>
</tr>
<tr>
<td style="text-align:center">Số: 2385/TB-SGDĐT</td>
<td style="text-align:center"><em>Lâm Đồng, ngày 27 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align:center">&nbsp;</p>
<p style="text-align:center"><strong>THÔNG BÁO</strong></p>
<p style="text-align:center"><strong>Về việc nghỉ Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027</strong></p>
<p style="text-align:center">___________</p>
"""

_CLOSING = """
<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>
<span style="font-size:11px">- Như trên;<br>
- UBND tỉnh (b/c);<br>
- Giám đốc, các PGĐ Sở;<br>
- Cổng TTĐT Sở;<br>
- Lưu: VT, VP.</span></td>
<td style="width:50%;text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br>
PHÓ GIÁM ĐỐC</strong><br>
<br>
<em>(Đã ký)</em><br>
<br>
<strong>Nguyễn Thị Minh Hằng</strong></td>
</tr>
</tbody>
</table>
"""

K1 = Story(
    id=6,
    slug="kb-nghi-tet-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027",
    cat="Thông báo",
    published_at="2026-11-27",
    authors=["Nguyễn Thị Minh Hằng"],
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Quyết định số 2150/QĐ-UBND ngày 30/7/2026 của UBND tỉnh Lâm Đồng ban hành Kế hoạch "
            "thời gian năm học 2026-2027 đối với giáo dục mầm non, giáo dục phổ thông và giáo dục "
            "thường xuyên trên địa bàn tỉnh;"
        ),
        P(
            "Sở Giáo dục và Đào tạo thông báo lịch nghỉ Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm "
            "2027 đối với các cơ sở giáo dục trên địa bàn tỉnh như sau:"
        ),
        P(
            "1. Tết Dương lịch: cán bộ quản lý, giáo viên, người lao động và học sinh được nghỉ 01 "
            "ngày vào thứ Sáu, ngày 01/01/2027."
        ),
        P(
            "2. Tết Nguyên đán Đinh Mùi: học sinh được nghỉ từ thứ Hai, ngày 01/02/2027 đến hết Chủ "
            "nhật, ngày 14/02/2027; đi học lại từ thứ Hai, ngày 15/02/2027."
        ),
        P(
            "3. Cán bộ, công chức, viên chức và người lao động nghỉ Tết theo thông báo của UBND tỉnh."
        ),
        P(
            "Các cơ sở giáo dục chủ động xây dựng kế hoạch bảo đảm an ninh, an toàn trường học trong "
            "thời gian nghỉ Tết; phân công trực cơ quan, bảo quản tài sản và báo cáo kịp thời về Sở "
            "(qua Văn phòng Sở) khi có tình huống đột xuất./."
        ),
        Raw(_CLOSING),
    ],
    opts={
        "kind": "kb",
        "cat": "thong-bao",
        "utc": "2026-11-28T01:40:00",
        "mod": "2026-11-28T02:02:00",
        "ka": "KA-01187",
        "owner": "nv.vanphong",
        "related": [7, 8],
        "desc": "Thông báo số 2385/TB-SGDĐT về việc nghỉ Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027.",
    },
)

K2 = Story(
    id=7,
    slug="kb-dieu-chinh-hoi-thi-gvcn",
    title=(
        "Thông báo điều chỉnh thời gian tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh "
        "năm học 2026-2027"
    ),
    cat="Thông báo",
    published_at="2026-12-04T09:15:00+07:00",
    summary=(
        "Do trùng lịch với Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12, Sở GD&ĐT điều chỉnh thời gian "
        "tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh năm học 2026-2027."
    ),
    sapo_outside=True,
    authors=["Phòng GDTrH"],
    blocks=[
        P(
            "Theo Kế hoạch số 1960/KH-SGDĐT ngày 10/10/2026 của Sở GD&ĐT, Hội thi giáo viên chủ nhiệm "
            "lớp giỏi cấp tỉnh năm học 2026-2027 dự kiến tổ chức từ ngày 14/12 đến ngày 18/12/2026."
        ),
        P("Nay, Sở GD&ĐT thông báo điều chỉnh thời gian tổ chức Hội thi như sau:"),
        P(
            "- Tập trung thí sinh, bốc thăm thứ tự thi: 14 giờ 00, thứ Hai ngày 04/01/2027 tại Trường "
            "THPT Chuyên Thăng Long - Đà Lạt."
        ),
        P("- Thời gian thi: từ ngày 05/01 đến ngày 08/01/2027."),
        P(
            "Các nội dung khác giữ nguyên theo Kế hoạch số 1960/KH-SGDĐT. Đề nghị thủ trưởng các đơn vị "
            "thông báo đến giáo viên dự thi biết và thực hiện."
        ),
        Raw(
            f'<p><img alt="" src="/_portal/ae37b1f0/img/icon-pdf.gif"> Tệp đính kèm: <a href="/_entity/'
            f'annotation/{_guid("file/tb-gvcn")}" target="_blank">TB-dieu-chinh-HT-GVCN-gioi.pdf</a> (182 KB)</p>'
        ),
        _right("Phòng GDTrH"),
    ],
    opts={
        "kind": "kb",
        "cat": "thong-bao",
        "utc": "2026-12-04T02:15:00",
        "mod": "2026-12-04T03:40:00",
        "ka": "KA-01203",
        "owner": "quantri.sgddt",
        "related": [6, 14],
    },
)

K3 = Story(
    id=8,
    slug="kb-tam-dung-csdl-nganh",
    title="Tạm dừng hệ thống Cơ sở dữ liệu ngành để nâng cấp, bảo trì",
    cat="Thông báo",
    published_at="2026-11-20T18:30:00+07:00",
    authors=[],
    blocks=[
        P(
            "Để nâng cấp hạ tầng và bảo đảm an toàn thông tin, Sở GD&ĐT thông báo tạm dừng hệ thống Cơ "
            "sở dữ liệu ngành Giáo dục tỉnh Lâm Đồng.",
        ),
        P("Thời gian tạm dừng: từ 19 giờ 00 ngày 21/11/2026 đến 07 giờ 00 ngày 23/11/2026.", "br"),
        P("Trong thời gian này, các đơn vị không thể đăng nhập, cập nhật dữ liệu trên hệ thống."),
        P(
            "Sau thời gian trên, nếu phát sinh lỗi, đề nghị các đơn vị liên hệ bộ phận hỗ trợ kỹ thuật "
            "qua số điện thoại 0263.3822.468 hoặc thư điện tử hotro.csdl@lamdong.edu.vn."
        ),
    ],
    opts={
        "kind": "kb",
        "cat": "thong-bao",
        "utc": "2026-11-20T11:30:00",
        "mod": "2026-11-21T01:05:00",
        "ka": "KA-01164",
        "owner": "quantri.sgddt",
        "related": [6, 7],
    },
)

K4 = Story(
    id=9,
    slug="kb-ky-niem-chuong-dot-2",
    title="Thông báo nhận hồ sơ đề nghị xét tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” đợt 2 năm 2026",
    cat="Thông báo",
    published_at="2026-10-23T00:05:00+07:00",
    summary=(
        "Sở GD&ĐT đề nghị các đơn vị rà soát, lập hồ sơ đề nghị xét tặng Kỷ niệm chương “Vì sự "
        "nghiệp giáo dục” đợt 2 năm 2026, gửi về Sở trước ngày 15/11/2026."
    ),
    sapo_outside=True,
    authors=["Phòng Tổ chức cán bộ"],
    blocks=[
        P(
            "Đối tượng xét tặng là cán bộ, giáo viên, nhân viên đang công tác trong ngành Giáo dục có "
            "đủ thời gian công tác theo quy định và cá nhân ngoài ngành có nhiều đóng góp cho sự nghiệp "
            "giáo dục của tỉnh."
        ),
        P("Hồ sơ gồm:"),
        P("Tờ trình đề nghị của đơn vị;", "oli"),
        P("Danh sách trích ngang cá nhân đề nghị xét tặng (theo mẫu);", "oli"),
        P("Bản tóm tắt thành tích cá nhân có xác nhận của thủ trưởng đơn vị.", "oli"),
        P(
            "Hồ sơ gửi về Sở GD&ĐT (qua Phòng Tổ chức cán bộ) bằng văn bản giấy và bản điện tử qua hệ "
            "thống Quản lý văn bản và điều hành trước ngày 15/11/2026. Sở không nhận hồ sơ nộp muộn."
        ),
        _right("Phòng Tổ chức cán bộ"),
    ],
    opts={
        "kind": "kb",
        "cat": "thong-bao",
        "utc": "2026-10-22T17:05:00",
        "mod": "2026-10-23T01:20:00",
        "ka": "KA-01122",
        "owner": "quantri.sgddt",
        "related": [6],
    },
)

K5 = Story(
    id=10,
    slug="kb-day-hoc-2-buoi-ngay",
    title="Hướng dẫn tổ chức dạy học 2 buổi/ngày đối với cấp trung học từ học kỳ II năm học 2026-2027",
    cat="Giáo dục Trung học",
    published_at="2026-11-12T10:00:00+07:00",
    summary=(
        "Sở GD&ĐT hướng dẫn các trường THCS, THPT tổ chức dạy học 2 buổi/ngày bảo đảm đúng quy định, "
        "phù hợp điều kiện thực tế của từng đơn vị."
    ),
    sapo_outside=True,
    authors=["Lê Hoàng Phúc"],
    blocks=[
        P(
            "Căn cứ Thông tư số 32/2020/TT-BGDĐT ban hành Điều lệ trường trung học cơ sở, trường trung "
            "học phổ thông và trường phổ thông có nhiều cấp học[1], Sở GD&ĐT hướng dẫn các đơn vị tổ "
            "chức dạy học 2 buổi/ngày như sau:",
            "fncall",
        ),
        P("1. Nguyên tắc tổ chức", "h"),
        P(
            "Bảo đảm sự tự nguyện của cha mẹ học sinh; không tổ chức dạy thêm, học thêm dưới hình "
            "thức dạy học buổi thứ hai.",
            "mso",
        ),
        P(
            "Nội dung buổi thứ hai tập trung củng cố kiến thức, rèn luyện kỹ năng, tổ chức hoạt động "
            "giáo dục STEM, giáo dục kỹ năng sống, hoạt động thể dục thể thao.",
            "mso",
        ),
        P(
            "Thời lượng không quá 7 tiết/ngày đối với cấp THCS và không quá 8 tiết/ngày đối với cấp "
            "THPT.",
            "mso",
        ),
        P("2. Tổ chức thực hiện", "h"),
        P(
            "- Hiệu trưởng các trường xây dựng kế hoạch dạy học 2 buổi/ngày, báo cáo Sở (qua Phòng "
            "GDTrH) trước ngày 15/01/2027."
        ),
        P(
            "- UBND các xã, phường chỉ đạo các trường THCS trên địa bàn thực hiện; tổng hợp, báo cáo "
            "kết quả về Sở."
        ),
        P(
            "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ Phòng Giáo dục Trung học, "
            "điện thoại 0263.3822.475 để được hướng dẫn."
        ),
        P("[1] Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo.", "fn"),
        _right("ThS. Lê Hoàng Phúc - Phó Trưởng phòng GDTrH"),
    ],
    opts={
        "kind": "kb",
        "cat": "gdtrh",
        "utc": "2026-11-12T03:00:00",
        "mod": "2026-11-13T09:10:00",
        "ka": "KA-01148",
        "owner": "quantri.sgddt",
        "related": [11, 13],
        "word": True,
    },
)

K6 = Story(
    id=11,
    slug="kb-thpt-bao-loc-khkt",
    title=(
        "Trường THPT Bảo Lộc giành 2 giải Nhất tại Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học "
        "sinh trung học"
    ),
    cat="Giáo dục Trung học",
    published_at="2026-12-01T15:45:00+07:00",
    summary=(
        "Với 2 giải Nhất, 1 giải Ba, Trường THPT Bảo Lộc là đơn vị dẫn đầu Cuộc thi Khoa học kỹ "
        "thuật cấp tỉnh dành cho học sinh trung học năm học 2026-2027."
    ),
    sapo_outside=True,
    authors=["Trần Ngọc Diệp"],
    photographers=["Trần Ngọc Diệp"],
    blocks=[
        P(
            "Cuộc thi diễn ra trong hai ngày 28 và 29/11 tại Trường THPT Chuyên Bảo Lộc, thu hút 142 "
            "dự án của học sinh đến từ 56 trường THCS, THPT trong tỉnh, thuộc 17 lĩnh vực."
        ),
        Img(
            _kbimg("khkt-1"),
            "Ban Giám khảo chấm dự án của học sinh Trường THPT Bảo Lộc",
            "Ban Giám khảo chấm dự án của học sinh Trường THPT Bảo Lộc",
            "fig",
        ),
        P(
            "Dự án “Hệ thống cảnh báo sạt lở đất sử dụng cảm biến độ ẩm và IoT” của hai em Nguyễn Hải "
            "Đăng và Lê Minh Thư, lớp 11A1 đạt giải Nhất lĩnh vực Hệ thống nhúng; dự án “Chế phẩm sinh "
            "học từ vỏ cà phê xử lý nước thải chăn nuôi” đạt giải Nhất lĩnh vực Khoa học môi trường."
        ),
        Img(_kbimg("khkt-2"), "(Ảnh: Trần Ngọc Diệp)", None, "fig"),
        P(
            "Ban Tổ chức đã chọn 8 dự án xuất sắc nhất tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia "
            "năm học 2026-2027, trong đó Trường THPT Bảo Lộc có 2 dự án."
        ),
        _right("Tin, ảnh: Trần Ngọc Diệp"),
    ],
    opts={
        "kind": "kb",
        "cat": "gdtrh",
        "utc": "2026-12-01T08:45:00",
        "mod": "2026-12-02T00:30:00",
        "ka": "KA-01196",
        "owner": "quantri.sgddt",
        "related": [10, 13],
        "comments": [
            ("Phạm Thị Lan", "2026-12-02T01:12:00", "Chúc mừng thầy trò Trường THPT Bảo Lộc! Các em rất giỏi."),
            (
                "Nguyễn Văn Tâm",
                "2026-12-03T14:40:00",
                "Mong Sở tiếp tục tổ chức tập huấn hướng dẫn nghiên cứu khoa học cho giáo viên vùng khó.",
            ),
        ],
    },
)

K7 = Story(
    id=12,
    slug="kb-mam-non-vung-dtts",
    title="Nâng cao chất lượng chăm sóc, giáo dục trẻ mầm non vùng đồng bào dân tộc thiểu số",
    cat="Giáo dục Mầm non - Tiểu học",
    published_at="2026-10-30",
    summary=(
        "Những năm qua, ngành Giáo dục tỉnh đã triển khai nhiều giải pháp tăng cường tiếng Việt, nâng "
        "cao chất lượng chăm sóc, giáo dục trẻ mầm non vùng đồng bào dân tộc thiểu số."
    ),
    sapo_outside=True,
    authors=["Hoàng Yến"],
    source="Báo Lâm Đồng",
    blocks=[
        P(
            "Toàn tỉnh hiện có 214 trường mầm non, mẫu giáo tại các xã vùng đồng bào dân tộc thiểu số "
            "với hơn 38.000 trẻ; tỷ lệ trẻ mẫu giáo được chuẩn bị tiếng Việt trước khi vào lớp 1 đạt "
            "98,2%."
        ),
        Img(
            _kbimg("mam-non-1"),
            "Giờ học tăng cường tiếng Việt tại Trường Mẫu giáo Đạ Tông",
            "Giờ học tăng cường tiếng Việt tại Trường Mẫu giáo Đạ Tông",
            "next",
        ),
        P(
            "Cô Ka Thủy, giáo viên Trường Mẫu giáo Đạ Tông cho biết: ngoài giờ học trên lớp, giáo viên "
            "thường xuyên trò chuyện với trẻ bằng tiếng Việt, kết hợp song ngữ K’Ho - Việt trong những "
            "tuần đầu năm học để trẻ mạnh dạn, tự tin."
        ),
        P("Nhiều giải pháp được các trường triển khai đồng bộ:", "h"),
        P("Xây dựng môi trường tiếng Việt trong và ngoài lớp học;", "li"),
        P("Huy động cha mẹ trẻ làm đồ dùng, đồ chơi từ nguyên liệu sẵn có;", "li"),
        P("Tổ chức bữa ăn bán trú bảo đảm dinh dưỡng, chi phí phù hợp.", "li"),
        _right("Hoàng Yến"),
        _right("Nguồn: Báo Lâm Đồng", strong=False),
    ],
    opts={
        "kind": "kb",
        "cat": "mntH",
        "utc": "2026-10-29T17:00:00",
        "mod": "2026-10-31T02:45:00",
        "ka": "KA-01131",
        "owner": "quantri.sgddt",
        "related": [10],
    },
)

K8 = Story(
    id=13,
    slug="kb-lich-thi-hsg-12",
    title="Lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
    cat="Khảo thí - Kiểm định chất lượng",
    published_at="2026-11-25T14:30:00+07:00",
    summary=(
        "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 diễn ra trong hai ngày 15 và "
        "16/12/2026 tại 3 hội đồng thi."
    ),
    sapo_outside=True,
    authors=["Phòng Khảo thí và Quản lý chất lượng giáo dục"],
    blocks=[
        P(
            "Thí sinh có mặt tại hội đồng thi lúc 14 giờ 00 ngày 14/12/2026 để làm thủ tục dự thi, "
            "nghe phổ biến quy chế. Lịch thi cụ thể như sau:"
        ),
        P("Ngày thi | Buổi | Môn thi | Thời gian làm bài", "rowh"),
        P("15/12/2026 | Sáng | Ngữ văn, Toán, Tin học | 180 phút", "row"),
        P("15/12/2026 | Chiều | Tiếng Anh, Lịch sử | 180 phút", "row"),
        P("16/12/2026 | Sáng | Vật lí, Hóa học, Sinh học, Địa lí | 180 phút", "row"),
        P(
            "Các hội đồng thi đặt tại Trường THPT Chuyên Thăng Long - Đà Lạt, Trường THPT Chuyên Bảo Lộc "
            "và Trường THPT Chuyên Trần Hưng Đạo (phường Phan Thiết)."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/chuyen-mon/khao-thi/">Kế hoạch tổ chức Kỳ thi chọn học sinh giỏi '
            "cấp tỉnh năm học 2026-2027</a></em></p>"
        ),
        _right("Phòng Khảo thí và Quản lý chất lượng giáo dục"),
    ],
    opts={
        "kind": "kb",
        "cat": "khaothi",
        "utc": "2026-11-25T07:30:00",
        "mod": "2026-11-26T08:00:00",
        "ka": "KA-01179",
        "owner": "quantri.sgddt",
        "related": [7, 10],
    },
)

# K2's related box points to an archived article (id 14) that is not served: a dead link
STORIES: list[Story] = [W1, W2, W5, W3, W4, K1, K2, K3, K4, K5, K6, K7, K8]
PAGES = sorted((s for s in STORIES if s.opts["kind"] == "page"), key=lambda s: s.opts["order"], reverse=True)
KBS = [s for s in STORIES if s.opts["kind"] == "kb"]
BY_ID = {s.id: s for s in STORIES}
for _s in KBS:
    _s.opts["guid"] = _guid(f"kb/{_s.slug}")
KB_BY_GUID = {s.opts["guid"]: s for s in KBS}
KB_BY_KA = {s.opts["ka"].lower(): s for s in KBS}


def kb_in(cat: str) -> list[Story]:
    return sorted((s for s in KBS if s.opts["cat"] == cat), key=lambda s: s.opts["utc"], reverse=True)


def page_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}/"


def kb_path(s: Story, upper: bool = False) -> str:
    g = s.opts["guid"]
    return f"/article/?id={g.upper() if upper else g}"


def ka_path(s: Story) -> str:
    return f"/knowledgebase/article/{s.opts['ka']}/vi-VN"


def path_of(s: Story) -> str:
    return page_path(s) if s.opts["kind"] == "page" else kb_path(s)


# --- time -----------------------------------------------------------------------------------------


def _local(utc: str) -> datetime:
    return datetime.fromisoformat(utc) + timedelta(hours=7)


def _vn(utc: str, with_time: bool = True) -> str:
    loc = _local(utc)
    return loc.strftime("%d/%m/%Y %H:%M") if with_time else loc.strftime("%d/%m/%Y")


def _abbr(utc: str, with_time: bool = True) -> str:
    stamp = f"{utc}.0000000Z"
    return f'<abbr class="timeago" title="{stamp}" data-datetime="{stamp}">{_vn(utc, with_time)}</abbr>'


# --- article bodies ---------------------------------------------------------------------------

_WORD_SPAN = 'lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'


def _inline(b: P) -> str:
    t = esc(b.text)
    if b.style == "fncall":
        t = t.replace(
            "[1]",
            '<a href="#_ftn1" name="_ftnref1" title=""><sup><span class="MsoFootnoteReference">'
            '<span style="mso-special-character:footnote">[1]</span></span></sup></a>',
        )
    return t


def _word_p(inner: str) -> str:
    # Word splits runs at odd places: the first word in a span of its own
    head, _, rest = inner.partition(" ")
    return (
        f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
        f'line-height:150%"><span {_WORD_SPAN}>{head}</span><span {_WORD_SPAN}> {rest}'
        "<o:p></o:p></span></p>"
    )


def _img(b: Img) -> str:
    tag = f'<img alt="" src="{b.src}" style="width:100%;max-width:720px;height:auto">'
    printed = esc(b.printed) if b.printed else ""
    if b.style == "fig":
        cap = f"<figcaption>{printed}</figcaption>" if printed else ""
        return f'<figure class="image" style="display:table;margin:0 auto">{tag}{cap}</figure>'
    if b.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="2" cellspacing="0" class="anh-tin" style="width:90%">'
            f'<tbody><tr><td style="text-align:center">{tag}</td></tr>'
            f'<tr><td style="text-align:center;background:#f3f3f3"><span style="font-size:12px">{printed}</span>'
            "</td></tr></tbody></table>"
        )
    out = f'<p style="text-align:center">{tag}</p>'
    if b.style == "next" and printed:
        out += f'\n<p style="text-align:center"><em><span style="font-size:12px">{printed}</span></em></p>'
    return out


def render_body(story: Story) -> str:
    word = story.opts.get("word", False)
    blocks = story.blocks
    out: list[str] = []
    i = 0
    footnotes: list[str] = []
    tail: list[str] = []
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            (tail if footnotes else out).append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img(b))
            i += 1
            continue
        st = b.style
        if st in ("li", "oli"):
            tag = "ul" if st == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                items.append(f"<li>{_inline(blocks[i])}</li>")
                i += 1
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if st in ("row", "rowh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("row", "rowh"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "rowh":
                    tds = "".join(
                        f'<td style="background:#dbe5f1;text-align:center"><strong>{esc(c)}</strong></td>' for c in cells
                    )
                else:
                    tds = "".join(f"<td>{esc(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" class="MsoTableGrid" '
                'style="width:100%;border-collapse:collapse"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        if st == "br":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align:justify">{_inline(b)}<br>\n{_inline(nxt)}</p>')
            i += 2
            continue
        if st == "fn":
            footnotes.append(
                f'<div style="mso-element:footnote" id="ftn{len(footnotes) + 1}"><p class="MsoFootnoteText">'
                f'<a href="#_ftnref1" name="_ftn1" title=""><span class="MsoFootnoteReference">'
                f'<span style="font-size:10.0pt">[1]</span></span></a><span lang="VI" style="font-size:10.0pt">'
                f" {esc(b.text.removeprefix('[1] '))}</span></p></div>"
            )
            i += 1
            continue
        if word:
            if st == "h":
                out.append(
                    '<p class="MsoNormal" style="margin-top:6.0pt;margin-bottom:6.0pt;text-align:justify;'
                    f'line-height:150%"><b><span {_WORD_SPAN}>{_inline(b)}<o:p></o:p></span></b></p>'
                )
            elif st == "mso":
                out.append(
                    '<p class="MsoListParagraphCxSpMiddle" style="margin-left:42.55pt;mso-add-space:auto;'
                    'text-align:justify;text-indent:-18.0pt;line-height:150%;mso-list:l1 level1 lfo2">'
                    '<!--[if !supportLists]--><span lang="VI" style="font-size:14.0pt;font-family:Symbol">'
                    '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
                    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
                    f"<span {_WORD_SPAN}>{_inline(b)}<o:p></o:p></span></p>"
                )
            else:
                out.append(_word_p(_inline(b)))
        elif st == "lead":
            out.append(f'<p style="text-align:justify"><strong>{_inline(b)}</strong></p>')
        elif st == "h":
            out.append(f"<h4><strong>{_inline(b)}</strong></h4>")
        elif st == "quote":
            out.append(f'<blockquote><p><em>{_inline(b)}</em></p></blockquote>')
        else:
            out.append(f'<p style="text-align:justify">{_inline(b)}</p>')
        i += 1
    if footnotes:
        out.append(
            '<div style="mso-element:footnote-list"><br clear="all">\n<hr align="left" size="1" width="33%">\n'
            + "\n".join(footnotes)
            + "</div>"
        )
    out.extend(tail)
    return "\n".join(out)


# --- chrome -----------------------------------------------------------------------------------

_PORTAL = "/_portal/ae37b1f0-5c1d-4e0b-9c55-1f0a7a2e6b31"


def _menu() -> str:
    def dd(label: str, items: list[tuple[str, str]]) -> str:
        lis = "".join(
            f'<li role="none"><a role="menuitem" aria-label="{esc(t)}" href="{h}" title="{esc(t)}">{esc(t)}</a></li>'
            for t, h in items
        )
        return (
            f'<li role="none" class="dropdown"><a role="menuitem" aria-label="{esc(label)}" href="#" '
            f'class="dropdown-toggle" data-toggle="dropdown" title="{esc(label)}" aria-haspopup="true" '
            f'aria-expanded="false">{esc(label)} <span class="caret"></span></a>'
            f'<ul class="dropdown-menu" role="menu">{lis}</ul></li>'
        )

    return (
        '<ul class="nav navbar-nav weblinks" role="menubar">'
        '<li role="none" class="weblink"><a role="menuitem" aria-label="Trang chủ" href="/" title="Trang chủ">'
        '<span class="glyphicon glyphicon-home"></span> Trang chủ</a></li>'
        + dd("Giới thiệu", [("Chức năng, nhiệm vụ", "/gioi-thieu/"), ("Lịch công tác", "/lich-cong-tac/")])
        + dd(
            "Tin tức",
            [(NEWS_CAT, "/tin-tuc/"), ("Thông báo", "/thong-bao/"), ("Thư viện ảnh", "/thu-vien-anh/")],
        )
        + dd(
            "Chuyên môn",
            [(CATS[k][0], CATS[k][1]) for k in ("gdtrh", "mntH", "khaothi")] + [("Cơ sở tri thức", "/knowledgebase/")],
        )
        + '<li role="none" class="weblink"><a role="menuitem" href="/van-ban/" title="Văn bản">Văn bản</a></li>'
        + '<li role="none" class="weblink"><a role="menuitem" href="/forums/" title="Hỏi đáp">Hỏi đáp</a></li>'
        + '<li role="none" class="weblink"><a role="menuitem" href="/lien-he/" title="Liên hệ">Liên hệ</a></li>'
        "</ul>"
    )


def _sidebar() -> str:
    most = [W2, K1, K5, W3]
    most_li = "".join(
        f'<li class="list-group-item"><a href="{path_of(s)}">{esc(s.title)}</a> '
        f'<span class="badge">{s.views()}</span></li>'
        for s in most
    )
    links = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for t, u in [
            ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn"),
            ("Cổng TTĐT tỉnh Lâm Đồng", "https://lamdong.gov.vn"),
            ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn"),
            ("Báo Lâm Đồng", "https://baolamdong.vn"),
        ]
    )
    return f"""
<div class="col-md-4 col-sm-12 sidebar-phai">
 <div class="panel panel-default ad" data-adplacement="Sidebar-ThongBao">
  <div class="panel-heading"><h4 class="panel-title"><span class="fa fa-bullhorn"></span> Thông báo</h4></div>
  <div class="panel-body"><div class="xrm-attribute xrm-editable-html"><div class="xrm-attribute-value">
   <p>Từ ngày 01/12/2026, Sở GD&amp;ĐT tiếp nhận hồ sơ cấp bản sao văn bằng, chứng chỉ và chuyển trường
   hoàn toàn trực tuyến trên Cổng Dịch vụ công quốc gia. Đề nghị cá nhân, tổ chức không nộp hồ sơ giấy
   trực tiếp tại Bộ phận một cửa.</p>
  </div></div></div>
 </div>
 <div class="panel panel-default">
  <div class="panel-heading"><h4 class="panel-title">Xem nhiều nhất</h4></div>
  <ul class="list-group">{most_li}</ul>
 </div>
 <div class="panel panel-default poll" data-url="/_services/polls/placement/Sidebar-Poll">
  <div class="panel-heading"><h4 class="panel-title">Thăm dò ý kiến</h4></div>
  <div class="panel-body">
   <form method="post" action="/_services/polls/submit/7c0f0f6a-2b7e-4f7e-9a11-5d6b3c2e8f10" onsubmit="return false;">
    <p>Bạn đánh giá thế nào về giao diện Cổng thông tin điện tử Sở GD&amp;ĐT?</p>
    <div class="radio"><label><input type="radio" name="option" value="1"> Rất hài lòng</label></div>
    <div class="radio"><label><input type="radio" name="option" value="2"> Hài lòng</label></div>
    <div class="radio"><label><input type="radio" name="option" value="3"> Chưa hài lòng</label></div>
    <button type="submit" class="btn btn-primary btn-sm">Bình chọn</button>
    <a class="btn btn-default btn-sm" href="javascript:void(0)" data-poll-results="true">Xem kết quả</a>
   </form>
  </div>
 </div>
 <div class="panel panel-default">
  <div class="panel-heading"><h4 class="panel-title">Liên kết website</h4></div>
  <div class="panel-body"><select class="form-control" onchange="if(this.value)window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>{links}</select>
   <p style="margin-top:10px"><a href="https://dichvucong.gov.vn" target="_blank">
   <img src="/banner/dich-vu-cong.png" alt="Cổng Dịch vụ công quốc gia" class="img-responsive"></a></p>
  </div>
 </div>
 <div class="panel panel-default" id="tk_truycap">
  <div class="panel-heading"><h4 class="panel-title">Thống kê truy cập</h4></div>
  <div class="panel-body"><table class="table table-condensed" style="margin:0">
   <tr><td>Đang online</td><td class="text-right">37</td></tr>
   <tr><td>Hôm nay</td><td class="text-right">1.284</td></tr>
   <tr><td>Tổng truy cập</td><td class="text-right">3.906.512</td></tr></table></div>
 </div>
</div>"""


def page(
    request: Request,
    title: str,
    main: str,
    crumbs: list[tuple[str, str | None]] | None = None,
    sidebar: bool = True,
    desc: str | None = None,
    state: str = "/",
) -> Response:
    ret = quote(request.target, safe="")
    crumb_html = ""
    if crumbs is not None:
        lis = '<li><a href="/" title="Trang chủ">Trang chủ</a></li>'
        for label, href in crumbs:
            lis += f'<li><a href="{href}" title="{esc(label)}">{esc(label)}</a></li>' if href else (
                f'<li class="active">{esc(label)}</li>'
            )
        crumb_html = f'<ul class="breadcrumb">{lis}</ul>'
    meta_desc = f'\n<meta name="description" content="{esc(desc)}">' if desc else ""
    token = opaque("rvt" + request.target, 72)
    body_cols = (
        f'<div class="row"><div class="col-md-8 col-sm-12" id="mainContent" role="main">{main}</div>{_sidebar()}</div>'
        if sidebar
        else f'<div class="row"><div class="col-md-12" id="mainContent" role="main">{main}</div></div>'
    )
    doc = f"""<!DOCTYPE html>
<html lang="vi-VN" data-lang="vi-VN" crm-lang="vi-VN" dir="ltr" crm-lcid="1066" hrp-lang="vi-VN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge">{meta_desc}
<title>{esc(title)} · Sở GD&amp;ĐT Lâm Đồng</title>
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<link href="/bootstrap.min.css?1733211040000" rel="stylesheet">
<link href="/theme.css?1733211040000" rel="stylesheet">
<link href="/portalbasictheme.css?1733211040000" rel="stylesheet">
<link href="/sgddt-tuychinh.css?1764311800000" rel="stylesheet">
<script src="{_PORTAL}/js/jquery-2.2.4.min.js"></script>
<script src="{_PORTAL}/js/bootstrap-3.3.7.min.js"></script>
<script type="text/javascript">window.Microsoft=window.Microsoft||{{}};Microsoft.Dynamic365={{Portal:{{User:{{userName:"",firstName:"",lastName:"",email:"",contactId:"",userRoles:[]}},version:"9.7.9.16",type:"Power Pages",id:"9b1c2a77-44d1-4c6e-8f10-3d2f6a1b0c55",geo:"AS",tenant:"0f3d1e2a-7b6c-4d5e-9f80-1a2b3c4d5e6f",correlationId:"{_guid('corr' + request.target)}",orgEnvironmentId:"2c9e5b71-3d4a-4f8b-a1c2-6e7d8f9a0b1c",orgId:"sgddtlamdong",portalProductionOrTrialType:"Production",isTelemetryEnabled:"True",InstrumentationSettings:{{instrumentationKey:"",collectorEndpoint:"",partnerCollectorEndpoint:""}},timerProfileForBatching:"",activeLanguages:["vi-VN","en-US"],isClientApiEnabled:"True"}}}};</script>
</head>
<body data-sitemap-state="{esc(state)}:/" data-dateformat="dd/MM/yyyy" data-timeformat="HH:mm" data-datetimeformat="dd/MM/yyyy HH:mm" data-app-path="/" data-ckeditor-basepath="{_PORTAL}/js/ckeditor/">
<div id="divCookieBanner" class="alert alert-info cookie-ttdt" role="alert" style="position:fixed;bottom:0;left:0;right:0;z-index:2000;margin:0">
 <div class="container"><p><strong>Cổng thông tin điện tử Sở GD&amp;ĐT Lâm Đồng sử dụng cookie</strong></p>
 <p>Chúng tôi sử dụng cookie để ghi nhớ ngôn ngữ, phiên đăng nhập và thống kê lượt truy cập nhằm nâng cao
 chất lượng phục vụ. Bằng việc tiếp tục sử dụng trang, bạn đồng ý với <a href="/chinh-sach-cookie/">Chính sách cookie</a> của chúng tôi.</p>
 <button type="button" class="btn btn-primary btn-sm" onclick="ppCookie(true)">Đồng ý</button>
 <button type="button" class="btn btn-default btn-sm" onclick="ppCookie(false)">Từ chối</button></div>
</div>
<div class="page_section">
<div class="skip-to-content"><a href="#mainContent">Chuyển đến nội dung chính</a></div>
<div class="masthead hidden-xs" style="background:#0b5394 url(/anh-giao-dien/banner-nen.jpg) no-repeat right top">
 <div class="container"><div class="row">
  <div class="col-sm-8"><a href="/"><img src="/anh-giao-dien/logo-sgddt.png" alt="Logo" style="height:72px;float:left;margin-right:12px"></a>
   <div style="color:#fff;padding-top:10px"><div style="font-size:15px">UBND TỈNH LÂM ĐỒNG</div>
   <div style="font-size:22px;font-weight:bold">SỞ GIÁO DỤC VÀ ĐÀO TẠO</div></div></div>
  <div class="col-sm-4 text-right" style="color:#fff;padding-top:14px"><span class="glyphicon glyphicon-calendar"></span> {TODAY_LINE}</div>
 </div></div>
</div>
<div class="navbar navbar-inverse navbar-static-top" role="navigation">
 <div class="container">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbar" aria-expanded="false">
   <span class="sr-only">Bật tắt điều hướng</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
  </div>
  <div id="navbar" class="navbar-collapse collapse">
   <nav aria-label="Menu chính" role="navigation" class="menu-bar">{_menu()}
   <ul class="nav navbar-nav navbar-right">
    <li role="none" class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" title="Ngôn ngữ">
    <span class="glyphicon glyphicon-globe"></span> Tiếng Việt <span class="caret"></span></a>
    <ul class="dropdown-menu" role="menu"><li><a href="/vi-VN/" title="Tiếng Việt">Tiếng Việt</a></li>
    <li><a href="/en-US/" title="English">English</a></li></ul></li>
    <li role="none"><a aria-label="Đăng nhập" href="/SignIn?returnUrl={ret}" title="Đăng nhập">Đăng nhập</a></li>
   </ul>
   <form class="navbar-form navbar-right" method="get" action="/search/" role="search">
    <div class="input-group"><input type="text" class="form-control" name="q" placeholder="Tìm kiếm" aria-label="Tìm kiếm">
    <div class="input-group-btn"><button type="submit" class="btn btn-default"><span class="glyphicon glyphicon-search"></span></button></div></div>
   </form>
   </nav>
  </div>
 </div>
</div>
<div class="container tin-moi-chay" style="padding:4px 15px;background:#fff8e1;font-size:13px">
 <strong>Tin mới:</strong> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">
 Lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027 · Hướng dẫn đăng ký tuyển sinh lớp 10 năm học 2027-2028 sẽ được công bố trong tháng 3/2027</marquee>
</div>
<div class="container" style="margin-top:15px">
{crumb_html}
{body_cols}
</div>
<form id="__AjaxAntiForgeryForm" method="post" action="#"><input name="__RequestVerificationToken" type="hidden" value="{token}"></form>
<footer role="contentinfo">
 <div class="footer-top hidden-print"><div class="container"><div class="row">
  <div class="col-md-6"><ul class="list-inline">
   <li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/van-ban/">Văn bản</a></li>
   <li><a href="/lien-he/">Liên hệ</a></li><li><a href="/chinh-sach-cookie/">Chính sách cookie</a></li></ul></div>
  <div class="col-md-6 text-right"><a href="https://www.facebook.com/sgddtlamdong" target="_blank">Facebook</a> ·
   <a href="https://www.youtube.com/@sgddtlamdong" target="_blank">YouTube</a></div>
 </div></div></div>
 <div class="footer-bottom hidden-print"><div class="container"><div class="row">
  <div class="col-md-12 text-center">
   <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÂM ĐỒNG</strong></p>
   <p>Địa chỉ: Số 23 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng · Điện thoại: 0263.3822.403 · Email: sgddt@lamdong.gov.vn</p>
   <p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Võ Thành Trung · Giấy phép số 18/GP-TTĐT ngày 12/3/2024</p>
   <p>© Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Lâm Đồng. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>
  </div></div></div></div>
</footer>
</div>
<script src="{_PORTAL}/js/moment-with-locales.min.js"></script>
<script src="{_PORTAL}/js/timeago.js"></script>
<script>function ppCookie(ok){{document.cookie="ppCookieConsent="+(ok?"1":"0")+";path=/";document.getElementById("divCookieBanner").style.display="none";}}</script>
</body>
</html>"""
    return html(
        doc,
        headers={
            "Cache-Control": "no-cache, no-store, must-revalidate",
            "x-ms-request-id": _guid("req" + request.target),
            "Set-Cookie": "ASP.NET_SessionId=kq3v0p2y1f4mzd5cbnh3rxya; path=/; HttpOnly; SameSite=Lax",
        },
    )


# --- page bodies --------------------------------------------------------------------------------


def _heading(title: str) -> str:
    return f'<div class="page-heading"><div class="page-header"><h1>{esc(title)}</h1></div></div>'


def _tools(request: Request) -> str:
    url = quote(base_url(request) + request.target, safe="")
    return (
        '<div class="cong-cu-tin hidden-print" style="margin:8px 0">'
        f'<a class="btn btn-xs btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">'
        '<span class="fa fa-facebook"></span> Chia sẻ</a> '
        f'<a class="btn btn-xs btn-info" href="https://sp.zalo.me/share_inline?url={url}" target="_blank">Zalo</a> '
        '<a class="btn btn-xs btn-default" href="javascript:window.print()"><span class="glyphicon glyphicon-print"></span> In bài</a> '
        '<a class="btn btn-xs btn-default" href="javascript:void(0)" onclick="coChu(1)">A+</a>'
        '<a class="btn btn-xs btn-default" href="javascript:void(0)" onclick="coChu(-1)">A-</a></div>'
    )


def web_page_article(request: Request, s: Story) -> Response:
    meta = '<div class="pp-meta-tin text-muted small" style="border-bottom:1px dotted #ccc;padding-bottom:6px">'
    meta += f'<span class="pull-right"><span class="glyphicon glyphicon-refresh"></span> Cập nhật: {s.opts["updated"]}</span>'
    if s.opts["release"]:
        meta += f'<span><span class="glyphicon glyphicon-time"></span> Ngày đăng: {s.opts["release"]}</span>'
    meta += "&nbsp;</div>"
    others = [o for o in PAGES if o is not s][:3]
    others_li = "".join(
        f'<li><a href="{page_path(o)}">{esc(o.title)}</a>'
        + (f' <span class="text-muted">({o.opts["release"]})</span>' if o.opts["release"] else "")
        + "</li>"
        for o in others
    )
    main = f"""{_heading(s.title)}
{meta}
{_tools(request)}
<div class="page-copy">
<div id="xrm_copy_{s.id}" class="xrm-attribute xrm-editable-html" data-xrm-base="/tin-tuc/"><div class="xrm-attribute-value">
{render_body(s)}
</div></div>
</div>
<div class="tin-khac-pp" style="margin-top:20px">
<h4 style="border-bottom:2px solid #0b5394;padding-bottom:4px">Các tin khác</h4>
<ul class="list-unstyled">{others_li}</ul>
</div>"""
    return page(
        request, s.title, main, [(NEWS_CAT, "/tin-tuc/"), (s.title, None)], desc=s.opts["desc"], state="/tin-tuc/"
    )


def _related_path(rid: int) -> str:
    if rid in BY_ID:
        return kb_path(BY_ID[rid], upper=True)
    return f"/article/?id={_guid(f'kb/archived-{rid}').upper()}"


def kb_article(request: Request, s: Story) -> Response:
    cname, cpath = CATS[s.opts["cat"]]
    ret = quote(request.target, safe="")
    meta = (
        '<div class="kb-thongtin text-muted small" style="margin-bottom:10px">'
        f'<span class="kb-cm">Chuyên mục: <a href="{cpath}">{esc(cname)}</a></span> &nbsp;|&nbsp; '
        f'<span>Ngày đăng: {_abbr(s.opts["utc"])}</span> &nbsp;|&nbsp; '
        f'<span>Cập nhật: {_abbr(s.opts["mod"])}</span> &nbsp;|&nbsp; '
        f'<span>Người đăng: {esc(s.opts["owner"])}</span> &nbsp;|&nbsp; '
        f"<span>Lượt xem: {s.views()}</span></div>"
    )
    mota = ""
    if s.summary and s.sapo_outside:
        mota = f'<div class="kb-mota" style="margin-bottom:12px"><p><strong>{esc(s.summary)}</strong></p></div>'
    rel = "".join(
        f'<li><a href="{_related_path(r)}">{esc(BY_ID[r].title) if r in BY_ID else "Kế hoạch tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh năm học 2026-2027"}</a></li>'
        for r in s.opts.get("related", [])
    )
    comments = s.opts.get("comments", [])
    com_html = "".join(
        '<li class="comment" style="margin-bottom:10px"><div class="comment-author"><strong>'
        f'{esc(name)}</strong> <span class="text-muted small">{_abbr(when)}</span></div>'
        f'<div class="comment-content"><p>{esc(txt)}</p></div></li>'
        for name, when, txt in comments
    )
    main = f"""{_heading(s.title)}
<div class="knowledge-article" data-ka="{s.opts['ka']}">
{meta}
{_tools(request)}
{mota}
<div class="kb-noidung" id="kbContent_{s.opts['ka'].replace('-', '')}">
{render_body(s)}
</div>
<p class="kb-ma text-muted small" style="margin-top:14px">Mã bài viết: <a href="{ka_path(s)}">{s.opts['ka']}</a></p>
<div class="kb-danhgia well well-sm hidden-print">
 <span>Bài viết này có hữu ích không?</span>
 <button type="button" class="btn btn-success btn-xs" data-rating="1">Có</button>
 <button type="button" class="btn btn-default btn-xs" data-rating="0">Không</button>
 <span class="text-muted small">Đánh giá trung bình: 4,6/5 ({7 + s.id % 9} lượt)</span>
</div>
<div class="kb-lienquan"><h4>Bài viết liên quan</h4><ul>{rel}</ul></div>
<div class="kb-binhluan"><h4>Ý kiến bạn đọc ({len(comments)})</h4>
<ul class="list-unstyled">{com_html}</ul>
<p class="text-muted">Vui lòng <a href="/SignIn?returnUrl={ret}">đăng nhập</a> để gửi ý kiến.</p></div>
</div>"""
    return page(
        request,
        s.title,
        main,
        [("Cơ sở tri thức", "/knowledgebase/"), (s.title, None)],
        desc=s.opts.get("desc") or (s.summary or ""),
        state="/article/",
    )


# --- listings -----------------------------------------------------------------------------------


def _news_item(s: Story) -> str:
    lead = esc(s.summary) if s.summary else ""
    date = f'<span class="text-muted small">{s.opts["release"]}</span>' if s.opts["release"] else ""
    return (
        '<div class="row tin-item" style="margin-bottom:15px">'
        f'<div class="col-sm-4"><a href="{page_path(s)}"><img class="img-responsive img-thumbnail" '
        f'src="{s.opts["thumb"]}" alt="{esc(s.title)}"></a></div>'
        f'<div class="col-sm-8"><h4 class="tin-tieude" style="margin-top:0"><a href="{page_path(s)}">{esc(s.title)}</a></h4>'
        f"{date}<p>{lead}</p></div></div>"
    )


def _kb_item(s: Story) -> str:
    lead = esc(s.summary) if s.summary else ""
    return (
        '<div class="kb-item" style="border-bottom:1px solid #eee;padding:8px 0">'
        f'<h4 style="margin:0 0 4px"><span class="glyphicon glyphicon-file"></span> <a href="{kb_path(s)}">{esc(s.title)}</a></h4>'
        f'<span class="text-muted small">{_vn(s.opts["utc"], with_time=False)} · {s.opts["ka"]}</span>'
        f'<p class="small">{lead}</p></div>'
    )


def _page_number(request: Request, pages: int) -> int | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= pages:
        return None
    return int(raw)


def news_listing(request: Request) -> Response | None:
    pages = (len(PAGES) + PER_NEWS_PAGE - 1) // PER_NEWS_PAGE
    n = _page_number(request, pages)
    if n is None:
        return None
    items = PAGES[(n - 1) * PER_NEWS_PAGE : n * PER_NEWS_PAGE]
    pager = '<ul class="pagination">'
    pager += (
        '<li class="disabled"><a aria-label="Trang trước">&laquo;</a></li>'
        if n == 1
        else f'<li><a href="/tin-tuc/?page={n - 1}" aria-label="Trang trước">&laquo;</a></li>'
    )
    for k in range(1, pages + 1):
        pager += (
            f'<li class="active"><a href="#">{k} <span class="sr-only">(hiện tại)</span></a></li>'
            if k == n
            else f'<li><a href="/tin-tuc/?page={k}" data-page="{k}">{k}</a></li>'
        )
    pager += (
        '<li class="disabled"><a aria-label="Trang sau">&raquo;</a></li>'
        if n == pages
        else f'<li><a href="/tin-tuc/?page={n + 1}" aria-label="Trang sau">&raquo;</a></li>'
    )
    pager += "</ul>"
    main = f"""{_heading(NEWS_CAT)}
<div class="pp-dstin" id="dsTin_0">{''.join(_news_item(s) for s in items)}</div>
<div class="text-muted small">Trang {n}/{pages} · {len(PAGES)} tin</div>
<nav aria-label="Phân trang">{pager}</nav>"""
    return page(request, NEWS_CAT, main, [(NEWS_CAT, None)], state="/tin-tuc/")


def thongbao_listing(request: Request) -> Response | None:
    items_all = kb_in("thong-bao")
    pages = (len(items_all) + PER_TB_PAGE - 1) // PER_TB_PAGE
    n = _page_number(request, pages)
    if n is None:
        return None
    items = items_all[(n - 1) * PER_TB_PAGE : n * PER_TB_PAGE]
    opts = "".join(
        f'<option value="{k}"{" selected" if k == n else ""}>{k}</option>' for k in range(1, pages + 1)
    )
    first = (n - 1) * PER_TB_PAGE + 1
    main = f"""{_heading("Thông báo")}
<div class="entitylist pp-tb" data-view-id="{_guid('view/thongbao')}">{''.join(_kb_item(s) for s in items)}</div>
<form method="get" action="/thong-bao/" class="form-inline pp-phantrang" style="margin-top:12px">
 <span class="text-muted small">Hiển thị {first} - {first + len(items) - 1} trong tổng số {len(items_all)} thông báo.</span>
 <label for="ddlTrang_tb">Trang</label>
 <select id="ddlTrang_tb" name="page" class="form-control input-sm" onchange="this.form.submit()">{opts}</select> / {pages}
 <noscript><button type="submit" class="btn btn-default btn-sm">Xem</button></noscript>
</form>"""
    return page(request, "Thông báo", main, [("Thông báo", None)], state="/thong-bao/")


def category_listing(request: Request, key: str) -> Response:
    name, _ = CATS[key]
    items = kb_in(key)
    main = f"""{_heading(name)}
<div class="entitylist pp-cm" data-view-id="{_guid('view/' + key)}">{''.join(_kb_item(s) for s in items)}</div>
<div class="text-muted small">{len(items)} bài viết</div>"""
    return page(request, name, main, [("Chuyên môn", "/knowledgebase/"), (name, None)], state="/chuyen-mon/")


def kb_home(request: Request) -> Response:
    cats = "".join(
        f'<li class="list-group-item"><a href="{p}">{esc(n)}</a> <span class="badge">{len(kb_in(k))}</span></li>'
        for k, (n, p) in CATS.items()
    )
    popular = "".join(f'<li><a href="{ka_path(s)}">{esc(s.title)}</a></li>' for s in (K1, K6))
    latest = "".join(
        f'<li><a href="{kb_path(s)}">{esc(s.title)}</a></li>'
        for s in sorted(KBS, key=lambda s: s.opts["utc"], reverse=True)[:3]
    )
    main = f"""{_heading("Cơ sở tri thức")}
<div class="row"><div class="col-sm-6"><h4>Chuyên mục</h4><ul class="list-group">{cats}</ul></div>
<div class="col-sm-6"><h4>Bài viết phổ biến</h4><ul>{popular}</ul><h4>Bài viết mới nhất</h4><ul>{latest}</ul></div></div>"""
    return page(request, "Cơ sở tri thức", main, [("Cơ sở tri thức", None)], state="/knowledgebase/")


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        res = '<div class="alert alert-warning">Vui lòng nhập từ khóa tìm kiếm.</div>'
    else:
        hits = [s for s in STORIES if q.lower() in s.title.lower()]
        res = f"<p>Tìm thấy {len(hits)} kết quả cho “{esc(q)}”.</p><ul class=\"list-unstyled\">" + "".join(
            f'<li style="margin-bottom:8px"><a href="{ka_path(s) if s.opts["kind"] == "kb" else page_path(s)}">'
            f"{esc(s.title)}</a></li>"
            for s in hits
        ) + "</ul>"
    main = f"""{_heading("Tìm kiếm")}
<form method="get" action="/search/" class="form-inline"><input type="text" class="form-control" name="q" value="{esc(q)}">
<button type="submit" class="btn btn-primary">Tìm kiếm</button></form>
<div class="search-results" style="margin-top:12px">{res}</div>"""
    return page(request, "Tìm kiếm", main, [("Tìm kiếm", None)], state="/search/")


# --- home ---------------------------------------------------------------------------------------

DOCS = [
    {
        "key": "doc/2385",
        "so": "2385/TB-SGDĐT",
        "ngay": "27/11/2026",
        "loai": "Thông báo",
        "trich": "Về việc nghỉ Tết Dương lịch và Tết Nguyên đán Đinh Mùi năm 2027",
        "ky": "Nguyễn Thị Minh Hằng",
        "file": "2385-TB-SGDDT.pdf",
    },
    {
        "key": "doc/2291",
        "so": "2291/SGDĐT-GDTrH",
        "ngay": "11/11/2026",
        "loai": "Công văn",
        "trich": "Hướng dẫn tổ chức dạy học 2 buổi/ngày đối với cấp trung học từ học kỳ II năm học 2026-2027",
        "ky": "Võ Thành Trung",
        "file": "2291-SGDDT-GDTrH.pdf",
    },
]
for _d in DOCS:
    _d["guid"] = _guid(_d["key"])
DOC_BY_GUID = {d["guid"]: d for d in DOCS}
ALBUM = _guid("album/20-11-2026")


def doc_path(d: dict) -> str:
    return f"/van-ban/chi-tiet/?id={d['guid']}"


ACTIVE = ' class="active"'


def home(request: Request) -> Response:
    slides = [
        (f"/vi-VN{page_path(W1)}", W1),
        (kb_path(K6, upper=True), K6),
        (f"/Tin-Tuc/{W3.slug}/", W3),
    ]
    thumbs = {W1.id: W1.opts["thumb"], K6.id: "/anh-tin/thumb/khkt-bao-loc.jpg", W3.id: W3.opts["thumb"]}
    ind = "".join(
        f'<li data-target="#slTieuDiem" data-slide-to="{k}"{ACTIVE if k == 0 else ""}></li>'
        for k in range(len(slides))
    )
    items = "".join(
        f'<div class="item{" active" if k == 0 else ""}"><a href="{href}"><img src="{thumbs[s.id]}" alt="{esc(s.title)}" '
        f'style="width:100%"></a><div class="carousel-caption"><h4><a href="{href}" style="color:#fff">{esc(s.title)}</a></h4></div></div>'
        for k, (href, s) in enumerate(slides)
    )
    news = "".join(_news_item(s) for s in PAGES[:3])
    tb = "".join(
        f'<li style="margin-bottom:6px"><a href="{kb_path(s)}">{esc(s.title)}</a> '
        f'<span class="text-muted small">({_vn(s.opts["utc"], with_time=False)})</span></li>'
        for s in kb_in("thong-bao")[:3]
    )
    cm = sorted([s for s in KBS if s.opts["cat"] in ("gdtrh", "khaothi")], key=lambda s: s.opts["utc"], reverse=True)
    cm_html = "".join(
        f'<li style="margin-bottom:6px"><a href="{kb_path(s)}">{esc(s.title)}</a></li>' for s in cm[:3]
    )
    docs = "".join(
        f'<tr><td><a href="{doc_path(d)}">{esc(d["so"])}</a></td><td>{d["ngay"]}</td><td>{esc(d["trich"])}</td></tr>'
        for d in DOCS
    )
    main = f"""
<div id="slTieuDiem" class="carousel slide" data-ride="carousel" style="margin-bottom:18px">
 <ol class="carousel-indicators">{ind}</ol>
 <div class="carousel-inner" role="listbox">{items}</div>
 <a class="left carousel-control" href="#slTieuDiem" role="button" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
 <a class="right carousel-control" href="#slTieuDiem" role="button" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div>
<div class="khoi-tin"><h3 class="tieu-de-khoi"><a href="/tin-tuc/">{NEWS_CAT}</a></h3>{news}
<p class="text-right"><a href="/tin-tuc/">Xem tất cả »</a></p></div>
<div class="row">
 <div class="col-sm-6"><h3 class="tieu-de-khoi"><a href="/thong-bao/">Thông báo</a></h3><ul>{tb}</ul></div>
 <div class="col-sm-6"><h3 class="tieu-de-khoi">Chuyên môn</h3><ul>{cm_html}</ul></div>
</div>
<div class="khoi-vanban"><h3 class="tieu-de-khoi">Văn bản mới</h3>
<table class="table table-striped table-condensed"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody>{docs}</tbody></table><p class="text-right"><a href="/van-ban/">Xem tất cả văn bản »</a></p></div>"""
    return page(request, "Trang chủ", main, None, state="/")


# --- pages that are not articles ----------------------------------------------------------------


def intro(request: Request) -> Response:
    main = f"""{_heading("Chức năng, nhiệm vụ")}
<div class="page-copy"><div class="xrm-attribute xrm-editable-html"><div class="xrm-attribute-value">
<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lâm Đồng, tham mưu, giúp Ủy ban
nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường
xuyên, giáo dục chuyên nghiệp và các cơ sở giáo dục khác trên địa bàn tỉnh.</p>
<h4>Lãnh đạo Sở</h4>
<table class="table table-bordered"><tbody>
<tr><td>Giám đốc</td><td>Võ Thành Trung</td><td>0263.3822.403</td></tr>
<tr><td>Phó Giám đốc</td><td>Nguyễn Thị Minh Hằng</td><td>0263.3822.404</td></tr>
<tr><td>Phó Giám đốc</td><td>K’ Brơi</td><td>0263.3822.405</td></tr>
<tr><td>Phó Giám đốc</td><td>Trần Quốc Dũng</td><td>0263.3822.406</td></tr>
</tbody></table>
<h4>Các phòng chuyên môn, nghiệp vụ</h4>
<ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li>
<li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng Giáo dục Trung học</li>
<li>Phòng Khảo thí và Quản lý chất lượng giáo dục</li></ul>
</div></div></div>"""
    return page(request, "Chức năng, nhiệm vụ", main, [("Giới thiệu", None), ("Chức năng, nhiệm vụ", None)], state="/gioi-thieu/")


def contact(request: Request) -> Response:
    token = opaque("contact", 72)
    main = f"""{_heading("Liên hệ")}
<div class="row"><div class="col-sm-6">
<p><strong>Sở Giáo dục và Đào tạo tỉnh Lâm Đồng</strong></p>
<p>Địa chỉ: Số 23 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng<br>Điện thoại: 0263.3822.403 - Fax: 0263.3822.401<br>
Email: sgddt@lamdong.gov.vn</p></div>
<div class="col-sm-6"><h4>Gửi ý kiến, phản ánh</h4>
<div id="EntityFormPanel" class="entity-form crmEntityFormView">
<form method="post" action="/lien-he/" id="liquid_form" enctype="multipart/form-data">
<input type="hidden" name="__RequestVerificationToken" value="{token}">
<table role="presentation" class="section"><tbody>
<tr><td class="clearfix cell text form-control-cell"><div class="info required"><label for="fullname">Họ và tên</label></div>
<div class="control"><input type="text" id="fullname" name="fullname" class="text form-control" maxlength="100"></div></td></tr>
<tr><td class="clearfix cell text form-control-cell"><div class="info required"><label for="emailaddress">Email</label></div>
<div class="control"><input type="email" id="emailaddress" name="emailaddress" class="text form-control"></div></td></tr>
<tr><td class="clearfix cell textarea form-control-cell"><div class="info required"><label for="description">Nội dung</label></div>
<div class="control"><textarea id="description" name="description" rows="6" class="textarea form-control"></textarea></div></td></tr>
</tbody></table>
<input type="submit" name="InsertButton" value="Gửi" id="InsertButton" class="btn btn-primary button submit-btn">
</form></div></div></div>"""
    return page(request, "Liên hệ", main, [("Liên hệ", None)], state="/lien-he/")


def cookie_policy(request: Request) -> Response:
    main = f"""{_heading("Chính sách cookie")}
<div class="page-copy"><div class="xrm-attribute xrm-editable-html"><div class="xrm-attribute-value">
<p>Cổng thông tin điện tử Sở GD&amp;ĐT sử dụng các loại cookie sau:</p>
<table class="table table-bordered"><thead><tr><th>Tên</th><th>Mục đích</th><th>Thời hạn</th></tr></thead><tbody>
<tr><td>ASP.NET_SessionId</td><td>Duy trì phiên làm việc</td><td>Phiên</td></tr>
<tr><td>ContextLanguageCode</td><td>Ghi nhớ ngôn ngữ hiển thị</td><td>1 năm</td></tr>
<tr><td>ARRAffinity</td><td>Cân bằng tải máy chủ</td><td>Phiên</td></tr>
<tr><td>ppCookieConsent</td><td>Ghi nhớ lựa chọn đồng ý cookie</td><td>6 tháng</td></tr>
</tbody></table>
<p>Bạn có thể xóa hoặc chặn cookie trong phần cài đặt của trình duyệt; một số chức năng như đăng nhập có thể không hoạt động.</p>
</div></div></div>"""
    return page(request, "Chính sách cookie", main, [("Chính sách cookie", None)], state="/chinh-sach-cookie/")


_WEEKS = {
    48: ("23/11/2026", "29/11/2026", [
        ("Thứ Hai 23/11", "Sáng", "Giám đốc dự họp UBND tỉnh thường kỳ tháng 11", "Phòng họp UBND tỉnh"),
        ("Thứ Năm 26/11", "Chiều", "PGĐ Nguyễn Thị Minh Hằng kiểm tra công tác chuẩn bị Hội thi GVDG THPT", "Trường THPT Chuyên Thăng Long"),
    ]),
    49: ("30/11/2026", "06/12/2026", [
        ("Thứ Hai 30/11", "Sáng", "Giao ban Lãnh đạo Sở", "Phòng họp số 1"),
        ("Thứ Tư 02/12", "Sáng", "Hội nghị giao ban công tác giáo dục quý IV năm 2026 (trực tuyến)", "Hội trường Sở"),
        ("Thứ Sáu 04/12", "Chiều", "PGĐ Trần Quốc Dũng làm việc với Trường THPT Bảo Lộc", "Phường B’Lao"),
    ]),
    50: ("07/12/2026", "13/12/2026", [
        ("Thứ Hai 07/12", "Sáng", "Giao ban Lãnh đạo Sở", "Phòng họp số 1"),
        ("Thứ Năm 10/12", "Cả ngày", "Kiểm tra công tác chuẩn bị Kỳ thi chọn HSG cấp tỉnh lớp 12", "Các hội đồng thi"),
    ]),
}


def calendar(request: Request) -> Response | None:
    raw = request.params.get("tuan", "49")
    if not raw.isdigit() or int(raw) not in _WEEKS:
        return None
    w = int(raw)
    start, end, rows = _WEEKS[w]
    nav = ""
    if w - 1 in _WEEKS:
        nav += f'<a class="btn btn-default btn-sm" href="/lich-cong-tac/?tuan={w - 1}">« Tuần trước</a> '
    if w + 1 in _WEEKS:
        nav += f'<a class="btn btn-default btn-sm" href="/lich-cong-tac/?tuan={w + 1}">Tuần sau »</a>'
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>" for a, b, c, d in rows)
    main = f"""{_heading("Lịch công tác")}
<h4>Lịch công tác tuần {w} (từ ngày {start} đến ngày {end})</h4>
<div style="margin-bottom:8px">{nav}</div>
<table class="table table-bordered table-striped"><thead><tr><th>Ngày</th><th>Buổi</th><th>Nội dung</th><th>Địa điểm</th></tr></thead>
<tbody>{trs}</tbody></table>"""
    return page(request, "Lịch công tác", main, [("Giới thiệu", None), ("Lịch công tác", None)], state="/lich-cong-tac/")


def docs_grid(request: Request) -> Response:
    view = _guid("view/vanban")
    layout = opaque("layout-vanban", 420)
    main = f"""{_heading("Văn bản")}
<div class="entitylist entity-grid" data-view-layouts="{layout}" data-get-url="/_services/entity-grid-data.json/{view}"
 data-select-mode="single" data-grid-class="table-striped">
 <div class="view-toolbar grid-actions clearfix">
  <div class="input-group pull-right view-search entitylist-search"><input placeholder="Tìm văn bản" class="query form-control" type="text">
  <div class="input-group-btn"><button type="button" class="btn btn-default" aria-label="Tìm kiếm"><span class="fa fa-search"></span></button></div></div>
 </div>
 <div class="view-grid"><table class="table table-striped" aria-live="polite" aria-relevant="additions">
  <thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Loại văn bản</th><th>Trích yếu</th></tr></thead><tbody></tbody></table></div>
 <div class="view-empty message" style="display:none"><div class="alert alert-block alert-warning">Không có dữ liệu.</div></div>
 <div class="view-loading message text-center"><span class="fa fa-spinner fa-spin"></span> Đang tải...</div>
 <div class="view-pagination" data-pages="1" data-pagesize="10" data-current-page="1"></div>
</div>"""
    return page(request, "Văn bản", main, [("Văn bản", None)], state="/van-ban/")


def grid_data(request: Request) -> Response | None:
    if request.method != "POST":
        return Response(405, b"", {"Allow": "POST"})
    records = [
        {
            "Id": d["guid"],
            "EntityName": "sgd_vanban",
            "Attributes": [
                {"Name": "sgd_sokyhieu", "Value": d["so"], "DisplayValue": d["so"]},
                {"Name": "sgd_ngaybanhanh", "Value": d["ngay"], "DisplayValue": d["ngay"]},
                {"Name": "sgd_loai", "Value": d["loai"], "DisplayValue": d["loai"]},
                {"Name": "sgd_trichyeu", "Value": d["trich"], "DisplayValue": d["trich"]},
            ],
            "DetailsUrl": doc_path(d),
        }
        for d in DOCS
    ]
    payload = {"Records": records, "PageCount": 1, "PageNumber": 1, "PageSize": 10, "ItemCount": len(records), "MoreRecords": False}
    return Response(200, json.dumps(payload, ensure_ascii=False).encode(), {"Content-Type": "application/json; charset=utf-8"})


def doc_entry(request: Request, d: dict) -> Response:
    def row(label: str, name: str, value: str) -> str:
        return (
            f'<tr><td class="clearfix cell text form-control-cell"><div class="info"><label for="{name}">{label}</label></div>'
            f'<div class="control"><input type="text" id="{name}" class="text form-control readonly" readonly value="{esc(value)}"></div></td></tr>'
        )

    main = f"""{_heading("Chi tiết văn bản")}
<div class="entity-form crmEntityFormView"><table role="presentation" class="section"><tbody>
{row("Số ký hiệu", "sgd_sokyhieu", d["so"])}
{row("Ngày ban hành", "sgd_ngaybanhanh", d["ngay"])}
{row("Loại văn bản", "sgd_loai", d["loai"])}
{row("Người ký", "sgd_nguoiky", d["ky"])}
<tr><td class="clearfix cell textarea form-control-cell"><div class="info"><label for="sgd_trichyeu">Trích yếu</label></div>
<div class="control"><textarea id="sgd_trichyeu" class="textarea form-control readonly" readonly rows="3">{esc(d["trich"])}</textarea></div></td></tr>
</tbody></table>
<div class="notes"><h4>Tệp đính kèm</h4><p><span class="fa fa-file-pdf-o"></span>
<a href="/_entity/annotation/{_guid('file/' + d['key'])}">{d["file"]}</a></p></div></div>"""
    return page(request, "Chi tiết văn bản", main, [("Văn bản", "/van-ban/"), (d["so"], None)], state="/van-ban/")


_ALBUM_PHOTOS = [
    ("/anh-tin/album/20-11/01.jpg", "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo"),
    ("/anh-tin/album/20-11/02.jpg", "Văn nghệ chào mừng của học sinh Trường THPT Chuyên Thăng Long"),
    ("/anh-tin/album/20-11/03.jpg", "Trao Bằng khen của Chủ tịch UBND tỉnh"),
]


def albums(request: Request) -> Response:
    main = f"""{_heading("Thư viện ảnh")}
<div class="row"><div class="col-sm-6"><a href="/thu-vien-anh/album/?id={ALBUM}" class="thumbnail">
<img src="{_ALBUM_PHOTOS[0][0]}" alt=""><div class="caption"><h4>Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam</h4>
<p class="small text-muted">{len(_ALBUM_PHOTOS)} ảnh</p></div></a></div></div>"""
    return page(request, "Thư viện ảnh", main, [("Thư viện ảnh", None)], state="/thu-vien-anh/")


def album(request: Request) -> Response:
    imgs = "".join(
        f'<div class="col-sm-4"><div class="thumbnail"><img src="{src}" alt="{esc(cap)}"><div class="caption small">{esc(cap)}</div></div></div>'
        for src, cap in _ALBUM_PHOTOS
    )
    main = f"""{_heading("Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam")}
<p class="text-muted small">Album · 20/11/2026 · {len(_ALBUM_PHOTOS)} ảnh</p><div class="row">{imgs}</div>"""
    return page(
        request, "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", main,
        [("Thư viện ảnh", "/thu-vien-anh/"), ("Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", None)], state="/thu-vien-anh/",
    )


def sign_in(request: Request) -> Response:
    token = opaque("signin", 72)
    ret = esc(request.params.get("returnUrl", "/"))
    main = f"""{_heading("Đăng nhập")}
<form method="post" action="/SignIn?returnUrl={quote(request.params.get('returnUrl', '/'), safe='')}" class="form-horizontal">
<input type="hidden" name="__RequestVerificationToken" value="{token}"><input type="hidden" name="ReturnUrl" value="{ret}">
<fieldset><legend>Đăng nhập bằng tài khoản cục bộ</legend>
<div class="form-group"><label class="col-sm-4 control-label" for="Username">Tên đăng nhập</label>
<div class="col-sm-8"><input class="form-control" id="Username" name="Username" type="text"></div></div>
<div class="form-group"><label class="col-sm-4 control-label" for="PasswordValue">Mật khẩu</label>
<div class="col-sm-8"><input class="form-control" id="PasswordValue" name="PasswordValue" type="password"></div></div>
<div class="form-group"><div class="col-sm-offset-4 col-sm-8"><button class="btn btn-primary" id="submit-signin-local">Đăng nhập</button>
<a class="btn btn-default" href="/Account/Login/ForgotPassword">Quên mật khẩu?</a></div></div></fieldset></form>
<p>Chưa có tài khoản? <a href="/Account/Login/Register">Đăng ký</a></p>"""
    return page(request, "Đăng nhập", main, [("Đăng nhập", None)], sidebar=False, state="/SignIn")


def register(request: Request) -> Response:
    main = f"""{_heading("Đăng ký")}
<div class="alert alert-info">Chức năng đăng ký tài khoản chỉ dành cho cán bộ quản lý các cơ sở giáo dục. Vui lòng liên hệ Văn phòng Sở để được cấp tài khoản.</div>"""
    return page(request, "Đăng ký", main, [("Đăng ký", None)], sidebar=False, state="/Account/Login/Register")


def english(request: Request) -> Response:
    doc = f"""<!DOCTYPE html><html lang="en-US" data-lang="en-US" crm-lang="en-US"><head><meta charset="utf-8">
<title>Home · Lam Dong Department of Education and Training</title></head><body>
<div class="navbar navbar-inverse"><div class="container"><ul class="nav navbar-nav"><li><a href="/en-US/">Home</a></li>
<li><a href="/vi-VN/">Tiếng Việt</a></li></ul></div></div>
<div class="container"><div class="page-header"><h1>Lam Dong Department of Education and Training</h1></div>
<p>The English version of this portal is being updated. Please visit the <a href="/">Vietnamese version</a>.</p>
<p class="text-muted">{TODAY_LINE}</p></div>
<footer><p>© Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Lâm Đồng.</p></footer></body></html>"""
    return html(doc)


# --- routing ----------------------------------------------------------------------------------


def _image(request: Request) -> Response | None:
    if request.params.get("Entity", "").lower() != "annotation" or not request.params.get("Id"):
        return None
    return Response(200, _JPEG, {"Content-Type": "image/jpeg", "Cache-Control": "max-age=86400"})


PAGE_BY_SLUG = {s.slug: s for s in PAGES}


def _id_param(request: Request) -> str:
    raw = next((v for k, v in request.params.items() if k.lower() == "id"), "")
    return raw.strip().strip("{}").lower()


class PowerPagesSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if low == "/en-us/" or low == "/en-us":
            return english(request)
        if low.startswith("/en-us/"):
            return None
        if low == "/vi-vn":
            return redirect("/vi-VN/", 301)
        if low.startswith("/vi-vn/"):
            low = low[len("/vi-vn"):]
        if low == "/image/download.aspx":
            return _image(request)
        if low.startswith("/_entity/annotation/"):
            return Response(200, PDF, {"Content-Type": "application/pdf", "Content-Disposition": "inline"})
        if low.startswith("/_services/entity-grid-data.json/"):
            return grid_data(request)
        if "." in low.rsplit("/", 1)[-1]:
            return static_file(low)
        if low == "/":
            return home(request)
        if low.startswith("/tin-tuc/") or low == "/tin-tuc":
            rest = low[len("/tin-tuc/"):] if low != "/tin-tuc" else ""
            if rest == "":
                return news_listing(request) if low.endswith("/") else redirect("/tin-tuc/", 301)
            slug = rest.rstrip("/")
            story = PAGE_BY_SLUG.get(slug)
            if story is None or "/" in slug:
                return None
            if not rest.endswith("/"):
                return redirect(page_path(story), 301)
            return web_page_article(request, story)
        if low == "/article/":
            story = KB_BY_GUID.get(_id_param(request))
            return kb_article(request, story) if story else None
        if low.startswith("/knowledgebase/article/"):
            parts = low.strip("/").split("/")
            if len(parts) == 4 and parts[3] == "vi-vn" and parts[2] in KB_BY_KA:
                return kb_article(request, KB_BY_KA[parts[2]])
            return None
        routes = {
            "/thong-bao/": thongbao_listing,
            "/knowledgebase/": kb_home,
            "/search/": search_page,
            "/gioi-thieu/": intro,
            "/lien-he/": contact,
            "/chinh-sach-cookie/": cookie_policy,
            "/lich-cong-tac/": calendar,
            "/van-ban/": docs_grid,
            "/thu-vien-anh/": albums,
            "/signin": sign_in,
            "/account/login/register": register,
        }
        for key, (_, cpath) in CATS.items():
            if key != "thong-bao":
                routes[cpath] = lambda r, k=key: category_listing(r, k)
        if low in routes:
            return routes[low](request)
        if low + "/" in routes:
            return redirect(path + "/", 301)
        if low == "/van-ban/chi-tiet/":
            d = DOC_BY_GUID.get(_id_param(request))
            return doc_entry(request, d) if d else None
        if low == "/thu-vien-anh/album/":
            return album(request) if _id_param(request) == ALBUM else None
        if low in ("/forums/", "/forums"):
            return redirect("/SignIn?returnUrl=%2Fforums%2F")
        return None


def build_site() -> PowerPagesSite:
    return PowerPagesSite()


# --- gold -----------------------------------------------------------------------------------------


def _alt(s: Story) -> list[str]:
    if s.opts["kind"] == "kb":
        return [kb_path(s, upper=True), ka_path(s)]
    alts = []
    if s is W1:
        alts.append(f"/vi-VN{page_path(s)}")
    if s is W3:
        alts.append(f"/Tin-Tuc/{s.slug}/")
    return alts


GOLD = [
    gold_record(s, path_of(s), CATS[s.opts["cat"]][0] if s.opts["kind"] == "kb" else NEWS_CAT, alt_paths=_alt(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/lien-he/",
    "/chinh-sach-cookie/",
    "/lich-cong-tac/",
    doc_path(DOCS[0]),
    doc_path(DOCS[1]),
    f"/thu-vien-anh/album/?id={ALBUM}",
]

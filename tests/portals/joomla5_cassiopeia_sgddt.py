"""Joomla 5 with the default Cassiopeia template: the portal of a provincial Sở GD&ĐT (blind fixture).

Platform
    Joomla 5.2 (``<meta name="generator" content="Joomla! - Open Source Content Management">``),
    template Cassiopeia with a few overrides by the local vendor, system SEF plugin with a site
    domain set, Schema.org plugin (J5), third-party modules every Vietnamese Joomla site has:
    Vinaora Visitors Counter, AddToAny share bar, a poll. Institution: Sở Giáo dục và Đào tạo
    tỉnh Quảng Trị (after the 2025 merger of provinces: wards and communes, no districts).

URL scheme (SEF, IDs kept)
    ``/``                                     featured blog (home), paged ``/?start=4``
    ``/tin-tuc/<category>``                   category blog (3 a page, ``?start=3``) or list
                                              (``thong-bao``: table, limit select, POST form)
    ``/tin-tuc/<category>/<id>-<alias>``      article; any alias after the id serves it (J5
                                              router with IDs), any extra query is ignored
    ``…/<id>-<alias>?tmpl=component&print=1`` print view (component only, ``rel=nofollow``)
    ``/index.php?option=com_content&view=article&id=N&catid=C&Itemid=I``  non-SEF twin
    ``/van-ban``, ``/van-ban/<id>-<alias>``   documents (category list + document entries)
    ``/thu-vien/album-anh[/category/<id>-<alias>]``  Phoca Gallery albums
    ``/thu-vien/video[/<id>-<alias>]``       video items (com_content articles holding a clip)
    ``/gioi-thieu/chuc-nang-nhiem-vu``, ``/gioi-thieu/co-cau-to-chuc``  single-article menu items
    ``/lien-he`` (com_contact), ``/component/tags/tag/<alias>`` (tag pages), ``/dang-nhap``,
    ``/tim-kiem`` (smart search). "Giới thiệu", "Tin tức", "Thư viện" are menu headings:
    ``/tin-tuc`` itself is a 404, as on the real site.

Page templates
    Cassiopeia: ``header.container-header`` (top bar with today's date, brand, metismenu with
    drop-downs), breadcrumbs ("Bạn đang ở:"), ``main`` with the component, ``container-sidebar-right``
    with cards (search, Tin mới, Thông báo, Tiêu điểm, Đọc nhiều, Liên kết website, poll, counter),
    ``main-bottom`` "Các tin khác", footer. Article: ``div.com-content-article.item-page`` with
    ``h1[itemprop=headline]``, the info block ``dl.article-info`` split above (Viết bởi, Danh mục,
    Ngày đăng) and below (Ngày tạo, Cập nhật lần cuối, Lượt xem), tags, the full-article image in
    ``figure.item-image`` outside the body, ``div[itemprop=articleBody]``, custom fields in
    ``ul.fields-container``.

How each gold article is reached
    1362, 1359, 1356, 1357  home page 1 (featured) and their categories' first pages
    1355, 1351              home page 2 (``/?start=4``) and their categories
    1340                    ``/tin-tuc/hoat-dong-nganh?start=3``, the "Đọc nhiều" card
    1318                    ONLY ``/tin-tuc/hoat-dong-nganh?start=3`` (page 2)
    1322                    ``/tin-tuc/mam-non-tieu-hoc`` and "Các tin khác" of 1355
    1347                    ``/tin-tuc/giao-duc-trung-hoc``, "Tiêu điểm" (non-SEF link)
    1320                    ``/tin-tuc/giao-duc-trung-hoc?start=3`` (page 2), "Các tin khác"
    1353                    ``/tin-tuc/chuyen-doi-so``, tag page ``chuyen-doi-so``
    1349                    ``/tin-tuc/thong-bao`` (list layout), "Thông báo" card

Traps
    1. UTC datetime attribute: the vendor's override of the info block prints
       ``<time datetime="…+00:00">`` (the database value) while the visible text is local time
       ("Ngày đăng: 27 Tháng 11 2026 06:15"). 1351 was published 06:15 on 27/11, which is
       26/11 in UTC. Gold: local time with +07:00 ("2026-11-27T06:15:00+07:00").
    2. Midnight: 1340 prints "20 Tháng 11 2026 00:00" (attribute "2026-11-19T17:00:00+00:00",
       the day before). Gold: the day alone, "2026-11-20".
    3. Three dates in the info block: "Ngày đăng" (publish_up), "Ngày tạo" (created: for 1359
       and 1356 later than the publication, as editors back-date publish_up), "Cập nhật lần
       cuối".
       The Schema.org JSON-LD (J5 plugin, filled by hand) of 1362 and 1347 carries a stale
       ``datePublished`` and an old headline. Gold: the visible "Ngày đăng" and the h1.
    4. "Viết bởi:" prints the CMS account ("Super User", "Biên tập viên 01") for most articles:
       nobody. The real author sits elsewhere: a right-aligned closing line, a custom field
       "Tác giả:" in ``ul.fields-container`` ("ThS. Nguyễn Thị Hồng Nhung" -> the name), or the
       author's alias in the info block itself ("Tin, ảnh: Phan Thảo" -> author and photographer;
       "TS. Hoàng Văn Quý - Phó Trưởng phòng …" -> "Hoàng Văn Quý"; "Phòng Tổ chức cán bộ" ->
       the unit as printed).
    5. Duplicates: every article has a print view (``?tmpl=component&print=1``); the hand-made
       "Tiêu điểm" card links 1347 by its non-SEF URL and 1362 by its alias from before the title
       was edited; 1362's body has a "Xem thêm:" line linking 1351 with a ``?fbclid=`` pasted from
       Facebook. The SEF plugin's canonical link echoes the requested URL, query included, so it
       does not de-duplicate anything. Gold: the SEF path; the twins are ``alt_paths``.
    6. show_intro = 0 on 1322: the category page prints an intro paragraph that the article page
       does not print. Gold body: the article page's text only; summary null.
    7. The letterhead notice 1356 is posted "Ngày đăng: 01 Tháng 12 2026 08:05" but dated
       "Quảng Trị, ngày 30 tháng 11 năm 2026" in its letterhead. Gold: "2026-11-30", the signer
       "Trần Quang Minh" is the author, letterhead / kind and subject / "Nơi nhận" / attachment
       line are not body.
    8. Look-alike non-articles: document entries (``/van-ban/…``) and video items
       (``/thu-vien/video/…``) use the very same article template (h1, info block with date,
       hits, print icon). They are not articles (NON_ARTICLES).
    9. A restricted article (1345, access "Registered") is listed in "Giáo dục Trung học" with
       "Đăng ký để đọc toàn bài…" pointing to ``/dang-nhap?return=…``; its own URL answers 403.
       Not gold.
    10. Facebook paste in 1351: lines in ``<div dir="auto">``, the "👉" bullets drawn as fbcdn
        ``<img alt="👉">`` (bullets, no text; not images), FB's auto alt text "Có thể là hình ảnh
        về …" on the photos (no caption). Typed emoji (🎓, ❤️) are text and stay.
    11. Captions in four markups: ``figcaption`` of the full-article image (outside the body,
        printed in parentheses for 1318: taken off), TinyMCE ``figure.image``, an editor's
        two-row table (1359), a centred ``<em>`` line under the photo that is only a credit
        "Ảnh: Trung Kiên" (1340: caption None, photographer Trung Kiên). The full image's src
        carries Joomla's ``#joomlaImage://…`` fragment (dropped in the gold path).
    12. Boundaries inside the body: an editor-typed "Tin liên quan:" list (1359) and a "Xem thêm:"
        line (1362) are not body; Word paste in 1353 with ``mso-list:Ignore`` markers (no text)
        next to "- " typed by the editor (text); 1347 keeps its Word footnote calls "[1]" in the
        sentence and its "Tài liệu tham khảo" notes; the pdf icon + "Tải về:" line (1357) and
        "File đính kèm:" (1356) are not body.
    13. Paging: blog pages show 3 items and no "more links" (num_links = 0); the "next" and
        "last" buttons of Joomla's pagination are icon-only (``aria-label`` text, no link text).

Gold decisions on ambiguous points
    - category: the breadcrumb's last crumb before the title (same as "Danh mục:").
    - A credit-only line under a photo ("Ảnh: Trung Kiên") gives photographers, caption None.
    - Facebook's generated alt text is no caption.
    - The letterhead notice's body starts at "Căn cứ …" and ends with "… triển khai thực hiện./."
      (as printed); summary null.
    - Table rows in the text (results table of 1357, schedule of 1349) are paragraphs, header
      row included, cells joined by " | ".
    - "VĂN PHÒNG SỞ" signing 1349 alone, right-aligned, is the author as printed (capitals kept).
    - The custom field "Tác giả:" (1340) is a byline like a closing line: the name without "ThS.".
    - "Ngày tạo" is never the publication date, even when it is the later one (1359, 1356).
    - "Nguồn: Đài Phát thanh - Truyền hình Quảng Trị" under the clip of the video item does not
      make that page an article.
    - Intro pages (Chức năng nhiệm vụ, Cơ cấu tổ chức) are single-article menu items but intro
      pages: not articles.
"""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla5_cassiopeia_sgddt"
PLATFORM = "Joomla 5 (Cassiopeia)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Sở Giáo dục và Đào tạo tỉnh Quảng Trị"
SITE_SHORT = "Sở GD&ĐT Quảng Trị"

# ---------------------------------------------------------------------------------------------
# categories and menu items
# ---------------------------------------------------------------------------------------------

CATS = {
    "hoat-dong-nganh": {"id": 9, "itemid": 121, "name": "Hoạt động ngành", "layout": "blog",
                        "desc": "Tin hoạt động của Sở GD&ĐT và các đơn vị trực thuộc."},
    "mam-non-tieu-hoc": {"id": 10, "itemid": 122, "name": "Giáo dục Mầm non - Tiểu học",
                         "layout": "blog", "desc": ""},
    "giao-duc-trung-hoc": {"id": 11, "itemid": 123, "name": "Giáo dục Trung học", "layout": "blog",
                           "desc": ""},
    "chuyen-doi-so": {"id": 12, "itemid": 124, "name": "Chuyển đổi số", "layout": "blog",
                      "desc": "Ứng dụng CNTT, chuyển đổi số trong giáo dục và đào tạo."},
    "thong-bao": {"id": 13, "itemid": 125, "name": "Thông báo", "layout": "list", "desc": ""},
}
PER_PAGE = 3
HOME_PER_PAGE = 4

TAGS = {
    "chuyen-doi-so": (7, "Chuyển đổi số"),
    "hoc-sinh-gioi": (9, "Học sinh giỏi"),
    "nha-giao": (11, "Nhà giáo"),
}

# ---------------------------------------------------------------------------------------------
# the articles
# ---------------------------------------------------------------------------------------------

_FB_POINT = (
    '<span class="html-span xexx8yu xyri2b x18d9i69 x1c1uobl x1hl2dhg x16tdsg8 x1vvkbs x3nfvp2 '
    'x1j61x8r x1fcty0u xdj266r xat24cr xm2jcoa x1mpyi22 xxymvpz xlup9mm x1kky2od">'
    '<img height="16" width="16" alt="👉" referrerpolicy="origin-when-cross-origin" '
    'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/1f449.png"></span> '
)

S1362 = Story(
    id=1362,
    slug="hoi-nghi-so-ket-cong-tac-giao-duc-3-thang-dau-nam-hoc-2026-2027",
    title="Hội nghị sơ kết công tác giáo dục 3 tháng đầu năm học 2026 - 2027",
    cat="hoat-dong-nganh",
    published_at="2026-12-03T14:30:00+07:00",
    authors=["Minh Châu"],
    summary=(
        "Chiều 03/12, Sở GD&ĐT tổ chức Hội nghị sơ kết công tác giáo dục 3 tháng đầu năm học "
        "2026 - 2027 theo hình thức trực tiếp kết hợp trực tuyến đến 112 điểm cầu tại các xã, "
        "phường và các trường THPT trên địa bàn tỉnh."
    ),
    blocks=[
        Img("/images/2026/12/03/so-ket-3-thang-1.jpg", "Quang cảnh Hội nghị sơ kết",
            "Quang cảnh Hội nghị sơ kết", style="full"),
        P("Chiều 03/12, Sở GD&ĐT tổ chức Hội nghị sơ kết công tác giáo dục 3 tháng đầu năm học "
          "2026 - 2027 theo hình thức trực tiếp kết hợp trực tuyến đến 112 điểm cầu tại các xã, "
          "phường và các trường THPT trên địa bàn tỉnh.", "lead"),
        P("Tham dự hội nghị có đồng chí Hoàng Thị Thu Hương, Phó Chủ tịch UBND tỉnh; lãnh đạo "
          "Sở GD&ĐT, các phòng chuyên môn thuộc Sở; hiệu trưởng các trường THPT, trung tâm "
          "GDNN-GDTX và đại diện UBND các xã, phường."),
        P("Theo báo cáo tại hội nghị, sau hơn 3 tháng triển khai nhiệm vụ năm học, toàn ngành đã "
          "cơ bản ổn định quy mô trường, lớp sau sắp xếp đơn vị hành chính. Toàn tỉnh hiện có "
          "1.046 cơ sở giáo dục với hơn 385.000 học sinh; tỷ lệ huy động trẻ 5 tuổi ra lớp đạt "
          "99,8%, học sinh vào lớp 1 đạt 100%."),
        Img("/images/2026/12/03/so-ket-3-thang-2.jpg",
            "Phó Chủ tịch UBND tỉnh Hoàng Thị Thu Hương phát biểu chỉ đạo tại hội nghị",
            "Phó Chủ tịch UBND tỉnh Hoàng Thị Thu Hương phát biểu chỉ đạo tại hội nghị",
            style="figure"),
        P("Tập trung khắc phục tình trạng thiếu giáo viên", "h3"),
        P("Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như: tình trạng "
          "thiếu giáo viên cục bộ ở một số môn học (Tin học, Tiếng Anh, Nghệ thuật); cơ sở vật chất "
          "ở một số trường vùng miền núi chưa đáp ứng yêu cầu dạy học 2 buổi/ngày; việc vận hành "
          "mô hình chính quyền địa phương 2 cấp đối với quản lý giáo dục mầm non, tiểu học và "
          "THCS còn lúng túng."),
        P("Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Hoàng Thị Thu Hương đề nghị ngành Giáo dục "
          "tiếp tục tham mưu rà soát, sắp xếp mạng lưới trường lớp phù hợp thực tiễn; chủ động "
          "phối hợp với Sở Nội vụ trong công tác tuyển dụng, điều động giáo viên; đẩy mạnh chuyển "
          "đổi số, xây dựng trường học số."),
        Raw('<p><em>Xem thêm: <a href="/tin-tuc/hoat-dong-nganh/1351-trao-120-suat-hoc-bong-tiep-'
            'suc-den-truong-cho-hoc-sinh-vung-kho-khan?fbclid=IwZXh0bgNhZW0CMTEAAR2kQ7tV0pLx9s'
            'Hc3mW_aem_Zm9vYmFyYmF6">Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh '
            'vùng khó khăn</a></em></p>'),
        Raw('<p style="text-align: right;"><strong>Minh Châu - Văn phòng Sở</strong></p>'),
    ],
    opts={
        "pub": "2026-12-03 14:30", "created": "2026-12-02 16:20", "modified": "2026-12-04 09:15",
        "by": "Super User", "tags": ["chuyen-doi-so"], "featured": True, "hits": 1874,
        "old_alias": "hoi-nghi-so-ket-quy-i-nam-hoc-2026-2027",
        "schema": {"headline": "Hội nghị sơ kết quý I năm học 2026 - 2027",
                   "datePublished": "2026-12-02T09:20:00+00:00", "author": "Super User"},
    },
)

S1359 = Story(
    id=1359,
    slug="doan-cong-tac-bo-gd-dt-kiem-tra-cong-tac-chuan-bi-ky-thi-chon-hsg-quoc-gia-thpt-nam-2027",
    title="Đoàn công tác Bộ GD&ĐT kiểm tra công tác chuẩn bị Kỳ thi chọn học sinh giỏi quốc gia "
          "THPT năm 2027",
    cat="hoat-dong-nganh",
    published_at="2026-12-01T09:15:00+07:00",
    authors=["Phan Thảo"],
    photographers=["Phan Thảo"],
    blocks=[
        P("Ngày 01/12, Đoàn công tác của Cục Quản lý chất lượng, Bộ GD&ĐT do ông Nguyễn Ngọc Hà, "
          "Phó Cục trưởng làm trưởng đoàn đã kiểm tra công tác chuẩn bị Kỳ thi chọn học sinh giỏi "
          "quốc gia THPT năm 2027 tại tỉnh Quảng Trị."),
        Img("/images/2026/12/01/kiem-tra-hsg-qg-1.jpg",
            "Đoàn công tác kiểm tra khu vực bảo quản đề thi tại Sở GD&ĐT",
            "Đoàn công tác kiểm tra khu vực bảo quản đề thi tại Sở GD&ĐT", style="tablecap"),
        P("Năm nay, Quảng Trị có 82 học sinh thuộc 13 môn thi tham dự kỳ thi, được tổ chức tại 2 "
          "điểm thi: Trường THPT Chuyên Võ Nguyên Giáp và Trường THPT Chuyên Lê Quý Đôn. Kỳ thi "
          "diễn ra trong 2 ngày 07 và 08/01/2027."),
        P("Sau khi kiểm tra thực tế, đoàn công tác đánh giá cao sự chuẩn bị chu đáo, nghiêm túc "
          "của Sở GD&ĐT; đồng thời lưu ý Hội đồng thi cần rà soát kỹ hệ thống camera giám sát, "
          "thiết bị phát hiện sóng, phương án bảo đảm an toàn đề thi và bài thi."),
        P("Ông Lê Văn Thành, Giám đốc Sở GD&ĐT cho biết, Sở đã thành lập các đội tuyển từ tháng "
          "9/2026, tổ chức bồi dưỡng tập trung với sự tham gia của giảng viên các trường đại học; "
          "đồng thời phối hợp với Công an tỉnh, Sở Y tế, Công ty Điện lực Quảng Trị bảo đảm an "
          "ninh, y tế, điện lưới trong suốt thời gian diễn ra kỳ thi."),
        Img("/images/2026/12/01/kiem-tra-hsg-qg-2.jpg",
            "(Ông Nguyễn Ngọc Hà phát biểu kết luận buổi làm việc)",
            "Ông Nguyễn Ngọc Hà phát biểu kết luận buổi làm việc", style="tablecap"),
        Raw('<p><strong>Tin liên quan:</strong></p>\n<ul>\n<li><a href="/tin-tuc/thong-bao/1356-'
            'thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-van-hoa-lop-12-cap-tinh-nam-hoc-'
            '2026-2027">Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp '
            'tỉnh năm học 2026 - 2027</a></li>\n<li><a href="/tin-tuc/giao-duc-trung-hoc/1357-'
            'cong-bo-ket-qua-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc">'
            'Công bố kết quả Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học</a>'
            '</li>\n</ul>'),
    ],
    opts={
        "pub": "2026-12-01 09:15", "created": "2026-12-01 11:02", "modified": None,
        "by": "Tin, ảnh: Phan Thảo", "tags": ["hoc-sinh-gioi"], "featured": True, "hits": 956,
    },
)

S1351 = Story(
    id=1351,
    slug="trao-120-suat-hoc-bong-tiep-suc-den-truong-cho-hoc-sinh-vung-kho-khan",
    title="Trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh vùng khó khăn 🎓",
    cat="hoat-dong-nganh",
    published_at="2026-11-27T06:15:00+07:00",
    source="Báo Quảng Trị",
    blocks=[
        P("🎓 Sáng 26/11, tại Trường THPT Hướng Hóa, Sở GD&ĐT phối hợp với Quỹ Khuyến học tỉnh và "
          "Báo Tuổi Trẻ trao 120 suất học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó "
          "khăn vươn lên trong học tập.", "fb"),
        P("Mỗi suất học bổng trị giá 5 triệu đồng, kèm theo cặp sách, áo ấm và đồ dùng học tập. "
          "Tổng giá trị chương trình hơn 700 triệu đồng.", "fb"),
        P("Các em nhận học bổng năm nay thuộc các xã Khe Sanh, Lao Bảo, Hướng Phùng, Tà Rụt, "
          "La Lay…, nhiều em mồ côi cha mẹ, sống cùng ông bà nhưng vẫn đạt danh hiệu học sinh "
          "giỏi nhiều năm liền. Trong số đó có:", "fb"),
        P("Em Hồ Thị Ngân (lớp 11A2, Trường THPT Hướng Phùng): mồ côi cha, đạt giải Nhì học sinh "
          "giỏi cấp tỉnh môn Địa lí;", "fbpoint"),
        P("Em Kăn Đức (lớp 9, Trường PTDTBT THCS A Xing): 5 năm liền là học sinh xuất sắc;",
          "fbpoint"),
        P("Em Lê Văn Tình (lớp 12B, Trường THPT Lao Bảo): đạt Huy chương Bạc Olympic Toán học "
          "khu vực.", "fbpoint"),
        P("Chương trình tiếp tục nhận được sự đồng hành của các nhà hảo tâm trong và ngoài tỉnh. "
          "❤️", "fb"),
        Img("/images/2026/11/26/hoc-bong-tiep-suc-1.jpg",
            "Có thể là hình ảnh về 8 người, trẻ em và văn bản cho biết 'TIẾP SỨC ĐẾN TRƯỜNG'",
            None, style="fbphoto"),
        Img("/images/2026/11/26/hoc-bong-tiep-suc-2.jpg", "Có thể là hình ảnh về 3 người",
            None, style="fbphoto"),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Quảng Trị</em></p>'),
    ],
    opts={
        "pub": "2026-11-27 06:15", "created": "2026-11-27 05:58", "modified": "2026-11-27 08:40",
        "by": "Biên tập viên 01", "tags": [], "featured": True, "hits": 1532,
    },
)

S1340 = Story(
    id=1340,
    slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-tuyen-duong-86-nha-giao-tieu-bieu",
    title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026): Tuyên dương 86 nhà "
          "giáo tiêu biểu",
    cat="hoat-dong-nganh",
    published_at="2026-11-20",
    authors=["Nguyễn Thị Hồng Nhung"],
    photographers=["Trung Kiên"],
    summary=(
        "Sáng 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương "
        "86 nhà giáo tiêu biểu năm học 2025 - 2026."
    ),
    blocks=[
        P("Sáng 19/11, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên dương "
          "86 nhà giáo tiêu biểu năm học 2025 - 2026.", "lead"),
        Img("/images/2026/11/19/le-ky-niem-20-11-1.jpg", "Ảnh: Trung Kiên", None, style="credit"),
        P("Đến dự có đồng chí Nguyễn Đăng Quang, Phó Bí thư Tỉnh ủy; đồng chí Hoàng Nam, Phó Chủ "
          "tịch UBND tỉnh cùng đại diện các sở, ban, ngành, đoàn thể cấp tỉnh."),
        P("Phát biểu tại buổi lễ, đồng chí Nguyễn Đăng Quang ghi nhận, biểu dương những nỗ lực "
          "của đội ngũ nhà giáo, cán bộ quản lý giáo dục trong năm học vừa qua, nhất là trong bối "
          "cảnh vừa sắp xếp tổ chức bộ máy, vừa triển khai Luật Nhà giáo có hiệu lực từ ngày "
          "01/01/2026."),
        P("Dịp này, UBND tỉnh tặng Bằng khen cho 26 tập thể và 60 cá nhân; Giám đốc Sở GD&ĐT "
          "tặng Giấy khen cho 86 nhà giáo có thành tích xuất sắc trong công tác giảng dạy, giáo "
          "dục học sinh."),
        Img("/images/2026/11/19/le-ky-niem-20-11-2.jpg",
            "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu",
            "Lãnh đạo tỉnh trao Bằng khen cho các nhà giáo tiêu biểu", style="credit"),
    ],
    opts={
        "pub": "2026-11-20 00:00", "created": "2026-11-19 15:47", "modified": "2026-11-21 10:05",
        "by": "Super User", "tags": ["nha-giao"], "featured": False, "hits": 2315,
        "fields": [("tac-gia", "Tác giả", "ThS. Nguyễn Thị Hồng Nhung")],
    },
)

S1318 = Story(
    id=1318,
    slug="tap-huan-nang-cao-nang-luc-quan-tri-truong-hoc-cho-can-bo-quan-ly-cac-truong-thpt",
    title="Tập huấn nâng cao năng lực quản trị trường học cho cán bộ quản lý các trường THPT",
    cat="hoat-dong-nganh",
    published_at="2026-10-22T15:40:00+07:00",
    authors=["Phòng Tổ chức cán bộ"],
    blocks=[
        Img("/images/2026/10/22/tap-huan-quan-tri-truong-hoc.jpg",
            "(Các đại biểu tham dự lớp tập huấn)", "Các đại biểu tham dự lớp tập huấn",
            style="full"),
        P("Từ ngày 20 đến 22/10, Sở GD&ĐT tổ chức lớp tập huấn nâng cao năng lực quản trị trường "
          "học cho 156 cán bộ quản lý các trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh."),
        P("Lớp tập huấn tập trung vào các chuyên đề: quản trị nhà trường theo hướng tự chủ; xây "
          "dựng kế hoạch giáo dục nhà trường đáp ứng Chương trình GDPT 2018; quản lý tài chính, "
          "tài sản công trong cơ sở giáo dục; ứng dụng công nghệ thông tin, trí tuệ nhân tạo "
          "trong quản trị trường học."),
        P("Nhiều nội dung thiết thực", "h4"),
        P("Báo cáo viên là các giảng viên của Học viện Quản lý giáo dục và chuyên viên các phòng "
          "chuyên môn thuộc Sở. Bên cạnh phần lý thuyết, học viên được thảo luận nhóm, chia sẻ "
          "các tình huống thực tế trong quản lý như: xử lý khiếu nại của phụ huynh, phòng chống "
          "bạo lực học đường, quản lý việc dạy thêm, học thêm theo Thông tư 29/2024/TT-BGDĐT."),
        P("Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch và được cấp giấy chứng "
          "nhận."),
    ],
    opts={
        "pub": "2026-10-22 15:40", "created": "2026-10-22 15:31", "modified": None,
        "by": "Phòng Tổ chức cán bộ", "tags": [], "featured": False, "hits": 388,
    },
)

S1355 = Story(
    id=1355,
    slug="hoi-thi-giao-vien-day-gioi-cap-hoc-mam-non-tinh-quang-tri-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp học mầm non tỉnh Quảng Trị năm học 2026 - 2027",
    cat="mam-non-tieu-hoc",
    published_at="2026-11-28T10:20:00+07:00",
    authors=["Phòng GDMN-GDTH"],
    summary=(
        "Từ ngày 24 đến 28/11, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp học mầm non năm "
        "học 2026 - 2027 với sự tham gia của 168 giáo viên đến từ 84 trường mầm non trong toàn "
        "tỉnh."
    ),
    blocks=[
        P("Từ ngày 24 đến 28/11, Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp học mầm non năm "
          "học 2026 - 2027 với sự tham gia của 168 giáo viên đến từ 84 trường mầm non trong toàn "
          "tỉnh.", "lead"),
        P("Hội thi nhằm đánh giá năng lực tổ chức các hoạt động giáo dục trẻ theo Chương trình "
          "giáo dục mầm non, khuyến khích giáo viên đổi mới phương pháp, lấy trẻ làm trung tâm; "
          "đồng thời phát hiện, tuyên dương những giáo viên có năng lực chuyên môn vững vàng."),
        P("Mỗi giáo viên dự thi thực hiện 2 phần: trình bày biện pháp nâng cao chất lượng chăm "
          "sóc, giáo dục trẻ và thực hành tổ chức 1 hoạt động giáo dục trên trẻ tại đơn vị tổ "
          "chức hội thi."),
        Img("/images/2026/11/28/gv-day-gioi-mn-1.jpg",
            "Cô giáo Trường Mầm non Hoa Sen (phường Đông Hà) tổ chức hoạt động khám phá khoa học "
            "cho trẻ 5 - 6 tuổi",
            "Cô giáo Trường Mầm non Hoa Sen (phường Đông Hà) tổ chức hoạt động khám phá khoa học "
            "cho trẻ 5 - 6 tuổi", style="figure"),
        P("Kết quả, Ban tổ chức công nhận 142 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
          "tỉnh; trong đó trao giải Nhất cho 5 giáo viên, giải Nhì cho 12 giáo viên và giải Ba "
          "cho 20 giáo viên."),
        Raw('<p style="text-align: right;"><strong><em>Phòng GDMN-GDTH</em></strong></p>'),
    ],
    opts={
        "pub": "2026-11-28 10:20", "created": "2026-11-28 10:02", "modified": None,
        "by": "Biên tập viên 01", "tags": ["nha-giao"], "featured": True, "hits": 702,
    },
)

S1322 = Story(
    id=1322,
    slug="day-manh-giao-duc-ky-nang-song-phong-chong-duoi-nuoc-cho-hoc-sinh-tieu-hoc",
    title="Đẩy mạnh giáo dục kỹ năng sống, phòng chống đuối nước cho học sinh tiểu học",
    cat="mam-non-tieu-hoc",
    published_at="2026-10-25T08:00:00+07:00",
    authors=["Lê Quỳnh"],
    photographers=["Hoàng Anh"],
    blocks=[
        P("Tại Trường Tiểu học Hải Thượng (xã Hải Lăng), ngay từ đầu năm học, nhà trường đã phối "
          "hợp với Trung tâm Văn hóa - Thể thao xã tổ chức dạy bơi an toàn cho hơn 200 học sinh "
          "khối 3, 4, 5 tại bể bơi di động."),
        Img("/images/2026/10/24/day-boi-1.jpg",
            "Học sinh Trường Tiểu học Hải Thượng học bơi tại bể bơi di động",
            "Học sinh Trường Tiểu học Hải Thượng học bơi tại bể bơi di động", style="figure"),
        P("Cô Nguyễn Thị Lệ Thủy, Hiệu trưởng nhà trường chia sẻ: “Học sinh không chỉ được học kỹ "
          "năng bơi mà còn được hướng dẫn cách nhận biết những nơi nguy hiểm, cách sử dụng áo "
          "phao, phao cứu sinh và cách cứu người đuối nước đúng cách”."),
        P("Theo thống kê của Sở GD&ĐT, đến nay đã có 186/210 trường tiểu học triển khai dạy bơi "
          "hoặc giáo dục kỹ năng phòng chống đuối nước cho học sinh; hơn 18.000 học sinh tiểu học "
          "biết bơi."),
        Raw('<p style="text-align: right;"><strong>Tin: Lê Quỳnh - Ảnh: Hoàng Anh</strong></p>'),
    ],
    opts={
        "pub": "2026-10-25 08:00", "created": "2026-10-24 17:12", "modified": None,
        "by": "Biên tập viên 01", "tags": [], "featured": False, "hits": 264,
        "intro_hidden": (
            "Mùa mưa bão năm 2026, nhiều trường tiểu học trên địa bàn tỉnh đã chủ động lồng ghép "
            "nội dung phòng chống đuối nước, kỹ năng ứng phó thiên tai vào các tiết học trải "
            "nghiệm."
        ),
    },
)

S1357 = Story(
    id=1357,
    slug="cong-bo-ket-qua-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-danh-cho-hoc-sinh-trung-hoc",
    title="Công bố kết quả Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm "
          "học 2026 - 2027",
    cat="giao-duc-trung-hoc",
    published_at="2026-11-30T16:45:00+07:00",
    authors=["Ngọc Trâm"],
    blocks=[
        P("Ngày 30/11, Sở GD&ĐT ban hành Quyết định công bố kết quả Cuộc thi khoa học kỹ thuật "
          "cấp tỉnh dành cho học sinh trung học năm học 2026 - 2027."),
        P("Cuộc thi năm nay thu hút 124 dự án của học sinh THCS và THPT thuộc 9 lĩnh vực. Qua "
          "vòng chấm sơ khảo và chung khảo, Ban Giám khảo đã trao 4 giải Nhất, 9 giải Nhì, 15 "
          "giải Ba và 22 giải Khuyến khích."),
        P("Các dự án đạt giải Nhất gồm:"),
        P("TT | Tên dự án | Tác giả | Đơn vị | Lĩnh vực", "row"),
        P("1 | Thiết bị cảnh báo sớm sạt lở đất sử dụng cảm biến độ ẩm và mạng LoRa | Nguyễn "
          "Minh Khang, Trần Bảo Ngọc | THPT Chuyên Lê Quý Đôn | Hệ thống nhúng", "row"),
        P("2 | Chế phẩm sinh học từ vỏ cà phê khử mùi chuồng trại chăn nuôi | Hồ Thị Mai, Pả "
          "Kiều Trinh | THPT Hướng Hóa | Vi sinh", "row"),
        P("3 | Ứng dụng AI hỗ trợ người khiếm thị nhận diện tiền Việt Nam | Lê Quang Huy | THPT "
          "Chuyên Võ Nguyên Giáp | Phần mềm hệ thống", "row"),
        P("4 | Mô hình tưới tiết kiệm nước cho cây hồ tiêu vùng đất đỏ bazan | Phan Văn Lực, Ngô "
          "Thị Hà | THCS Gio Linh | Kỹ thuật môi trường", "row"),
        P("Ban tổ chức sẽ lựa chọn 4 dự án xuất sắc nhất tham dự Cuộc thi khoa học kỹ thuật cấp "
          "quốc gia dành cho học sinh trung học năm học 2026 - 2027."),
        Img("/images/2026/11/30/khkt-2026.jpg",
            "Học sinh Trường THPT Chuyên Lê Quý Đôn giới thiệu dự án với Ban Giám khảo",
            "Học sinh Trường THPT Chuyên Lê Quý Đôn giới thiệu dự án với Ban Giám khảo",
            style="figure"),
        Raw('<p style="text-align: right;"><strong>Ngọc Trâm</strong></p>'),
        Raw('<p><img src="/images/icons/pdf.png" alt="" width="16" height="16"> Tải về: <a '
            'href="/images/van-ban/2026/QD-1987-SGDDT.pdf" target="_blank">Quyết định số '
            '1987/QĐ-SGDĐT</a></p>'),
    ],
    opts={
        "pub": "2026-11-30 16:45", "created": "2026-11-30 16:30", "modified": "2026-12-01 07:50",
        "by": "Super User", "tags": ["hoc-sinh-gioi"], "featured": True, "hits": 1190,
    },
)

S1347 = Story(
    id=1347,
    slug="day-hoc-noi-dung-giao-duc-dia-phuong-mon-lich-su-o-truong-thpt-thuc-trang-va-giai-phap",
    title="Dạy học nội dung giáo dục địa phương môn Lịch sử ở trường THPT: Thực trạng và giải pháp",
    cat="giao-duc-trung-hoc",
    published_at="2026-11-24T08:45:00+07:00",
    authors=["Hoàng Văn Quý"],
    summary=(
        "Nội dung giáo dục địa phương là một bộ phận của Chương trình giáo dục phổ thông 2018, "
        "góp phần hình thành cho học sinh những hiểu biết về lịch sử, văn hóa, truyền thống của "
        "quê hương. Bài viết trao đổi một số vấn đề đặt ra khi tổ chức dạy học nội dung này ở "
        "các trường THPT trên địa bàn tỉnh."
    ),
    blocks=[
        Img("/images/2026/11/24/thanh-co-quang-tri.jpg",
            "Học sinh Trường THPT Thị xã Quảng Trị học tập trải nghiệm tại Di tích Thành cổ "
            "Quảng Trị",
            "Học sinh Trường THPT Thị xã Quảng Trị học tập trải nghiệm tại Di tích Thành cổ "
            "Quảng Trị", style="full"),
        P("Nội dung giáo dục địa phương là một bộ phận của Chương trình giáo dục phổ thông 2018, "
          "góp phần hình thành cho học sinh những hiểu biết về lịch sử, văn hóa, truyền thống của "
          "quê hương. Bài viết trao đổi một số vấn đề đặt ra khi tổ chức dạy học nội dung này ở "
          "các trường THPT trên địa bàn tỉnh.", "lead"),
        P("1. Thực trạng", "h3"),
        P("Theo quy định của Chương trình GDPT 2018, nội dung giáo dục địa phương ở cấp THPT được "
          "thực hiện với thời lượng 35 tiết/năm học, tổ chức thành các chủ đề gắn với lịch sử, "
          "địa lí, văn hóa của tỉnh.[1] Qua khảo sát tại 24 trường THPT, có 87,5% giáo viên cho "
          "rằng tài liệu giáo dục địa phương đã đáp ứng cơ bản yêu cầu; tuy nhiên chỉ 41,6% giáo "
          "viên thường xuyên tổ chức cho học sinh học tập tại thực địa.", "word"),
        P("Nguyên nhân chủ yếu là kinh phí tổ chức hoạt động trải nghiệm còn hạn chế, việc đưa "
          "học sinh đến các di tích như Thành cổ Quảng Trị, Địa đạo Vịnh Mốc, Hàng rào điện tử "
          "McNamara gặp nhiều khó khăn về thời gian và bảo đảm an toàn.[2]", "word"),
        P("2. Một số giải pháp", "h3"),
        P("Thứ nhất, tăng cường khai thác các nguồn học liệu số như bảo tàng ảo, bản đồ số các di "
          "tích lịch sử trên địa bàn tỉnh, giúp học sinh tiếp cận di sản một cách trực quan.",
          "word"),
        P("Thứ hai, phối hợp với Bảo tàng tỉnh, Ban Quản lý các di tích quốc gia đặc biệt tổ chức "
          "các chuyên đề “Di sản trong nhà trường”, mời nhân chứng lịch sử giao lưu với học sinh.",
          "word"),
        P("Thứ ba, đổi mới kiểm tra, đánh giá theo hướng giao nhiệm vụ học tập dạng dự án, sản "
          "phẩm là các video, bài thuyết trình, tập san giới thiệu về di tích, nhân vật lịch sử "
          "của địa phương.", "word"),
        P("Tài liệu tham khảo", "refhead"),
        P("[1] Bộ GD&ĐT (2018), Chương trình giáo dục phổ thông - Chương trình tổng thể, ban hành "
          "kèm theo Thông tư số 32/2018/TT-BGDĐT.", "note"),
        P("[2] Sở GD&ĐT Quảng Trị (2025), Báo cáo tổng kết 5 năm thực hiện Chương trình GDPT "
          "2018.", "note"),
    ],
    opts={
        "pub": "2026-11-24 08:45", "created": "2026-11-23 21:10", "modified": "2026-11-25 14:02",
        "by": "TS. Hoàng Văn Quý - Phó Trưởng phòng Giáo dục phổ thông", "tags": [],
        "featured": False, "hits": 1466,
        "schema": {"headline": "Dạy học giáo dục địa phương môn Lịch sử",
                   "datePublished": "2026-11-23T14:10:00+00:00",
                   "author": "Hoàng Văn Quý"},
    },
)

S1320 = Story(
    id=1320,
    slug="cac-truong-thpt-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Các trường THPT hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="giao-duc-trung-hoc",
    published_at="2026-10-08T10:05:00+07:00",
    authors=["Đức Long"],
    photographers=["Đức Long"],
    blocks=[
        P("Hưởng ứng Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời - "
          "Động lực phát triển trong kỷ nguyên số”, từ ngày 01 đến 07/10, các trường THPT trên "
          "địa bàn tỉnh đã tổ chức nhiều hoạt động thiết thực."),
        P("Tại Trường THPT Chuyên Lê Quý Đôn, thư viện nhà trường mở cửa cả ngày thứ Bảy, trưng "
          "bày hơn 1.500 đầu sách, phát động phong trào “Mỗi tuần một cuốn sách” và cuộc thi giới "
          "thiệu sách bằng video ngắn."),
        Img("/images/2026/10/06/tuan-le-hoc-tap-1.jpg",
            "Học sinh tham gia ngày hội đọc sách tại thư viện nhà trường",
            "Học sinh tham gia ngày hội đọc sách tại thư viện nhà trường", style="figure"),
        P("Nhiều trường khác như THPT Đông Hà, THPT Lê Lợi, THPT Cồn Tiên tổ chức tọa đàm về kỹ "
          "năng tự học, khai thác tài nguyên học tập mở, sử dụng trí tuệ nhân tạo có trách nhiệm "
          "trong học tập."),
        Raw('<p style="text-align: right;"><em>Tin, ảnh: Đức Long (Trường THPT Chuyên Lê Quý Đôn)'
            '</em></p>'),
    ],
    opts={
        "pub": "2026-10-08 10:05", "created": "2026-10-08 09:51", "modified": None,
        "by": "Biên tập viên 01", "tags": [], "featured": False, "hits": 317,
    },
)

S1353 = Story(
    id=1353,
    slug="trien-khai-hoc-ba-so-doi-voi-hoc-sinh-lop-1-lop-6-va-lop-10",
    title="Triển khai học bạ số đối với học sinh lớp 1, lớp 6 và lớp 10 từ học kỳ I năm học "
          "2026 - 2027",
    cat="chuyen-doi-so",
    published_at="2026-11-26T14:00:00+07:00",
    authors=["Phòng Quản lý chất lượng - CNTT"],
    blocks=[
        P("Thực hiện Công văn số 4725/BGDĐT-CNTT của Bộ GD&ĐT về việc triển khai học bạ số, Sở "
          "GD&ĐT đã hướng dẫn các cơ sở giáo dục triển khai học bạ số đối với học sinh lớp 1, "
          "lớp 6 và lớp 10 từ học kỳ I năm học 2026 - 2027.", "mso"),
        P("Để triển khai hiệu quả, Sở GD&ĐT yêu cầu các đơn vị thực hiện một số nội dung sau:",
          "mso"),
        P("Rà soát, chuẩn hóa dữ liệu học sinh trên Cơ sở dữ liệu ngành, bảo đảm thông tin định "
          "danh trùng khớp với Cơ sở dữ liệu quốc gia về dân cư.", "msolist:1."),
        P("Cấp chứng thư số cho hiệu trưởng và giáo viên chủ nhiệm để ký số học bạ; hoàn thành "
          "trước ngày 15/12/2026.", "msolist:2."),
        P("Tổ chức tập huấn cho giáo viên về quy trình lập, ký số, lưu trữ học bạ số trên phần "
          "mềm quản lý nhà trường.", "msolist:3."),
        P("Đối với các lớp còn lại, các đơn vị tiếp tục sử dụng học bạ giấy, đồng thời chuẩn bị "
          "điều kiện để chuyển đổi theo lộ trình:", "mso"),
        P("- Năm học 2027 - 2028: lớp 2, lớp 7, lớp 11;", "mso"),
        P("- Năm học 2028 - 2029: các lớp còn lại.", "mso"),
        P("Việc triển khai học bạ số góp phần giảm thủ tục hành chính, tiết kiệm chi phí in ấn, "
          "lưu trữ và tạo thuận lợi cho phụ huynh, học sinh trong việc tra cứu, chuyển trường.",
          "mso"),
        Raw('<p class="MsoNormal" align="right" style="text-align:right;line-height:150%"><b><i>'
            '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;'
            ',serif">Phòng Quản lý chất lượng - CNTT<o:p></o:p></span></i></b></p>'),
    ],
    opts={
        "pub": "2026-11-26 14:00", "created": "2026-11-26 13:41", "modified": None,
        "by": "Super User", "tags": ["chuyen-doi-so"], "featured": False, "hits": 845,
    },
)

_LETTERHEAD = """<table style="width: 100%; border-collapse: collapse;" border="0">
<tbody>
<tr>
<td style="width: 40%; text-align: center; vertical-align: top;">UBND TỈNH QUẢNG TRỊ<br><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br>―――――<br>Số: 2154/TB-SGDĐT</td>
<td style="width: 60%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br>&nbsp;<br><em>Quảng Trị, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;">&nbsp;</p>
<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>
<p style="text-align: center;"><strong>Về việc tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh<br>năm học 2026 - 2027</strong></p>"""

_CLOSING = """<table style="width: 100%; border-collapse: collapse;" border="0">
<tbody>
<tr>
<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br><span style="font-size: 10pt;">- Như trên;<br>- Giám đốc, các PGĐ Sở;<br>- Cổng TTĐT Sở;<br>- Lưu: VT, QLCL.</span></td>
<td style="width: 50%; text-align: center; vertical-align: top;"><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><br><em>(Đã ký)</em><br><br><strong>Trần Quang Minh</strong></td>
</tr>
</tbody>
</table>
<p><strong>File đính kèm:</strong> <a href="/images/van-ban/2026/2154-TB-SGDDT.pdf" target="_blank">2154-TB-SGDDT.pdf</a> (245 KB)</p>"""

S1356 = Story(
    id=1356,
    slug="thong-bao-ve-viec-to-chuc-ky-thi-chon-hoc-sinh-gioi-van-hoa-lop-12-cap-tinh-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học "
          "2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-30",
    authors=["Trần Quang Minh"],
    blocks=[
        Raw(_LETTERHEAD),
        P("Căn cứ Quy chế thi chọn học sinh giỏi cấp quốc gia ban hành kèm theo Thông tư số "
          "17/2023/TT-BGDĐT ngày 10/10/2023 của Bộ trưởng Bộ GD&ĐT;", "justify"),
        P("Căn cứ Kế hoạch số 1620/KH-SGDĐT ngày 15/8/2026 của Sở GD&ĐT về thực hiện nhiệm vụ "
          "năm học 2026 - 2027;", "justify"),
        P("Sở GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học "
          "2026 - 2027 như sau:", "justify"),
        P("1. Môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng "
          "Anh, Tiếng Pháp, Giáo dục kinh tế và pháp luật.", "justify"),
        P("2. Thời gian thi: ngày 23 và 24/12/2026.", "justify"),
        P("3. Địa điểm thi: Trường THPT Chuyên Lê Quý Đôn (phường Đông Hà) và Trường THPT Chuyên "
          "Võ Nguyên Giáp (phường Đồng Hới).", "justify"),
        P("4. Hồ sơ đăng ký dự thi: các đơn vị nhập danh sách thí sinh trên phần mềm quản lý thi "
          "và gửi danh sách (có ký tên, đóng dấu) về Sở GD&ĐT (qua Phòng Quản lý chất lượng) "
          "trước ngày 10/12/2026.", "justify"),
        P("Sở GD&ĐT đề nghị Hiệu trưởng các trường THPT, Giám đốc các trung tâm GDNN-GDTX triển "
          "khai thực hiện./.", "justify"),
        Raw(_CLOSING),
    ],
    opts={
        "pub": "2026-12-01 08:05", "created": "2026-12-01 16:52", "modified": "2026-12-02 08:11",
        "by": "Văn phòng Sở", "tags": ["hoc-sinh-gioi"], "featured": True, "hits": 2021,
    },
)

S1349 = Story(
    id=1349,
    slug="lich-tiep-cong-dan-dinh-ky-thang-12-2026-cua-giam-doc-so-gd-dt",
    title="Lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở GD&ĐT",
    cat="thong-bao",
    published_at="2026-11-25T09:30:00+07:00",
    authors=["VĂN PHÒNG SỞ"],
    blocks=[
        P("Thực hiện Luật Tiếp công dân và Quy chế tiếp công dân của UBND tỉnh, Sở GD&ĐT thông "
          "báo lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở như sau:"),
        P("Thời gian | Người tiếp | Địa điểm", "row"),
        P("Sáng thứ Năm, ngày 10/12/2026 (từ 7 giờ 30 đến 11 giờ 00) | Ông Lê Văn Thành - Giám "
          "đốc Sở | Phòng tiếp công dân, Sở GD&ĐT", "row"),
        P("Sáng thứ Năm, ngày 24/12/2026 (từ 7 giờ 30 đến 11 giờ 00) | Ông Trần Quang Minh - Phó "
          "Giám đốc Sở | Phòng tiếp công dân, Sở GD&ĐT", "row"),
        P("Công dân đến liên hệ vui lòng mang theo giấy tờ tùy thân và các tài liệu liên quan đến "
          "nội dung khiếu nại, tố cáo, kiến nghị, phản ánh."),
        P("Mọi thông tin chi tiết xin liên hệ Văn phòng Sở, điện thoại: 0232.3822.124."),
        Raw('<p style="text-align: right;"><strong>VĂN PHÒNG SỞ</strong></p>'),
    ],
    opts={
        "pub": "2026-11-25 09:30", "created": "2026-11-25 09:12", "modified": None,
        "by": "Văn phòng Sở", "tags": [], "featured": False, "hits": 411,
    },
)

STORIES = [S1362, S1359, S1351, S1340, S1318, S1355, S1322, S1357, S1347, S1320, S1353, S1356,
           S1349]
BY_ID = {s.id: s for s in STORIES}

# the restricted article (access: Registered): listed, never readable
RESTRICTED = {
    "id": 1345, "cat": "giao-duc-trung-hoc",
    "slug": "de-tham-khao-kiem-tra-cuoi-hoc-ky-i-mon-toan-lop-12-nam-hoc-2026-2027",
    "title": "Đề tham khảo kiểm tra cuối học kỳ I môn Toán lớp 12 năm học 2026 - 2027",
    "pub": "2026-11-18 15:00", "hits": 3120,
    "intro": "Tổ Toán Phòng Giáo dục phổ thông giới thiệu đề tham khảo kiểm tra cuối học kỳ I môn "
             "Toán lớp 12 theo định dạng mới, kèm đáp án và ma trận đặc tả.",
}

# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _local(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M")


def _lc3(stamp: str) -> str:
    """The language override DATE_FORMAT_LC3="d F Y H:i": "03 Tháng 12 2026 14:30"."""
    d = _local(stamp)
    return f"{d:%d} Tháng {d.month} {d:%Y} {d:%H:%M}"


def _utc_attr(stamp: str) -> str:
    """What the vendor's override prints in ``datetime``: the database value, in UTC."""
    return (_local(stamp) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _short_date(stamp: str) -> str:
    return _local(stamp).strftime("%d-%m-%Y")


def url_of(story: Story) -> str:
    return f"/tin-tuc/{story.cat}/{story.id}-{story.slug}"


def _restricted_url() -> str:
    r = RESTRICTED
    return f"/tin-tuc/{r['cat']}/{r['id']}-{r['slug']}"


def _pub(story: Story) -> str:
    return story.opts["pub"]


def _sorted(stories):
    return sorted(stories, key=lambda s: _pub(s), reverse=True)


def _cat_items(cat: str) -> list:
    """The items of a category as its listing shows them: stories plus the restricted one."""
    items: list = [s for s in STORIES if s.cat == cat]
    if cat == RESTRICTED["cat"]:
        items.append(RESTRICTED)
    return sorted(items, key=lambda x: x.opts["pub"] if isinstance(x, Story) else x["pub"],
                  reverse=True)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _cloak(email: str) -> str:
    user, domain = email.split("@")
    return (
        f'<joomla-hidden-mail  is-link="1" is-email="1" first="{_b64(user)}" '
        f'last="{_b64(domain)}" text="{_b64(email)}" base="" >Địa chỉ email này đang được bảo vệ '
        'khỏi chương trình thư rác, bạn cần bật JavaScript để xem nó.</joomla-hidden-mail>'
    )


# ---------------------------------------------------------------------------------------------
# chrome
# ---------------------------------------------------------------------------------------------

_MENU = [
    (101, "Trang chủ", "/", []),
    (110, "Giới thiệu", None, [
        (111, "Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu"),
        (112, "Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
    ]),
    (120, "Tin tức", None, [
        (121, "Hoạt động ngành", "/tin-tuc/hoat-dong-nganh"),
        (122, "Giáo dục Mầm non - Tiểu học", "/tin-tuc/mam-non-tieu-hoc"),
        (123, "Giáo dục Trung học", "/tin-tuc/giao-duc-trung-hoc"),
        (124, "Chuyển đổi số", "/tin-tuc/chuyen-doi-so"),
    ]),
    (125, "Thông báo", "/tin-tuc/thong-bao", []),
    (130, "Văn bản", "/van-ban", []),
    (140, "Thư viện", None, [
        (141, "Album ảnh", "/thu-vien/album-anh"),
        (142, "Video", "/thu-vien/video"),
    ]),
    (150, "Liên hệ", "/lien-he", []),
]


def _menu(active: int) -> str:
    out = ['<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">']
    for itemid, title, href, children in _MENU:
        child_ids = [c[0] for c in children]
        cls = f"metismenu-item item-{itemid} level-1"
        if itemid == 101:
            cls += " default"
        if active == itemid or active in child_ids:
            cls += " current active" if active == itemid else " active"
        if children:
            cls += " divider deeper parent"
            out.append(
                f'<li class="{cls}"><button class="mod-menu__heading nav-header mm-collapsed '
                f'mm-toggler mm-toggler-nolink" aria-haspopup="true" aria-expanded="false">{esc(title)}'
                '</button><ul class="mm-collapse">'
            )
            for cid, ctitle, chref in children:
                ccls = f"metismenu-item item-{cid} level-2"
                cur = ""
                if cid == active:
                    ccls += " current active"
                    cur = ' aria-current="page"'
                out.append(f'<li class="{ccls}"><a href="{chref}"{cur}>{esc(ctitle)}</a></li>')
            out.append("</ul></li>")
        else:
            cur = ' aria-current="page"' if itemid == active else ""
            out.append(f'<li class="{cls}"><a href="{href}"{cur}>{esc(title)}</a></li>')
    out.append("</ul>")
    return "\n".join(out)


def _breadcrumbs(crumbs: list[tuple[str, str | None]]) -> str:
    items = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>']
    for pos, (label, href) in enumerate(crumbs, 1):
        last = pos == len(crumbs)
        cls = "mod-breadcrumbs__item breadcrumb-item" + (" active" if last else "")
        if href and not last:
            inner = (f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">'
                     f'{esc(label)}</span></a>')
        else:
            inner = f'<span itemprop="name">{esc(label)}</span>'
        items.append(
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" '
            f'class="{cls}">{inner}<meta itemprop="position" content="{pos}"></li>'
        )
    return (
        '<div id="mod-custom-breadcrumbs" class="main-top card "><div class="card-body">'
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">'
        '<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs '
        'breadcrumb px-3 py-2">' + "".join(items) + "</ol></nav></div></div>"
    )


def _card(title: str, body: str, mod_id: int, extra: str = "") -> str:
    return (
        f'<div class="sidebar-right card {extra}">\n<h3 class="card-header ">{esc(title)}</h3>\n'
        f'<div class="card-body"><div id="mod-{mod_id}" class="mod-{mod_id}">\n{body}\n</div></div>'
        "\n</div>"
    )


def _sidebar() -> str:
    search = (
        '<form class="mod-finder js-finder-searchform form-search" action="/tim-kiem" '
        'method="get" role="search"><label for="mod-finder-searchword96" class="visually-hidden '
        'finder">Tìm kiếm</label><div class="mod-finder__search input-group"><input type="text" '
        'name="q" id="mod-finder-searchword96" class="js-finder-search-query form-control" value="" '
        'placeholder="Nhập từ khóa..."><button class="btn btn-primary" type="submit"><span '
        'class="icon-search icon-white" aria-hidden="true"></span> Tìm</button></div></form>'
    )
    latest_ids = [1362, 1359, 1356, 1357, 1355]
    latest = '<ul class="mod-articleslatest latestnews mod-list">' + "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{url_of(BY_ID[i])}" '
        f'itemprop="url"><span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in latest_ids
    ) + "</ul>"
    notices = '<ul class="mod-articlescategory category-module mod-list">' + "".join(
        f'<li><a class="mod-articles-category-title " href="{url_of(BY_ID[i])}">'
        f'{esc(BY_ID[i].title)}</a><span class="mod-articles-category-date">'
        f'{_short_date(_pub(BY_ID[i]))}</span></li>'
        for i in (1356, 1349)
    ) + '</ul><p class="xem-tat-ca"><a href="/tin-tuc/thong-bao">Xem tất cả »</a></p>'
    # a hand-made custom HTML module: links pasted from the browser bar long ago
    s1347, s1362 = BY_ID[1347], BY_ID[1362]
    tieudiem = (
        '<div class="custom"><table style="width:100%" class="td-tieudiem"><tbody>'
        '<tr><td style="width:70px"><img src="/images/banners/icon-tieudiem.gif" width="60" '
        'height="45" alt=""></td><td><a href="/index.php?option=com_content&amp;view=article&amp;'
        f'id=1347&amp;catid=11&amp;Itemid=123">{esc(s1347.title)}</a></td></tr>'
        '<tr><td style="width:70px"><img src="/images/banners/icon-tieudiem.gif" width="60" '
        f'height="45" alt=""></td><td><a href="/tin-tuc/hoat-dong-nganh/1362-'
        f'{s1362.opts["old_alias"]}">Sơ kết công tác giáo dục quý I năm học 2026 - 2027</a></td>'
        "</tr></tbody></table></div>"
    )
    popular_ids = [1340, 1356, 1362, 1351, 1347]
    popular = '<ul class="mostread mod-list">' + "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{url_of(BY_ID[i])}" '
        f'itemprop="url"><span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in popular_ids
    ) + "</ul>"
    links = (
        '<div class="custom"><select class="form-select" onchange="if(this.value) '
        'window.open(this.value);" style="width:100%"><option value="">-- Liên kết website --'
        '</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option '
        'value="https://quangtri.gov.vn">Cổng TTĐT tỉnh Quảng Trị</option><option '
        'value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option><option '
        'value="https://temis.csdl.moet.gov.vn">Hệ thống TEMIS</option><option '
        'value="https://thisinh.thithptquocgia.edu.vn">Thi tốt nghiệp THPT</option></select>'
        '<p style="text-align:center;margin-top:8px"><a href="https://dichvucong.quangtri.gov.vn" '
        'target="_blank" rel="noopener"><img src="/images/banners/dich-vu-cong.png" alt="Dịch vụ '
        'công trực tuyến" width="260" height="80"></a></p><p style="text-align:center"><a '
        'href="https://ioffice.quangtri.gov.vn" target="_blank" rel="noopener"><img '
        'src="/images/banners/ioffice.png" alt="Quản lý văn bản điều hành" width="260" '
        'height="80"></a></p></div>'
    )
    poll = (
        '<form action="/index.php?option=com_mijopolls&amp;view=poll&amp;id=3" method="post" '
        'name="poll_vote_3" id="poll_vote_3"><p class="poll-title"><strong>Bạn đánh giá thế nào '
        'về giao diện mới của Cổng thông tin?</strong></p>'
        '<div class="poll-opt"><input type="radio" name="voteid" id="voteid11" value="11"> '
        '<label for="voteid11">Rất đẹp, dễ sử dụng</label></div>'
        '<div class="poll-opt"><input type="radio" name="voteid" id="voteid12" value="12"> '
        '<label for="voteid12">Bình thường</label></div>'
        '<div class="poll-opt"><input type="radio" name="voteid" id="voteid13" value="13"> '
        '<label for="voteid13">Cần cải thiện thêm</label></div>'
        '<input type="submit" name="task_button" class="btn btn-sm btn-primary" value="Bình chọn">'
        ' <a class="btn btn-sm btn-secondary" href="#" onclick="return false;">Kết quả</a>'
        '<input type="hidden" name="option" value="com_mijopolls"><input type="hidden" '
        'name="task" value="vote"><input type="hidden" name="id" value="3"><input type="hidden" '
        'name="3f1c9a0e7b2d5c8e4a6f0b1d9e2c7a54" value="1"></form>'
    )
    rows = [("vtoday", "Hôm nay", "1.284"), ("vyesterday", "Hôm qua", "2.105"),
            ("vweek", "Tuần này", "9.876"), ("vmonth", "Tháng này", "12.530"),
            ("vall", "Tổng truy cập", "3.482.917")]
    counter = (
        '<div id="vvisit_counter97" class="vvisit_counter vvisit_counter"><div '
        'class="vdigit_counter">' + "".join(
            f'<span class="vdigit-{d}" title="Vinaora Visitors Counter">{d}</span>'
            for d in "3482917"
        ) + '</div><div class="vstats_counter"><div class="vstats_icon vmarginleft '
        'vvisit_counter_icon"><table cellpadding="0" cellspacing="0" style="width: 90%;" '
        'class="vstats"><tbody>' + "".join(
            f'<tr align="left"><td><img class="vvisit_counter_icon" '
            f'src="/modules/mod_vvisit_counter/images/stats/default/{k}.png" alt="{label}" '
            f'title="{label}"></td><td>{label}</td><td align="right">{n}</td></tr>'
            for k, label, n in rows
        ) + '</tbody></table></div></div><hr style="width: 90%"><div>Đang online: <strong>37'
        '</strong></div><div>Hôm nay: Thứ Bảy, 05/12/2026</div></div>'
    )
    return "\n".join([
        _card("Tìm kiếm", search, 96),
        _card("Tin mới", latest, 98),
        _card("Thông báo", notices, 99, "thongbao-sgd"),
        _card("Tiêu điểm", tieudiem, 104),
        _card("Đọc nhiều", popular, 100),
        _card("Liên kết website", links, 101),
        _card("Thăm dò ý kiến", poll, 102),
        _card("Thống kê truy cập", counter, 97),
    ])


_SCHEMA_BASE = {
    "@type": "Organization", "@id": "/#/schema/Organization/base",
    "name": SITE, "url": "/",
}


def _schemaorg(extra: dict | None) -> str:
    graph: list[dict] = [
        dict(_SCHEMA_BASE),
        {"@type": "WebSite", "@id": "/#/schema/WebSite/base", "url": "/", "name": SITE,
         "publisher": {"@id": "/#/schema/Organization/base"}},
    ]
    if extra:
        graph.append({"@type": "BlogPosting", "@id": "/#/schema/com_content/article/x",
                      "headline": extra["headline"], "datePublished": extra["datePublished"],
                      "author": {"@type": "Person", "name": extra["author"]},
                      "isPartOf": {"@id": "/#/schema/WebPage/base"}})
    data = {"@context": "https://schema.org", "@graph": graph}
    return ('<script type="application/ld+json" class="joomla-schemaorg">'
            + json.dumps(data, ensure_ascii=False) + "</script>")


def _page(request: Request, *, title: str, body_class: str, active: int, crumbs, main: str,
          description: str = "", bottom: str = "", schema: dict | None = None,
          og: str = "") -> str:
    base = base_url(request)
    desc = description or ("Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Trị - "
                           "tin tức, văn bản, thông báo của ngành Giáo dục.")
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="{esc(desc)}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(title)} - {esc(SITE_SHORT)}</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
	<link href="{esc(base + request.target)}" rel="canonical">
{og}
	<link href="/media/system/css/joomla-fontawesome.min.css?f3a1e2" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?f3a1e2" rel="stylesheet"></noscript>
	<link href="/media/templates/site/cassiopeia/css/template.min.css?f3a1e2" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/global/colors_standard.min.css?f3a1e2" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/metismenu/metismenu.min.css?f3a1e2" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/user.css?f3a1e2" rel="stylesheet">
	<style>:root {{--hue: 214;--template-bg-light: #f0f4fb;--template-text-dark: #495057;--template-link-color: #0b4ea2;--template-special-color: #0b4ea2;}}</style>
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"MOD_FINDER_SEARCH_VALUE":"Tìm kiếm &hellip;","JLIB_JS_AJAX_ERROR_OTHER":"Có lỗi xảy ra khi tải dữ liệu JSON: Mã trạng thái HTTP %s."}},"system.paths":{{"root":"","rootFull":"{base}/","base":"","baseFull":"{base}/"}},"csrf.token":"3f1c9a0e7b2d5c8e4a6f0b1d9e2c7a54"}}</script>
	<script src="/media/system/js/core.min.js?a3d8f8"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?f3a1e2" type="module"></script>
	<script src="/media/templates/site/cassiopeia/js/mod_menu/menu-metismenu.min.js?f3a1e2" defer></script>
	<script src="/media/com_finder/js/finder.min.js?755761" type="module"></script>
	{_schemaorg(schema)}
</head>

<body class="site {body_class} has-sidebar-right">
	<header class="header container-header full-width">
		<div class="container-topbar">
		<div id="mod-custom92" class="mod-custom custom"><div class="ngay-thang"><span class="icon-calendar" aria-hidden="true"></span> {HEADER_TODAY} &nbsp;|&nbsp; Đường dây nóng: <a href="tel:02323822115">0232.3822.115</a></div><div class="top-links"><a href="/dang-nhap">Đăng nhập</a> | <a href="https://mail.quangtri.gov.vn" target="_blank" rel="noopener">Thư điện tử công vụ</a></div></div>
		</div>
		<div class="grid-child">
			<div class="navbar-brand">
				<a class="brand-logo" href="/">
					<img loading="eager" decoding="async" src="/images/logo/logo-sgddt-quangtri.png" alt="{esc(SITE)}" width="96" height="96">
				</a>
				<div class="site-description">CỔNG THÔNG TIN ĐIỆN TỬ<br>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</div>
			</div>
		</div>
		<div class="grid-child container-nav">
			<nav class="navbar navbar-expand-md" aria-label="Menu chính">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Bật/tắt điều hướng">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
{_menu(active)}
    </div>
</nav>
		</div>
	</header>

	<div class="site-grid">
		<div class="grid-child container-component">
			{_breadcrumbs(crumbs)}
			<div id="system-message-container" aria-live="polite"></div>
			<main>
{main}
			</main>
			{bottom}
		</div>
		<div class="grid-child container-sidebar-right">
{_sidebar()}
		</div>
	</div>

	<footer class="container-footer footer full-width">
		<div class="grid-child">
			<div id="mod-custom90" class="mod-custom custom">
<table class="ft-sgd" style="width: 100%;" border="0"><tbody><tr>
<td style="width: 62%; vertical-align: top;"><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</strong></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Quảng Trị<br>Địa chỉ: Số 02 Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị<br>Điện thoại: 0232.3822.124 - Fax: 0232.3822.520<br>Email: {_cloak("sgddt@quangtri.gov.vn")}</p></td>
<td style="vertical-align: top;"><p>Chịu trách nhiệm chính: Ông Lê Văn Thành - Giám đốc Sở</p><p>Giấy phép số 12/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch cấp ngày 15/7/2025</p><p><a href="https://www.facebook.com/sogddtquangtri" target="_blank" rel="noopener">Facebook</a> | <a href="https://www.youtube.com/@sogddtquangtri" target="_blank" rel="noopener">YouTube</a> | <a href="https://zalo.me/sogddtquangtri" target="_blank" rel="noopener">Zalo OA</a></p></td>
</tr></tbody></table>
<p style="text-align: center;">© 2026 Sở GD&amp;ĐT Quảng Trị. Ghi rõ nguồn “Cổng TTĐT Sở GD&amp;ĐT Quảng Trị” khi phát hành lại thông tin từ website này.</p>
			</div>
		</div>
	</footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="Lên đầu trang">
		<span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
	</a>
	<script async src="https://static.addtoany.com/menu/page.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# article body rendering
# ---------------------------------------------------------------------------------------------

_WORD_SPAN = ('<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman'
              '&quot;,serif">')


def _footnote_calls(markup: str) -> str:
    return re.sub(
        r"\[(\d)\]",
        lambda m: (f'<a href="#_ftn{m.group(1)}" name="_ftnref{m.group(1)}" title=""><span '
                   f'class="MsoFootnoteReference"><span style="font-size:13.0pt">[{m.group(1)}]'
                   "</span></span></a>"),
        markup,
    )


def _img_tag(img: Img, alt: str = "", extra: str = 'width="800" height="533"') -> str:
    return f'<img src="{img.src}" alt="{esc(alt)}" {extra} loading="lazy">'


_TABLECAP_SIZE = 'width="700" height="466"'


def _render_img(img: Img) -> str:
    if img.style == "figure":
        return (f'<figure class="image">{_img_tag(img, img.printed or "")}\n'
                f"<figcaption>{esc(img.printed or '')}</figcaption>\n</figure>")
    if img.style == "tablecap":
        return (
            '<table class="tbl_anh" style="margin-left: auto; margin-right: auto; width: 90%;" '
            'border="0" cellpadding="3"><tbody>\n<tr><td style="text-align: center;">'
            f"{_img_tag(img, extra=_TABLECAP_SIZE)}</td></tr>\n<tr><td "
            'style="text-align: center; background-color: #f1f1f1;"><em><span style="font-size: '
            f'10pt;">{esc(img.printed or "")}</span></em></td></tr>\n</tbody></table>'
        )
    if img.style == "credit":
        return (f'<p style="text-align: center;">{_img_tag(img)}</p>\n'
                f'<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>')
    if img.style == "fbphoto":
        return (f'<div class="x10l6tqk x13vifvy"><img src="{img.src}" alt="{esc(img.printed or "")}" '
                'class="x1ey2m1c xds687c x5yr21d x10l6tqk x17qophe x13vifvy xh8yej3 xl1xv1r" '
                'referrerpolicy="origin-when-cross-origin"></div>')
    raise ValueError(img.style)


def _render_p(p: P) -> str:
    t = esc(p.text)
    style = p.style
    if style == "":
        return f"<p>{t}</p>"
    if style == "lead":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if style == "justify":
        return f'<p style="text-align: justify; text-indent: 30px;">{t}</p>'
    if style == "h3":
        return f"<h3>{t}</h3>"
    if style == "h4":
        return f'<h4><span style="color: #0b4ea2;">{t}</span></h4>'
    if style == "fb":
        return f'<div dir="auto">{t}</div>'
    if style == "fbpoint":
        return f'<div dir="auto">{_FB_POINT}{t}</div>'
    if style == "word":
        return (f'<p class="MsoNormal" style="text-align:justify;text-indent:1.0cm;line-height:'
                f'150%">{_WORD_SPAN}{_footnote_calls(t)}<o:p></o:p></span></p>')
    if style == "refhead":
        return f'<p class="MsoNormal"><b>{_WORD_SPAN}{t}<o:p></o:p></span></b></p>'
    if style == "mso":
        return (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:'
                f'36.0pt;line-height:150%">{_WORD_SPAN}{t}<o:p></o:p></span></p>')
    if style.startswith("msolist:"):
        marker = style.split(":", 1)[1]
        return (
            '<p class="MsoListParagraph" style="margin-left:54.0pt;text-align:justify;text-indent:'
            '-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
            f'{_WORD_SPAN}<span style="mso-list:Ignore">{marker}<span style="font:7.0pt &quot;'
            'Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
            f"<!--[endif]-->{_WORD_SPAN}{t}<o:p></o:p></span></p>"
        )
    raise ValueError(style)


def _render_body(story: Story) -> str:
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "full")]
    i = 0
    notes_open = False
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                rows.append(blocks[i].text.split(" | "))
                i += 1
            trs = []
            for n, cells in enumerate(rows):
                if n == 0:
                    tds = "".join(f'<td style="background-color: #dbe5f1;"><strong>{esc(c)}'
                                  "</strong></td>" for c in cells)
                else:
                    tds = "".join(f"<td>{esc(c)}</td>" for c in cells)
                trs.append(f"<tr>{tds}</tr>")
            out.append('<table class="table table-bordered" style="width: 100%; border-collapse: '
                       'collapse;" border="1" cellpadding="4"><tbody>\n' + "\n".join(trs)
                       + "\n</tbody></table>")
            continue
        if isinstance(b, P) and b.style == "note":
            if not notes_open:
                out.append('<div style="mso-element:footnote-list"><!--[if !supportFootnotes]-->'
                           '<br clear="all"><hr align="left" size="1" width="33%"><!--[endif]-->')
                notes_open = True
            num = b.text[1]
            rest = esc(b.text[4:])
            out.append(
                f'<div style="mso-element:footnote" id="ftn{num}"><p class="MsoFootnoteText">'
                f'<a href="#_ftnref{num}" name="_ftn{num}" title=""><span '
                f'class="MsoFootnoteReference">[{num}]</span></a> {rest}</p></div>'
            )
            i += 1
            if i >= len(blocks) or not (isinstance(blocks[i], P) and blocks[i].style == "note"):
                out.append("</div>")
            continue
        if isinstance(b, P):
            out.append(_render_p(b))
        elif isinstance(b, Img):
            out.append(_render_img(b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _full_image(story: Story, request: Request) -> str:
    img = next((b for b in story.blocks if isinstance(b, Img) and b.style == "full"), None)
    if img is None:
        return ""
    rel = img.src.removeprefix("/images/")
    return (
        '<figure class="left item-image">\n'
        f'    <img src="{img.src}#joomlaImage://local-images/{rel}?width=1200&amp;height=800" '
        'itemprop="image" alt="" width="1200" height="800" loading="lazy">\n'
        f'    <figcaption class="caption">{esc(img.printed or "")}</figcaption>\n</figure>'
    )


def _intro_image(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img)), None)


def _intro_text(story: Story) -> str:
    if "intro_hidden" in story.opts:
        return story.opts["intro_hidden"]
    return next(b.text for b in story.blocks if isinstance(b, P))


def _info_above(story: Story, *, in_list: bool = False) -> str:
    cat = CATS[story.cat]
    pub = _pub(story)
    author = ""
    if story.opts.get("by"):
        author = (
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: '
            f'<span itemprop="name">{esc(story.opts["by"])}</span></dd>'
        )
    return (
        '<dl class="article-info text-muted">\n<dt class="article-info-term">Chi tiết</dt>\n'
        f"{author}\n"
        '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true">'
        f'</span> Danh mục: <a href="/tin-tuc/{story.cat}" itemprop="genre">{esc(cat["name"])}'
        "</a></dd>\n"
        '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
        f'<time datetime="{_utc_attr(pub)}" itemprop="datePublished">Ngày đăng: {_lc3(pub)}'
        "</time></dd>\n</dl>"
    )


def _info_below(story: Story) -> str:
    parts = [
        '<dl class="article-info text-muted">\n<dt class="article-info-term">Chi tiết</dt>',
        '<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
        f'<time datetime="{_utc_attr(story.opts["created"])}" itemprop="dateCreated">Ngày tạo: '
        f'{_lc3(story.opts["created"])}</time></dd>',
    ]
    if story.opts.get("modified"):
        parts.append(
            '<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
            f'<time datetime="{_utc_attr(story.opts["modified"])}" itemprop="dateModified">Cập '
            f'nhật lần cuối: {_lc3(story.opts["modified"])}</time></dd>'
        )
    hits = story.opts["hits"]
    parts.append(
        '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> '
        f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}"> Lượt xem: {hits}</dd>'
    )
    parts.append("</dl>")
    return "\n".join(parts)


def _tags(story: Story) -> str:
    if not story.opts.get("tags"):
        return ""
    items = []
    for n, alias in enumerate(story.opts["tags"]):
        tid, label = TAGS[alias]
        items.append(
            f'<li class="list-inline-item tag-{tid} tag-list{n}" itemprop="keywords"><a '
            f'href="/component/tags/tag/{alias}" class="btn-sm btn-info">{esc(label)}</a></li>'
        )
    return '<ul class="tags list-inline">\n' + "\n".join(items) + "\n</ul>"


def _fields(story: Story) -> str:
    fields = story.opts.get("fields") or []
    if not fields:
        return ""
    return '<ul class="fields-container">' + "".join(
        f'<li class="field-entry {name} "><span class="field-label ">{esc(label)}: </span><span '
        f'class="field-value ">{esc(value)}</span></li>'
        for name, label, value in fields
    ) + "</ul>"


def _icons(story: Story) -> str:
    href = url_of(story) + "?tmpl=component&amp;print=1"
    return (
        '<div class="icons"><div class="float-end"><div><a href="' + href + '" title="In bài viết '
        '&lt; ' + esc(story.title) + ' &gt;" onclick="window.open(this.href,\'win2\',\'status=no,'
        'toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,'
        'directories=no,location=no\'); return false;" rel="nofollow"><span class="icon-print '
        'icon-fw" aria-hidden="true"></span> In</a></div></div></div>'
    )


_SHARE = (
    '<div class="a2a_kit a2a_kit_size_28 a2a_default_style" data-a2a-title="{t}"><span '
    'class="chia-se">Chia sẻ:</span> <a class="a2a_button_facebook"></a><a '
    'class="a2a_button_zalo"></a><a class="a2a_button_email"></a><a class="a2a_dd" '
    'href="https://www.addtoany.com/share"></a></div>'
)


def _article_component(story: Story, request: Request, *, printing: bool = False) -> str:
    print_btn = ""
    if printing:
        print_btn = ('<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.'
                     'print();return false;"><span class="icon-print icon-fw" aria-hidden="true">'
                     "</span> In</a></div>")
    else:
        print_btn = _icons(story)
    share = "" if printing else _SHARE.format(t=esc(story.title))
    return f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN">
	{print_btn}
	<div class="page-header">
		<h1 itemprop="headline">
			{esc(story.title)}
		</h1>
	</div>
	{_info_above(story)}
	{_tags(story)}
	{_full_image(story, request)}
	<div itemprop="articleBody" class="com-content-article__body">
{_render_body(story)}
	</div>
	{_fields(story)}
	{_info_below(story)}
	{share}
</div>"""


def _others(story: Story) -> str:
    same = [s for s in _sorted(STORIES) if s.cat == story.cat and s.id != story.id][:3]
    if not same:
        return ""
    lis = "".join(
        f'<li><a class="mod-articles-category-title " href="{url_of(s)}">{esc(s.title)}</a> '
        f'<span class="mod-articles-category-date">({_local(_pub(s)):%d/%m/%Y})</span></li>'
        for s in same
    )
    return (
        '<div class="main-bottom card cac-tin-khac"><h3 class="card-header ">Các tin khác</h3>'
        f'<div class="card-body"><ul class="mod-articlescategory category-module mod-list">{lis}'
        "</ul></div></div>"
    )


def _article_page(story: Story, request: Request) -> Response:
    if request.params.get("tmpl") == "component":
        return html(_print_page(story, request))
    cat = CATS[story.cat]
    img = _intro_image(story)
    og = (f'\t<meta property="og:title" content="{esc(story.title)}">\n'
          f'\t<meta property="og:type" content="article">\n'
          + (f'\t<meta property="og:image" content="{base_url(request)}{img.src}">\n' if img else ""))
    crumbs = [("Trang chủ", "/")]
    if story.cat != "thong-bao":
        crumbs.append(("Tin tức", None))
    crumbs += [(cat["name"], f"/tin-tuc/{story.cat}"), (story.title, None)]
    body_class = f"com_content wrapper-static view-article layout-blog no-task itemid-{cat['itemid']}"
    page = _page(
        request, title=story.title, body_class=body_class, active=cat["itemid"], crumbs=crumbs,
        main=_article_component(story, request), description=_intro_text(story)[:160],
        bottom=_others(story), schema=story.opts.get("schema"), og=og,
    )
    return html(page)


def _print_page(story: Story, request: Request) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta charset="utf-8">
	<meta name="robots" content="noindex, nofollow">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(story.title)} - {esc(SITE_SHORT)}</title>
	<link href="{esc(base_url(request) + request.target)}" rel="canonical">
	<link href="/media/templates/site/cassiopeia/css/template.min.css?f3a1e2" rel="stylesheet">
</head>
<body class="contentpane component ">
	<div id="system-message-container" aria-live="polite"></div>
{_article_component(story, request, printing=True)}
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# listings
# ---------------------------------------------------------------------------------------------


def _pagination(base: str, start: int, total: int, per_page: int) -> str:
    pages = (total + per_page - 1) // per_page
    if pages <= 1:
        return ""
    current = start // per_page + 1

    def href(page: int) -> str:
        s = (page - 1) * per_page
        if s == 0:
            return base
        return f"{base}?start={s}" if "?" not in base else f"{base}&amp;start={s}"

    lis = []
    if current == 1:
        for icon in ("icon-angle-double-left", "icon-angle-left"):
            lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true">'
                       f'<span class="{icon}" aria-hidden="true"></span></span></li>')
    else:
        lis.append(f'<li class="page-item"><a aria-label="Đến trang đầu" href="{href(1)}" '
                   'class="page-link"><span class="icon-angle-double-left" aria-hidden="true">'
                   "</span></a></li>")
        lis.append(f'<li class="page-item"><a aria-label="Đến trang trước" href="{href(current - 1)}"'
                   ' class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a>'
                   "</li>")
    for page in range(1, pages + 1):
        if page == current:
            lis.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang '
                       f'{page}" href="#" class="page-link">{page}</a></li>')
        else:
            lis.append(f'<li class="page-item"><a aria-label="Đến trang {page}" href="{href(page)}" '
                       f'class="page-link">{page}</a></li>')
    if current == pages:
        for icon in ("icon-angle-right", "icon-angle-double-right"):
            lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true">'
                       f'<span class="{icon}" aria-hidden="true"></span></span></li>')
    else:
        lis.append(f'<li class="page-item"><a aria-label="Đến trang tiếp" href="{href(current + 1)}"'
                   ' class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a>'
                   "</li>")
        lis.append(f'<li class="page-item"><a aria-label="Đến trang cuối" href="{href(pages)}" '
                   'class="page-link"><span class="icon-angle-double-right" aria-hidden="true">'
                   "</span></a></li>")
    return (
        '<div class="com-content-category-blog__navigation w-100">\n'
        '<p class="com-content-category-blog__counter counter float-md-end pt-3 pe-2">'
        f"Trang {current} / {pages}</p>\n"
        '<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" '
        'aria-label="Phân trang"><ul class="pagination ms-0 mb-4">' + "".join(lis)
        + "</ul></nav></div>\n</div>"
    )


def _blog_item(item) -> str:
    if isinstance(item, dict):  # the restricted article
        r = item
        ret = _b64(f"index.php?option=com_content&view=article&id={r['id']}&catid=11")
        return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content">
<div class="page-header"><h2 itemprop="name"><a href="{_restricted_url()}" itemprop="url">{esc(r['title'])}</a></h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{_utc_attr(r['pub'])}" itemprop="datePublished">Ngày đăng: {_lc3(r['pub'])}</time></dd></dl>
<p>{esc(r['intro'])}</p>
<p class="readmore"><a class="btn btn-secondary" href="/dang-nhap?return={ret}" aria-label="Đăng ký để đọc toàn bài: {esc(r['title'])}"><span class="icon-chevron-right" aria-hidden="true"></span> Đăng ký để đọc toàn bài...</a></p>
</div></div>"""
    s: Story = item
    img = _intro_image(s)
    fig = ""
    if img is not None:
        rel = img.src.removeprefix("/images/")
        fig = (f'<figure class="left item-image"><a href="{url_of(s)}" itemprop="url" title="'
               f'{esc(s.title)}"><img src="{img.src}#joomlaImage://local-images/{rel}?width=1200'
               '&amp;height=800" itemprop="thumbnailUrl" alt="" width="1200" height="800" '
               'loading="lazy"></a></figure>')
    return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{fig}
<div class="item-content">
<div class="page-header"><h2 itemprop="name"><a href="{url_of(s)}" itemprop="url">{esc(s.title)}</a></h2></div>
{_info_above(s, in_list=True)}
<p>{esc(_intro_text(s))}</p>
<p class="readmore"><a class="btn btn-secondary" href="{url_of(s)}" aria-label="Đọc thêm: {esc(s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm...</a></p>
</div></div>"""


def _blog(items: list, start: int, per_page: int, base: str, heading: str, desc: str) -> str:
    page_items = items[start:start + per_page]
    leading = page_items[:1]
    intro = page_items[1:]
    out = ['<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">']
    out.append(f'<div class="page-header"><h1> {esc(heading)} </h1></div>')
    if desc and start == 0:
        out.append(f'<div class="category-desc clearfix"><p>{esc(desc)}</p></div>')
    if leading:
        out.append('<div class="com-content-category-blog__items blog-items items-leading ">'
                   + "".join(_blog_item(x) for x in leading) + "</div>")
    if intro:
        out.append('<div class="com-content-category-blog__items blog-items columns-2">'
                   + "".join(_blog_item(x) for x in intro) + "</div>")
    out.append(_pagination(base, start, len(items), per_page))
    out.append("</div>")
    return "\n".join(out)


def _start(request: Request, total: int, per_page: int) -> int | None:
    raw = request.params.get("start")
    if raw is None:
        return 0
    if not raw.isdigit():
        return None
    start = int(raw)
    if start == 0 or start % per_page or start >= total:
        return None
    return start


def _home(request: Request) -> Response | None:
    featured = _sorted([s for s in STORIES if s.opts.get("featured")])
    start = _start(request, len(featured), HOME_PER_PAGE)
    if start is None:
        return None
    page_items = featured[start:start + HOME_PER_PAGE]
    out = ['<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">']
    out.append('<div class="blog-items items-leading ">' + _blog_item(page_items[0]) + "</div>")
    if page_items[1:]:
        out.append('<div class="blog-items columns-3">'
                   + "".join(_blog_item(x) for x in page_items[1:]) + "</div>")
    out.append(_pagination("/", start, len(featured), HOME_PER_PAGE))
    out.append("</div>")
    main = "\n".join(out).replace("com-content-category-blog__", "com-content-featured__")
    body_class = "com_content wrapper-static view-featured no-layout no-task itemid-101"
    title = "Trang chủ" if start == 0 else f"Trang chủ - Trang {start // HOME_PER_PAGE + 1}"
    return html(_page(request, title=title, body_class=body_class, active=101,
                      crumbs=[("Trang chủ", None)], main=main))


def _category(request: Request, slug: str) -> Response | None:
    cat = CATS[slug]
    items = _cat_items(slug)
    crumbs = [("Trang chủ", "/")]
    if slug != "thong-bao":
        crumbs.append(("Tin tức", None))
    crumbs.append((cat["name"], None))
    base = f"/tin-tuc/{slug}"
    start = _start(request, len(items), PER_PAGE)
    if start is None:
        return None
    main = _blog(items, start, PER_PAGE, base, cat["name"], cat["desc"])
    layout = "blog"
    body_class = (f"com_content wrapper-static view-category layout-{layout} no-task "
                  f"itemid-{cat['itemid']}")
    return html(_page(request, title=cat["name"], body_class=body_class, active=cat["itemid"],
                      crumbs=crumbs, main=main))


def _list_layout(base: str, heading: str, items: list, *, hits: bool = True) -> str:
    rows = []
    for n, s in enumerate(items):
        href, title, pub, h = s["href"], s["title"], s["pub"], s["hits"]
        hits_td = (f'<td class="list-hits"><span class="badge bg-info">Lượt xem: {h}</span></td>'
                   if hits else "")
        rows.append(
            f'<tr class="cat-list-row{n % 2}" ><th class="list-title" scope="row"><a href="{href}">'
            f'{esc(title)}</a></th><td class="list-date small">{_short_date(pub)}</td>{hits_td}</tr>'
        )
    hits_th = ('<th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.'
               "tableOrdering('a.hits','asc','', document.getElementById('adminForm'));return "
               'false;" class="hasTooltip">Lượt xem</a></th>') if hits else ""
    return f"""<div class="com-content-category category-list">
<div class="page-header"><h1> {esc(heading)} </h1></div>
<div class="content-category">
<form action="{base}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
<div class="com-content__filter btn-group">
<label class="filter-search-lbl visually-hidden" for="filter-search">Lọc theo tiêu đề</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc theo tiêu đề">
<button type="submit" name="filter-search-button" class="btn btn-secondary">Lọc</button>
</div>
<div class="com-content-category__pagination btn-group float-end">
<label for="limit" class="visually-hidden">Hiển thị #</label>
<select id="limit" name="limit" class="form-select" onchange="this.form.submit()"><option value="5">5</option><option value="10">10</option><option value="15">15</option><option value="20" selected="selected">20</option><option value="0">Tất cả</option></select>
</div>
<table class="com-content-category__table category table table-striped table-bordered table-hover">
<caption class="visually-hidden">Bài viết, Sắp xếp theo ngày đăng giảm dần</caption>
<thead><tr><th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" id="categorylist_header_date">Ngày đăng</th>{hits_th}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value=""><input type="hidden" name="limitstart" value=""><input type="hidden" name="task" value="">
</form>
</div>
</div>"""


def _as_rows(stories) -> list[dict]:
    return [{"href": url_of(s), "title": s.title, "pub": _pub(s), "hits": s.opts["hits"]}
            for s in stories]


def _thongbao(request: Request) -> Response | None:
    if request.params.get("start"):
        return None
    items = _as_rows(_sorted([s for s in STORIES if s.cat == "thong-bao"]))
    cat = CATS["thong-bao"]
    main = _list_layout("/tin-tuc/thong-bao", cat["name"], items)
    body_class = f"com_content wrapper-static view-category layout-list no-task itemid-{cat['itemid']}"
    return html(_page(request, title=cat["name"], body_class=body_class, active=cat["itemid"],
                      crumbs=[("Trang chủ", "/"), ("Thông báo", None)], main=main))


# ---------------------------------------------------------------------------------------------
# non-articles
# ---------------------------------------------------------------------------------------------

DOCS = {
    1344: {
        "slug": "cong-van-so-2098-sgddt-gdpt-ve-viec-huong-dan-kiem-tra-danh-gia-cuoi-hoc-ky-i",
        "title": "Công văn số 2098/SGDĐT-GDPT về việc hướng dẫn kiểm tra, đánh giá cuối học kỳ I "
                 "năm học 2026 - 2027",
        "so": "2098/SGDĐT-GDPT", "ngay": "27/11/2026", "loai": "Công văn",
        "ky": "Trần Quang Minh", "pub": "2026-11-27 16:10", "hits": 1288,
        "file": "/images/van-ban/2026/CV-2098-SGDDT-GDPT.pdf",
        "trich": "Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027 đối với cấp "
                 "THCS, THPT và GDTX.",
    },
    1338: {
        "slug": "quyet-dinh-so-1875-qd-sgddt-ban-hanh-ke-hoach-kiem-tra-chuyen-nganh-nam-2027",
        "title": "Quyết định số 1875/QĐ-SGDĐT ban hành Kế hoạch kiểm tra chuyên ngành năm 2027",
        "so": "1875/QĐ-SGDĐT", "ngay": "16/11/2026", "loai": "Quyết định",
        "ky": "Lê Văn Thành", "pub": "2026-11-17 08:30", "hits": 506,
        "file": "/images/van-ban/2026/QD-1875-SGDDT.pdf",
        "trich": "Ban hành Kế hoạch kiểm tra chuyên ngành năm 2027 của Sở Giáo dục và Đào tạo.",
    },
}


def _doc_url(doc_id: int) -> str:
    return f"/van-ban/{doc_id}-{DOCS[doc_id]['slug']}"


def _vanban_list(request: Request) -> Response | None:
    if request.query and request.method != "POST":
        return None
    rows = [{"href": _doc_url(i), "title": d["title"], "pub": d["pub"], "hits": d["hits"]}
            for i, d in sorted(DOCS.items(), reverse=True)]
    main = _list_layout("/van-ban", "Văn bản chỉ đạo, điều hành", rows)
    return html(_page(request, title="Văn bản", active=130, main=main,
                      body_class="com_content wrapper-static view-category layout-list no-task "
                                 "itemid-130",
                      crumbs=[("Trang chủ", "/"), ("Văn bản", None)]))


def _doc_page(request: Request, doc_id: int) -> Response:
    d = DOCS[doc_id]
    table = f"""<table class="table table-bordered vb-chitiet" style="width: 100%;">
<tbody>
<tr><td style="width: 30%;"><strong>Số/Ký hiệu</strong></td><td>{esc(d['so'])}</td></tr>
<tr><td><strong>Ngày ban hành</strong></td><td>{d['ngay']}</td></tr>
<tr><td><strong>Loại văn bản</strong></td><td>{d['loai']}</td></tr>
<tr><td><strong>Cơ quan ban hành</strong></td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td><strong>Người ký</strong></td><td>{esc(d['ky'])}</td></tr>
<tr><td><strong>Trích yếu</strong></td><td>{esc(d['trich'])}</td></tr>
<tr><td><strong>Tệp đính kèm</strong></td><td><img src="/images/icons/pdf.png" alt="" width="16" height="16"> <a href="{d['file']}" target="_blank">{d['file'].rsplit('/', 1)[1]}</a></td></tr>
</tbody>
</table>"""
    main = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN">
	<div class="page-header"><h1 itemprop="headline">{esc(d['title'])}</h1></div>
	<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
	<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/van-ban" itemprop="genre">Văn bản chỉ đạo, điều hành</a></dd>
	<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{_utc_attr(d['pub'])}" itemprop="datePublished">Ngày đăng: {_lc3(d['pub'])}</time></dd></dl>
	<div itemprop="articleBody" class="com-content-article__body">
{table}
	</div>
	<dl class="article-info text-muted"><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> Lượt xem: {d['hits']}</dd></dl>
</div>"""
    return html(_page(request, title=d["title"], active=130, main=main,
                      body_class="com_content wrapper-static view-article no-task itemid-130",
                      crumbs=[("Trang chủ", "/"), ("Văn bản", "/van-ban"), (d["title"], None)]))


ALBUM = {
    "id": 4,
    "slug": "hoi-khoe-phu-dong-tinh-quang-tri-lan-thu-i-nam-2026",
    "title": "Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026",
}
ALBUM_URL = f"/thu-vien/album-anh/category/{ALBUM['id']}-{ALBUM['slug']}"
VIDEO = {
    "id": 1337,
    "slug": "phong-su-le-khai-giang-nam-hoc-2026-2027",
    "title": "Phóng sự: Lễ khai giảng năm học 2026 - 2027 tại các trường học trên địa bàn tỉnh",
    "pub": "2026-11-12 10:00",
}
VIDEO_URL = f"/thu-vien/video/{VIDEO['id']}-{VIDEO['slug']}"


def _album_list(request: Request) -> Response | None:
    if request.query:
        return None
    main = f"""<div id="phocagallery" class="pg-categories-view pg-csv">
<div class="page-header"><h1>Album ảnh</h1></div>
<div class="pg-categories-items-box">
<div class="pg-item-box">
<div class="pg-item-box-image"><a href="{ALBUM_URL}"><img src="/images/phocagallery/hkpd2026/thumbs/phoca_thumb_m_01.jpg" alt="{esc(ALBUM['title'])}" class="pg-image c-Image c-Image--shaded" itemprop="thumbnail"></a></div>
<div class="pg-item-box-title category"><svg class="ph-si ph-si-category"><use xlink:href="#ph-si-category"></use></svg> <a href="{ALBUM_URL}">{esc(ALBUM['title'])}</a> <span class="pg-item-box-count">24</span></div>
</div>
</div>
</div>"""
    return html(_page(request, title="Album ảnh", active=141, main=main,
                      body_class="com_phocagallery wrapper-static view-categories no-task itemid-141",
                      crumbs=[("Trang chủ", "/"), ("Thư viện", None), ("Album ảnh", None)]))


def _album(request: Request) -> Response | None:
    if request.query:
        return None
    thumbs = "\n".join(
        f'<div class="pg-item-box"><div class="pg-item-box-image"><a class="pg-photoswipe-button" '
        f'href="/images/phocagallery/hkpd2026/thumbs/phoca_thumb_l_{n:02d}.jpg" data-size="1200x800">'
        f'<img src="/images/phocagallery/hkpd2026/thumbs/phoca_thumb_m_{n:02d}.jpg" alt="HKPĐ '
        f'2026 - {n:02d}" class="pg-image c-Image c-Image--shaded"></a></div><div '
        f'class="pg-item-box-title image">HKPĐ 2026 - {n:02d}</div></div>'
        for n in range(1, 9)
    )
    main = f"""<div id="phocagallery" class="pg-category-view pg-cv">
<div class="page-header"><h1>{esc(ALBUM['title'])}</h1></div>
<div class="pg-category-view-desc">Một số hình ảnh tại Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ I năm 2026, diễn ra từ ngày 10 đến 16/11/2026 tại phường Đồng Hới.</div>
<div class="pg-category-items-box">
{thumbs}
</div>
<div class="pagination pg-category-pagination"><div class="pg-pagination-counter">Trang 1 / 3</div>
<div class="pg-pagination-links"><span class="pg-note">Xem thêm ảnh trong ứng dụng Phoca Gallery</span></div></div>
</div>"""
    return html(_page(request, title=ALBUM["title"], active=141, main=main,
                      body_class="com_phocagallery wrapper-static view-category no-task itemid-141",
                      crumbs=[("Trang chủ", "/"), ("Thư viện", None),
                              ("Album ảnh", "/thu-vien/album-anh"), (ALBUM["title"], None)]))


def _video_list(request: Request) -> Response | None:
    if request.query:
        return None
    v = VIDEO
    main = f"""<div class="com-content-category-blog blog video-list">
<div class="page-header"><h1> Video </h1></div>
<div class="com-content-category-blog__items blog-items items-leading ">
<div class="com-content-category-blog__item blog-item">
<figure class="left item-image"><a href="{VIDEO_URL}"><img src="/images/video/khai-giang-2026.jpg" alt="" width="480" height="270" loading="lazy"></a></figure>
<div class="item-content"><div class="page-header"><h2><a href="{VIDEO_URL}">{esc(v['title'])}</a></h2></div>
<dl class="article-info text-muted"><dd class="published"><time datetime="{_utc_attr(v['pub'])}">Ngày đăng: {_lc3(v['pub'])}</time></dd></dl>
</div></div></div></div>"""
    return html(_page(request, title="Video", active=142, main=main,
                      body_class="com_content wrapper-static view-category layout-blog no-task itemid-142",
                      crumbs=[("Trang chủ", "/"), ("Thư viện", None), ("Video", None)]))


def _video(request: Request) -> Response:
    v = VIDEO
    main = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN">
	<div class="page-header"><h1 itemprop="headline">{esc(v['title'])}</h1></div>
	<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
	<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: <span itemprop="name">Super User</span></dd>
	<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> Danh mục: <a href="/thu-vien/video" itemprop="genre">Video</a></dd>
	<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{_utc_attr(v['pub'])}" itemprop="datePublished">Ngày đăng: {_lc3(v['pub'])}</time></dd></dl>
	<div itemprop="articleBody" class="com-content-article__body">
<p style="text-align: center;"><iframe src="https://www.youtube.com/embed/Xk3bq9Lm2Qw" width="800" height="450" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen="allowfullscreen"></iframe></p>
<p style="text-align: center;"><em>Nguồn: Đài Phát thanh - Truyền hình Quảng Trị</em></p>
	</div>
</div>"""
    return html(_page(request, title=v["title"], active=142, main=main,
                      body_class="com_content wrapper-static view-article no-task itemid-142",
                      crumbs=[("Trang chủ", "/"), ("Thư viện", None), ("Video", "/thu-vien/video"),
                              (v["title"], None)]))


def _intro_page(request: Request, which: str) -> Response:
    if which == "chuc-nang-nhiem-vu":
        title, itemid = "Chức năng, nhiệm vụ", 111
        body = """<p style="text-align: justify;"><strong>I. VỊ TRÍ, CHỨC NĂNG</strong></p>
<p style="text-align: justify;">Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Quảng Trị, tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, gồm: chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản lý giáo dục; tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng, chứng chỉ; bảo đảm chất lượng giáo dục và đào tạo.</p>
<p style="text-align: justify;"><strong>II. NHIỆM VỤ VÀ QUYỀN HẠN</strong></p>
<p style="text-align: justify;">1. Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 05 năm và hằng năm; chương trình, biện pháp tổ chức thực hiện các nhiệm vụ cải cách hành chính nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>
<p style="text-align: justify;">2. Tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê duyệt; thông tin, tuyên truyền, phổ biến, giáo dục pháp luật về giáo dục và đào tạo.</p>
<p style="text-align: right;"><em>(Theo Quyết định số 25/2025/QĐ-UBND của UBND tỉnh Quảng Trị)</em></p>"""
    else:
        title, itemid = "Cơ cấu tổ chức", 112
        body = f"""<p><strong>1. Lãnh đạo Sở</strong></p>
<table class="table table-bordered" style="width: 100%;" border="1"><tbody>
<tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Điện thoại</strong></td></tr>
<tr><td>Ông Lê Văn Thành</td><td>Giám đốc Sở</td><td>0232.3822.124</td></tr>
<tr><td>Ông Trần Quang Minh</td><td>Phó Giám đốc Sở</td><td>0232.3822.560</td></tr>
<tr><td>Bà Nguyễn Thị Thu Hà</td><td>Phó Giám đốc Sở</td><td>0232.3822.561</td></tr>
</tbody></table>
<p><strong>2. Các phòng chuyên môn, nghiệp vụ</strong></p>
<p>- Văn phòng Sở<br>- Thanh tra Sở<br>- Phòng Tổ chức cán bộ<br>- Phòng Kế hoạch - Tài chính<br>- Phòng Giáo dục Mầm non - Giáo dục Tiểu học<br>- Phòng Giáo dục phổ thông<br>- Phòng Quản lý chất lượng - CNTT</p>
<p>Email liên hệ: {_cloak("vanphong.sgddt@quangtri.gov.vn")}</p>"""
    main = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN">
	<div class="page-header"><h1 itemprop="headline">{esc(title)}</h1></div>
	<div itemprop="articleBody" class="com-content-article__body">
{body}
	</div>
</div>"""
    return html(_page(request, title=title, active=itemid, main=main,
                      body_class=f"com_content wrapper-static view-article no-task itemid-{itemid}",
                      crumbs=[("Trang chủ", "/"), ("Giới thiệu", None), (title, None)]))


def _contact(request: Request) -> Response:
    main = f"""<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h1><span class="contact-name" itemprop="name">Văn phòng Sở Giáo dục và Đào tạo</span></h1></div>
<div class="com-contact__container">
<h3>Thông tin liên hệ</h3>
<dl class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="icon-address" aria-hidden="true"></span></dt><dd><span class="contact-street" itemprop="streetAddress">Số 02 Hùng Vương, phường Đồng Hới</span></dd>
<dd><span class="contact-state" itemprop="addressRegion">tỉnh Quảng Trị</span></dd>
<dt><span class="icon-envelope" aria-hidden="true"></span></dt><dd><span class="contact-emailto">{_cloak("sgddt@quangtri.gov.vn")}</span></dd>
<dt><span class="icon-phone" aria-hidden="true"></span></dt><dd><span class="contact-telephone" itemprop="telephone">0232.3822.124</span></dd>
</dl>
</div>
<h3>Gửi thư liên hệ</h3>
<form id="contact-form" action="/lien-he" method="post" class="com-contact__form form-validate form-horizontal well">
<fieldset><legend>Gửi email. Những trường có dấu (*) là bắt buộc.</legend>
<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Họ tên<span class="star">&#160;*</span></label><input type="text" name="jform[contact_name]" id="jform_contact_name" value="" class="form-control required" required></div>
<div class="control-group"><label for="jform_contact_email">Email<span class="star">&#160;*</span></label><input type="email" inputmode="email" name="jform[contact_email]" class="form-control validate-email required" id="jform_contact_email" value="" required></div>
<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề<span class="star">&#160;*</span></label><input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" class="form-control required" required></div>
<div class="control-group"><label for="jform_contact_message">Nội dung<span class="star">&#160;*</span></label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" class="form-control required" required></textarea></div>
<button class="btn btn-primary validate" type="submit">Gửi Email</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="id" value="1:van-phong-so"><input type="hidden" name="3f1c9a0e7b2d5c8e4a6f0b1d9e2c7a54" value="1">
</fieldset></form>
</div>"""
    return html(_page(request, title="Liên hệ", active=150, main=main,
                      body_class="com_contact wrapper-static view-contact no-task itemid-150",
                      crumbs=[("Trang chủ", "/"), ("Liên hệ", None)]))


def _tag_page(request: Request, alias: str) -> Response | None:
    if request.query:
        return None
    tid, label = TAGS[alias]
    stories = _sorted([s for s in STORIES if alias in s.opts.get("tags", [])])
    lis = "".join(
        f'<li class="list-group-item list-group-item-action"><h3><a href="{url_of(s)}">'
        f'{esc(s.title)}</a></h3><span class="tag-body">{esc(_intro_text(s)[:140])}…</span></li>'
        for s in stories
    )
    main = f"""<div class="com-tags-tag tag-category">
<h1>{esc(label)}</h1>
<div class="com-tags-tag__items"><ul class="com-tags-tag__category category list-group">{lis}</ul></div>
</div>"""
    return html(_page(request, title=label, active=0, main=main,
                      body_class=f"com_tags wrapper-static view-tag no-task tag-{tid}",
                      crumbs=[("Trang chủ", "/"), ("Thẻ", None), (label, None)]))


def _login(request: Request) -> Response:
    main = """<div class="com-users-login login">
<div class="page-header"><h1>Đăng nhập</h1></div>
<form action="/dang-nhap?task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">
<fieldset>
<div class="control-group"><label id="username-lbl" for="username" class="required">Tên đăng nhập<span class="star">&#160;*</span></label><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required autofocus autocomplete="username"></div>
<div class="control-group"><label id="password-lbl" for="password" class="required">Mật khẩu<span class="star">&#160;*</span></label><input type="password" name="password" id="password" value="" autocomplete="current-password" class="form-control required" size="25" maxlength="99" required></div>
<div class="com-users-login__remember"><input class="form-check-input" id="remember" type="checkbox" name="remember" value="yes"> <label class="form-check-label" for="remember">Ghi nhớ</label></div>
<button type="submit" class="btn btn-primary">Đăng nhập</button>
</fieldset>
</form>
<ul class="com-users-login__options list-group"><li class="list-group-item">Quên mật khẩu? Vui lòng liên hệ Văn phòng Sở.</li></ul>
</div>"""
    return html(_page(request, title="Đăng nhập", active=0, main=main,
                      body_class="com_users wrapper-static view-login no-task",
                      crumbs=[("Trang chủ", "/"), ("Đăng nhập", None)]))


def _forbidden(request: Request) -> Response:
    main = """<div class="error"><h1 class="page-header">Bạn không được phép xem tài nguyên này.</h1>
<blockquote><span class="badge bg-secondary">403</span> Bạn không được phép xem tài nguyên này.</blockquote>
<p><a href="/" class="btn btn-secondary"><span class="icon-home" aria-hidden="true"></span> Trang chủ</a></p></div>"""
    return html(_page(request, title="Lỗi: 403", active=0, main=main,
                      body_class="com_content wrapper-static view-article error_site",
                      crumbs=[("Trang chủ", "/")]), status=403)


def _search(request: Request) -> Response:
    q = request.params.get("q", "")
    main = f"""<div class="com-finder finder">
<div class="page-header"><h1>Tìm kiếm</h1></div>
<form action="/tim-kiem" method="get" class="js-finder-searchform"><div class="input-group"><input type="text" name="q" id="q" class="js-finder-search-query form-control" value="{esc(q)}"><button type="submit" class="btn btn-primary"><span class="icon-search icon-white" aria-hidden="true"></span> Tìm</button></div></form>
<div id="search-results" class="com-finder__results">{'<div id="search-result-empty" class="com-finder__empty"><h2>Không tìm thấy kết quả</h2><p>Không có kết quả nào cho từ khóa <em>' + esc(q) + '</em>.</p></div>' if q else ''}</div>
</div>"""
    return html(_page(request, title="Tìm kiếm", active=0, main=main,
                      body_class="com_finder wrapper-static view-search no-task",
                      crumbs=[("Trang chủ", "/"), ("Tìm kiếm", None)]))


# ---------------------------------------------------------------------------------------------
# the site
# ---------------------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/(\d+)(?:-[a-z0-9-]+)?$")
_DOC_RE = re.compile(r"^/van-ban/(\d+)-([a-z0-9-]+)$")
_STATIC_PREFIXES = ("/images/", "/media/", "/modules/", "/templates/", "/plugins/")


class Joomla5CassiopeiaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_PREFIXES):
            if path.lower().endswith(".pdf") and path.startswith("/images/van-ban/"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if request.method == "POST" and path == "/index.php":
            if request.params.get("option") == "com_mijopolls":
                return html("<p>Cảm ơn bạn đã tham gia bình chọn!</p>")
            return None
        if path == "/":
            return _home(request)
        if path == "/index.php":
            p = request.params
            if p.get("option") == "com_content" and p.get("view") == "article":
                story = BY_ID.get(int(p.get("id", "0") or 0)) if (p.get("id") or "").isdigit() else None
                if story is not None:
                    return _article_page(story, request)
            return None
        if path.startswith("/tin-tuc/"):
            slug = path[len("/tin-tuc/"):]
            if slug in CATS:
                if slug == "thong-bao":
                    return _thongbao(request)
                return _category(request, slug)
            m = _ARTICLE_RE.match(path)
            if m:
                cat, art_id = m.group(1), int(m.group(2))
                story = BY_ID.get(art_id)
                if story is not None and story.cat == cat:
                    return _article_page(story, request)
                if art_id == RESTRICTED["id"] and cat == RESTRICTED["cat"]:
                    return _forbidden(request)
            return None
        if path == "/van-ban":
            return _vanban_list(request)
        m = _DOC_RE.match(path)
        if m and int(m.group(1)) in DOCS and m.group(2) == DOCS[int(m.group(1))]["slug"]:
            return _doc_page(request, int(m.group(1)))
        if path == "/thu-vien/album-anh":
            return _album_list(request)
        if path == ALBUM_URL:
            return _album(request)
        if path == "/thu-vien/video":
            return _video_list(request)
        if path == VIDEO_URL:
            return _video(request)
        if path in ("/gioi-thieu/chuc-nang-nhiem-vu", "/gioi-thieu/co-cau-to-chuc"):
            return _intro_page(request, path.rsplit("/", 1)[1])
        if path == "/lien-he":
            return _contact(request)
        if path.startswith("/component/tags/tag/"):
            alias = path.rsplit("/", 1)[1]
            return _tag_page(request, alias) if alias in TAGS else None
        if path == "/dang-nhap":
            return _login(request)
        if path == "/tim-kiem":
            return _search(request)
        return None


def build_site() -> Joomla5CassiopeiaSite:
    return Joomla5CassiopeiaSite()


# ---------------------------------------------------------------------------------------------
# gold
# ---------------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [url_of(story) + "?tmpl=component&print=1"]
    if story.id == 1347:
        alts.append("/index.php?option=com_content&view=article&id=1347&catid=11&Itemid=123")
    if story.id == 1362:
        alts.append(f"/tin-tuc/hoat-dong-nganh/1362-{story.opts['old_alias']}")
    if story.id == 1351:
        alts.append(url_of(story) + "?fbclid=IwZXh0bgNhZW0CMTEAAR2kQ7tV0pLx9sHc3mW_aem_Zm9vYmFyYmF6")
    return alts


GOLD = [
    gold_record(s, url_of(s), CATS[s.cat]["name"], canonical_path=url_of(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/co-cau-to-chuc",
    _doc_url(1344),
    _doc_url(1338),
    ALBUM_URL,
    VIDEO_URL,
    "/lien-he",
]

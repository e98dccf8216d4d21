"""Joomla 4 + Astroid template + SP Page Builder home: Trường THPT chuyên Thủ Khoa Huân (Đồng Tháp).

Platform
    Joomla 4.4 with an Astroid-framework child template ("tkh_astroid"), SP Page Builder 5 for the
    home page, com_content category blogs and a category list, J4 custom fields, com_tags, JCH
    Optimize (lazy-loading of content images), Phoca Gallery, Phoca Download, AllVideoShare, a
    vendor "lịch công tác" component and a section of K2 items migrated into com_content in
    November 2026 (the old K2 URLs are kept as 301 redirects by com_redirect).

URL scheme (SEF on, URL rewriting on, IDs kept in URLs)
    /                                                   SPPB home (Itemid 101); also /index.php
    /tin-tuc/hoat-dong[?start=3]                        category blog, 1 leading + 2 intro per page
    /tin-tuc/thong-bao                                  category *list* (table, limit select, POST form)
    /tin-tuc/doan-thanh-nien                            category blog, titles not linked
    /chuyen-mon/hoat-dong-chuyen-mon, /chuyen-mon/hoc-sinh-gioi, /cuu-hoc-sinh   category blogs
    <category path>/<id>-<alias>                        article (gold path)
    <article>?tmpl=component&print=1                    print view (the "In bài" popup)
    /component/content/article/<id>-<alias>?catid=<c>&Itemid=101   the article under the home
                                                        menu item (links of the SPPB slider)
    /index.php/<any SEF route>                          the same page (old links pasted in texts)
    /component/k2/item/<k2id>-<alias>                   301 to the migrated article
    /component/tags/tag/<alias>                         tag listing
    /component/finder/search?q=…                        Smart Search results
    /gioi-thieu/lich-su-phat-trien, /gioi-thieu/co-cau-to-chuc   single-article menu items
    /van-ban, /van-ban/<catid>-<alias>/<id>-<alias>     Phoca Download category and file views
    /van-ban/<catid>-<alias>?download=<id>:<alias>       the PDF
    /thu-vien-anh, /thu-vien-anh/category/<id>-<alias>  Phoca Gallery
    /video, /video/<alias>                              AllVideoShare
    /lich-cong-tac[?tuan=N]                             weekly schedule (vendor component)
    /lien-he                                            com_contact

Page templates
    Astroid: #astroid-header with the megamenu (top items "Giới thiệu", "Tin tức", "Chuyên môn",
    "Thư viện" are menu headings, href="javascript:void(0);"), an off-canvas copy of the menu,
    a top bar with the date, the breadcrumbs module, the component column (col-lg-8) and the
    right sidebar (notice portlet, "Tin đọc nhiều", links select, poll, Vinaora counter,
    banners), footer. The article view is the J4 layout overridden by the template: h1 page
    heading of the menu item (the category name), h2 itemprop=headline, a <dl class=article-info>
    (Viết bởi / Danh mục / Ngày tạo / Ngày đăng / Cập nhật lần cuối / Lượt xem), custom fields,
    the full-article image as <figure>, the text in div[itemprop=articleBody], tags, AddToAny,
    Astroid's author box and "Bài viết liên quan" cards.

How each gold article is reached
    A1 261 Ngày hội STEM           Hoạt động p1, home "Tin mới", STEM tag, C1's related cards
    A2 257 LỄ KỶ NIỆM 44 NĂM…      Hoạt động p1, most-read, home slider (/component/… variant),
                                   A3's "Xem thêm" (/index.php/… variant)
    A3 252 Hội thao giáo viên      Hoạt động p1, most-read, 20-11 tag
    A4 244 Tập huấn đuối nước      only Hoạt động page 2 (?start=3)
    A5 239 Em yêu lịch sử          Hoạt động page 2, "Đoàn thanh niên" tag, D1/D2 related cards
    N1 259 Thông báo kiểm tra HKI  Thông báo list, home "Thông báo", notice portlet, most-read
    N2 250 Danh sách HSG tỉnh      Thông báo list, home "Thông báo", HSG tag
    D1 255 Áo ấm mùa đông          Đoàn thanh niên blog ("Đọc thêm" button only), home, tag
    D2 246 Chủ nhật xanh           printed in full on the Đoàn blog without any link; its own URL
                                   only via D1's / A5's related cards and the tag page
    C1 254 Chuyên đề AI (Toán–Tin) Hoạt động chuyên môn blog, home "Tin mới", STEM tag
    H1 258 27 giải HSG tỉnh        HSG blog, home slider (/component/… variant), most-read, tag
    K1 247 Học bổng cựu HS         Cựu học sinh blog, home slider (/component/… variant), tag
    K2 249 Trần Minh Khôi          Cựu học sinh blog, most-read, tag, K1's "Xem thêm" (old K2
                                   URL, 301)

Traps
    1. Headline is an h2: the h1 on every article page is the menu item's page heading (the
       category name, "Hoạt động"); <title> carries the site suffix. Gold title = the h2.
    2. Three dates in the info block, the creation date first: "Ngày tạo" (the draft, earlier,
       itemprop=dateCreated), then "Ngày đăng" (publish_up, itemprop=datePublished), then
       "Cập nhật lần cuối"; plus a calendar custom field "Thời gian tổ chức: 2026-11-28" that
       looks like an ISO date. Gold = "Ngày đăng" with its time.
    3. The CMS account signs every article ("Viết bởi: Quản trị viên", itemprop=author, and
       Astroid's author box): nobody. Real authors are in a custom field "Người viết" with a
       degree, "Thầy" or a post ("ThS. Nguyễn Hoàng Phúc", "Võ Thị Bích Tuyền – Bí thư Đoàn
       trường") or in right-aligned closing lines (unit, "Tin, ảnh:", "Tin: X - Ảnh: Y",
       "Bài: ThS. X – Ảnh: Y"). Gold = names only.
    4. A blog listing that is an article look-alike: the Đoàn thanh niên blog has link_titles off
       and D2 has no "read more", so D2's whole text and photo are printed on the listing with no
       link to it. The listing is not an article; D2's gold path is its own SEF URL, found only
       through related cards and the tag page.
    5. Duplicates without rel=canonical (J4 prints none when the SEF plugin has no domain set):
       print view ?tmpl=component&print=1, the home-Itemid route
       /component/content/article/<id>-<alias>?catid=…&Itemid=101 (SPPB slider buttons) and
       /index.php/<route> (an old pasted link). All in alt_paths.
    6. K2-migrated section: old K2 markup kept in the text (div.itemImageBlock with
       span.itemImageCaption and span.itemImageCredits "Ảnh: X", div.itemIntroText /
       itemFullText), old JCE named/decimal entities, a dead Simple Image Gallery shortcode
       "{gallery}…{/gallery}" printed as text, K2 extra fields turned into custom fields, and
       old K2 URLs answering 301. Gold: caption from itemImageCaption, photographer from the
       credits, itemIntroText is the sapo, the shortcode is not text.
    7. JCH Optimize lazy-loading: every image in article texts has an SVG data: placeholder in
       src, the real path in data-src and a <noscript> copy. Gold: the data-src path, once.
    8. An official notice (N1) with the letterhead table, THÔNG BÁO / Về việc … lines, "Nơi nhận"
       and signer table, the article info hidden except "Lượt xem"; the Thông báo list prints a
       different day (01-12-2026, publish_up). Gold: letterhead day 2026-11-30, signer = author,
       the schedule table inside the text is body.
    9. Text shapes: C1 pasted from a Mac PDF is in NFD (title too) and in MsoNormal spans; a poem
       with <br> in A2; tables of results in A3/H1/N2/N1; a file-attachment line with a PDF
       icon (N2, N1); "Xem thêm:" lines; a reprint signed "Hoàng Nam" / "Theo Báo Đồng Tháp" whose
       text also has a sentence starting "Theo kế hoạch của Sở…".

Gold decisions on ambiguous points
    - published_at is publish_up ("Ngày đăng"), never "Ngày tạo" (created) or the modified date,
      nor the "Thời gian tổ chức" field; N1 is dated by its letterhead as the house wants.
    - "Thầy"/"Cô" and degrees are titles, taken off; "(Tổ Sử – Địa – GDKT&PL)" or "– Bí thư
      Đoàn trường" after a name is the post, taken off. A unit signing alone ("Tổ Toán – Tin",
      "Bộ phận Giáo vụ", "Ban Chấp hành Đoàn trường") is the author as printed.
    - K2's itemIntroText is a sapo printed as its own element: summary, and the body's first
      paragraph. A bold first paragraph (A1, A2, H1) is a sapo too. Other articles: null.
    - Image order: the full-article <figure> (printed above the text) comes first. A caption
      line that only says "Ảnh: X" gives caption None. Parentheses enclosing a whole caption go.
    - Table rows are paragraphs, header rows included; a heading line "1. Thời gian kiểm tra"
      is a paragraph; a typed "- " opening a line (N1's requirements) is text and stays. The
      "{gallery}" shortcode, "Xem thêm:" lines, attachment lines, the
      K2 extra fields and the custom fields are not body.
    - Category = the category as the breadcrumb and "Danh mục" print it ("Hoạt động", not the
      menu heading "Tin tức").
    - The single-article menu items (Lịch sử phát triển, Cơ cấu tổ chức) use com_content's
      article markup but are intro pages: non-articles. Phoca file views, the album, the video
      page, the contact page and the weekly schedule are non-articles too.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
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

NAME = "joomla4_astroid_thpt"
PLATFORM = "Joomla 4 + Astroid + SP Page Builder"
START_PATH = "/"

SITE = "Trường THPT chuyên Thủ Khoa Huân"
SUFFIX = " - THPT Chuyên Thủ Khoa Huân"
TODAY = "Thứ Bảy, 05/12/2026"
TPL = "/media/templates/site/tkh_astroid"

# --- categories and menu --------------------------------------------------------------------

CATS = {
    "hoat-dong": {
        "catid": 9,
        "itemid": 106,
        "path": "/tin-tuc/hoat-dong",
        "name": "Hoạt động",
        "heading": "Tin tức",
        "layout": "blog",
        "per_page": 3,
    },
    "thong-bao": {
        "catid": 10,
        "itemid": 107,
        "path": "/tin-tuc/thong-bao",
        "name": "Thông báo",
        "heading": "Tin tức",
        "layout": "list",
    },
    "doan-thanh-nien": {
        "catid": 11,
        "itemid": 108,
        "path": "/tin-tuc/doan-thanh-nien",
        "name": "Đoàn thanh niên",
        "heading": "Tin tức",
        "layout": "blog",
        "link_titles": False,
    },
    "hoat-dong-chuyen-mon": {
        "catid": 12,
        "itemid": 110,
        "path": "/chuyen-mon/hoat-dong-chuyen-mon",
        "name": "Hoạt động chuyên môn",
        "heading": "Chuyên môn",
        "layout": "blog",
    },
    "hoc-sinh-gioi": {
        "catid": 13,
        "itemid": 111,
        "path": "/chuyen-mon/hoc-sinh-gioi",
        "name": "Học sinh giỏi",
        "heading": "Chuyên môn",
        "layout": "blog",
    },
    "cuu-hoc-sinh": {
        "catid": 15,
        "itemid": 113,
        "path": "/cuu-hoc-sinh",
        "name": "Cựu học sinh",
        "heading": None,
        "layout": "blog",
    },
}

# (itemid, title, href or None for a heading, children)
MENU = [
    (101, "Trang chủ", "/", []),
    (
        102,
        "Giới thiệu",
        None,
        [
            (103, "Lịch sử phát triển", "/gioi-thieu/lich-su-phat-trien"),
            (104, "Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc"),
        ],
    ),
    (
        105,
        "Tin tức",
        None,
        [
            (106, "Hoạt động", "/tin-tuc/hoat-dong"),
            (107, "Thông báo", "/tin-tuc/thong-bao"),
            (108, "Đoàn thanh niên", "/tin-tuc/doan-thanh-nien"),
        ],
    ),
    (
        109,
        "Chuyên môn",
        None,
        [
            (110, "Hoạt động chuyên môn", "/chuyen-mon/hoat-dong-chuyen-mon"),
            (111, "Học sinh giỏi", "/chuyen-mon/hoc-sinh-gioi"),
        ],
    ),
    (113, "Cựu học sinh", "/cuu-hoc-sinh", []),
    (114, "Văn bản", "/van-ban", []),
    (115, "Thư viện", None, [(116, "Thư viện ảnh", "/thu-vien-anh"), (117, "Video", "/video")]),
    (118, "Lịch công tác", "/lich-cong-tac", []),
    (119, "Liên hệ", "/lien-he", []),
]

TAGS = {
    "nha-giao-viet-nam-20-11": (4, "Nhà giáo Việt Nam 20-11"),
    "stem": (5, "STEM"),
    "hoc-sinh-gioi": (6, "Học sinh giỏi"),
    "doan-thanh-nien": (7, "Đoàn thanh niên"),
    "cuu-hoc-sinh": (8, "Cựu học sinh"),
}

# --- the articles ---------------------------------------------------------------------------

Q = "\u201c"  # “
QE = "\u201d"  # ”

A1 = Story(
    id=261,
    slug="hoc-sinh-truong-tham-gia-ngay-hoi-stem-tinh-dong-thap-nam-2026",
    title="Học sinh trường tham gia Ngày hội STEM tỉnh Đồng Tháp năm 2026",
    cat="hoat-dong",
    published_at="2026-12-03T15:20:00+07:00",
    blocks=[
        Img(
            "/images/2026/12/stem/ngay-hoi-stem-01.jpg",
            "Gian trưng bày sản phẩm STEM của học sinh Trường THPT chuyên Thủ Khoa Huân",
            "Gian trưng bày sản phẩm STEM của học sinh Trường THPT chuyên Thủ Khoa Huân",
            style="figure",
        ),
        P(
            "Ngày 28/11/2026, 24 học sinh của nhà trường với 6 sản phẩm nghiên cứu đã tham gia Ngày hội STEM "
            "tỉnh Đồng Tháp năm 2026 do Sở Giáo dục và Đào tạo tổ chức tại Trung tâm Văn hóa – Hội nghị tỉnh.",
            "b",
        ),
        P(
            "Ngày hội năm nay có sự tham gia của hơn 70 đơn vị trường học trên địa bàn tỉnh với gần 200 sản "
            "phẩm thuộc các lĩnh vực khoa học tự nhiên, kỹ thuật, công nghệ và toán học ứng dụng. Các sản phẩm "
            "được trưng bày theo từng khu vực, học sinh trực tiếp thuyết trình và trả lời câu hỏi của Ban Giám "
            "khảo cũng như khách tham quan."
        ),
        Img(
            "/images/2026/12/stem/ngay-hoi-stem-02.jpg",
            f"(Em Lê Nhật Minh, lớp 11 Tin giới thiệu mô hình {Q}Hệ thống tưới tiêu thông minh{QE} với Ban Giám khảo)",
            f"Em Lê Nhật Minh, lớp 11 Tin giới thiệu mô hình {Q}Hệ thống tưới tiêu thông minh{QE} với Ban Giám khảo",
            style="pem",
        ),
        P(
            "Các sản phẩm của học sinh trường tập trung giải quyết những vấn đề gần gũi với đời sống người dân "
            "vùng Đồng Tháp Mười như: hệ thống tưới tiêu thông minh điều khiển qua điện thoại, thiết bị cảnh báo "
            "xâm nhập mặn, máy lọc nước nhiễm phèn dùng vật liệu tự nhiên, ứng dụng nhận diện sâu bệnh trên lá "
            "lúa bằng trí tuệ nhân tạo…"
        ),
        P(
            "Kết quả, đoàn học sinh nhà trường được Ban Tổ chức trao 01 giải Nhất, 02 giải Nhì và 02 giải Ba. "
            f"Sản phẩm {Q}Thiết bị cảnh báo xâm nhập mặn sớm{QE} của nhóm học sinh lớp 12 Lý được chọn tham dự "
            "Ngày hội STEM toàn quốc năm 2027."
        ),
        P(
            "Thông qua ngày hội, học sinh có cơ hội rèn luyện kỹ năng làm việc nhóm, kỹ năng thuyết trình và vận "
            "dụng kiến thức liên môn vào giải quyết các vấn đề thực tiễn; đồng thời khơi dậy niềm đam mê nghiên "
            "cứu khoa học, sáng tạo kỹ thuật trong học sinh trường chuyên."
        ),
    ],
    authors=["Nguyễn Hoàng Phúc"],
    summary=(
        "Ngày 28/11/2026, 24 học sinh của nhà trường với 6 sản phẩm nghiên cứu đã tham gia Ngày hội STEM "
        "tỉnh Đồng Tháp năm 2026 do Sở Giáo dục và Đào tạo tổ chức tại Trung tâm Văn hóa – Hội nghị tỉnh."
    ),
    opts={
        "created": "2026-12-02T21:10:35+07:00",
        "modified": "2026-12-04T08:02:11+07:00",
        "hits": 312,
        "fields": [
            ("nguoi-viet", "Người viết", "ThS. Nguyễn Hoàng Phúc"),
            ("thoi-gian-to-chuc", "Thời gian tổ chức", "2026-11-28"),
            ("dia-diem", "Địa điểm", "Trung tâm Văn hóa – Hội nghị tỉnh"),
        ],
        "tags": ["stem"],
        "related": [254],
        "thumb": "/images/2026/12/stem/thumb-ngay-hoi-stem.jpg",
    },
)

A2_TITLE = "LỄ KỶ NIỆM 44 NĂM NGÀY NHÀ GIÁO VIỆT NAM (20/11/1982 – 20/11/2026)"
A2 = Story(
    id=257,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title=A2_TITLE,
    cat="hoat-dong",
    published_at="2026-11-20T10:05:00+07:00",
    blocks=[
        P(
            "Sáng ngày 19/11/2026, Trường THPT chuyên Thủ Khoa Huân long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
            "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và "
            "Đào tạo, Ban đại diện Cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, "
            "giáo viên, nhân viên và học sinh nhà trường.",
            "b",
        ),
        Img(
            "/images/2026/11/20-11/le-ky-niem-01.jpg",
            "Thầy Nguyễn Văn Sáng, Hiệu trưởng nhà trường ôn lại truyền thống Ngày Nhà giáo Việt Nam",
            "Thầy Nguyễn Văn Sáng, Hiệu trưởng nhà trường ôn lại truyền thống Ngày Nhà giáo Việt Nam",
            style="table",
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Văn Sáng – Hiệu trưởng nhà trường đã ôn lại lịch sử, ý nghĩa "
            "của Ngày Nhà giáo Việt Nam và điểm lại những thành tích nổi bật của tập thể sư phạm nhà trường "
            "trong năm học 2025 – 2026: tỉ lệ tốt nghiệp THPT đạt 100%, 68 học sinh đạt giải học sinh giỏi cấp "
            "tỉnh, 9 học sinh đạt giải học sinh giỏi quốc gia."
        ),
        P(
            "Nhân dịp này, nhà trường đã trao tặng Giấy khen cho 15 giáo viên có thành tích xuất sắc trong công "
            "tác bồi dưỡng học sinh giỏi và 8 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp trường."
        ),
        Img(
            "/images/2026/11/20-11/le-ky-niem-02.jpg",
            f"(Tiết mục văn nghệ {Q}Người thầy{QE} của tập thể lớp 11 Văn)",
            f"Tiết mục văn nghệ {Q}Người thầy{QE} của tập thể lớp 11 Văn",
            style="table",
        ),
        P(
            "Thay mặt các thế hệ học sinh, em Nguyễn Ngọc Bảo Trân, lớp 12 Anh bày tỏ lòng biết ơn sâu sắc đối "
            "với thầy cô qua những vần thơ mộc mạc:"
        ),
        P("Thầy cô – người lái đò thầm lặng", "br"),
        P("Đưa chúng em qua những mùa thi", "br"),
        P("Bục giảng ấy bao năm vẫn vậy", "br"),
        P("Phấn trắng rơi, tóc thầy cũng bạc đi…", "br"),
        P(
            "Buổi lễ khép lại trong không khí ấm áp, xúc động với nhiều tiết mục văn nghệ đặc sắc do học sinh "
            "các lớp dàn dựng, thể hiện lòng tri ân sâu sắc gửi đến các thầy cô giáo."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Thị Mỹ Duyên</strong></p>'),
    ],
    authors=["Lê Thị Mỹ Duyên"],
    photographers=["Lê Thị Mỹ Duyên"],
    summary=(
        "Sáng ngày 19/11/2026, Trường THPT chuyên Thủ Khoa Huân long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
        "Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và "
        "Đào tạo, Ban đại diện Cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, "
        "giáo viên, nhân viên và học sinh nhà trường."
    ),
    opts={
        "created": "2026-11-20T09:48:02+07:00",
        "modified": "2026-11-21T07:15:40+07:00",
        "hits": 1532,
        "tags": ["nha-giao-viet-nam-20-11"],
        "related": [252],
        "thumb": "/images/2026/11/20-11/thumb-le-ky-niem.jpg",
    },
)

A3 = Story(
    id=252,
    slug="soi-noi-hoi-thao-giao-vien-chao-mung-ngay-nha-giao-viet-nam-20-11",
    title="Sôi nổi Hội thao giáo viên chào mừng ngày Nhà giáo Việt Nam 20/11",
    cat="hoat-dong",
    published_at="2026-11-14T08:30:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 12 và 13/11/2026, Công đoàn cơ sở Trường THPT chuyên Thủ Khoa Huân tổ chức Hội thao "
            "giáo viên chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11. Hội thao thu hút gần 90 vận động "
            "viên là cán bộ, giáo viên, nhân viên đến từ 9 tổ chuyên môn và Tổ Văn phòng."
        ),
        Img(
            "/images/2026/11/hoi-thao/hoi-thao-gv-01.jpg",
            "Thi đấu môn kéo co nam – nữ phối hợp giữa các tổ chuyên môn",
            "Thi đấu môn kéo co nam – nữ phối hợp giữa các tổ chuyên môn",
            style="pem",
        ),
        P(
            "Các vận động viên tranh tài ở 4 nội dung: bóng chuyền hơi, cầu lông, kéo co và cờ tướng. Các trận "
            "đấu diễn ra sôi nổi, hấp dẫn trên tinh thần đoàn kết, giao lưu, học hỏi và fair-play."
        ),
        P("Kết quả chung cuộc các nội dung như sau:"),
        P("Nội dung | Giải Nhất | Giải Nhì | Giải Ba", "th"),
        P("Bóng chuyền hơi | Tổ Toán – Tin | Tổ Ngoại ngữ | Tổ Lý – Công nghệ", "tr"),
        P("Cầu lông đôi nam nữ | Tổ Hóa – Sinh | Tổ Văn phòng | Tổ Ngữ văn", "tr"),
        P("Kéo co | Tổ Ngoại ngữ | Tổ Sử – Địa – GDKT&PL | Tổ Toán – Tin", "tr"),
        P("Cờ tướng | Thầy Lâm Quốc Bảo | Thầy Trương Văn Hậu | Cô Đỗ Thị Kim Loan", "tr"),
        Img(
            "/images/2026/11/hoi-thao/hoi-thao-gv-02.jpg",
            "Ảnh: Nguyễn Thanh Tùng",
            None,
            style="pem",
        ),
        P(
            "Hội thao là dịp để cán bộ, giáo viên, nhân viên nhà trường rèn luyện sức khỏe, tăng cường sự gắn "
            "kết sau những giờ lên lớp căng thẳng, góp phần tạo khí thế thi đua sôi nổi chào mừng ngày Nhà giáo "
            "Việt Nam."
        ),
        Raw(
            '<p style="text-align: right;"><em><strong>Tin: Trần Quốc Việt - Ảnh: Nguyễn Thanh Tùng</strong>'
            "</em></p>"
        ),
        Raw(
            '<p><span style="color: #c0392b;"><strong>Xem thêm:</strong></span> <a href="/index.php/tin-tuc/'
            f'hoat-dong/257-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026">{esc(A2_TITLE)}</a></p>'
        ),
    ],
    authors=["Trần Quốc Việt"],
    photographers=["Nguyễn Thanh Tùng"],
    opts={
        "created": "2026-11-13T20:55:17+07:00",
        "modified": "2026-11-14T08:41:03+07:00",
        "hits": 743,
        "tags": ["nha-giao-viet-nam-20-11"],
        "related": [257],
        "thumb": "/images/2026/11/hoi-thao/thumb-hoi-thao-gv.jpg",
    },
)

A4 = Story(
    id=244,
    slug="tap-huan-ky-nang-phong-chong-duoi-nuoc-va-so-cap-cuu-ban-dau-cho-hoc-sinh",
    title="Tập huấn kỹ năng phòng, chống đuối nước và sơ cấp cứu ban đầu cho học sinh",
    cat="hoat-dong",
    published_at="2026-10-28T14:00:00+07:00",
    blocks=[
        P(
            "Chiều 27/10/2026, Trường THPT chuyên Thủ Khoa Huân phối hợp với Trung tâm Y tế khu vực Mỹ Tho và "
            "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ tổ chức buổi tập huấn kỹ năng phòng, chống "
            "đuối nước và sơ cấp cứu ban đầu cho hơn 300 học sinh khối 10."
        ),
        P(
            "Theo kế hoạch của Sở Giáo dục và Đào tạo, từ nay đến hết tháng 12/2026, 100% trường THPT trên địa "
            "bàn tỉnh phải tổ chức ít nhất một buổi tập huấn kỹ năng an toàn trong môi trường nước cho học sinh."
        ),
        Img(
            "/images/2026/10/tap-huan/duoi-nuoc-01.jpg",
            "Cán bộ y tế hướng dẫn học sinh thực hành hồi sức tim phổi (CPR) trên mô hình",
            "Cán bộ y tế hướng dẫn học sinh thực hành hồi sức tim phổi (CPR) trên mô hình",
            style="tinymce",
        ),
        P(
            "Tại buổi tập huấn, học sinh được trang bị kiến thức về nguyên nhân, các tình huống dễ dẫn đến đuối "
            "nước; cách nhận biết người bị đuối nước, kỹ năng tự cứu khi bị chuột rút, bị cuốn vào dòng nước "
            f"xoáy và nguyên tắc {Q}không nhảy xuống nước cứu người khi không biết bơi{QE}."
        ),
        P(
            "Các em cũng được thực hành sơ cứu vết thương chảy máu, cố định xương gãy, hồi sức tim phổi và cách "
            "gọi cấp cứu 115 đúng quy trình."
        ),
        P(
            f"Thầy Trần Hữu Nghĩa, Phó Hiệu trưởng nhà trường cho biết: {Q}Tỉnh ta có hệ thống sông ngòi, kênh "
            "rạch chằng chịt, mùa nước nổi kéo dài nên việc trang bị kỹ năng phòng, chống đuối nước cho học sinh "
            "là hết sức cần thiết. Nhà trường sẽ tiếp tục phối hợp tổ chức các lớp dạy bơi an toàn trong dịp "
            f"hè{QE}."
        ),
        Raw('<p style="text-align: right;"><strong>Hoàng Nam</strong></p>'),
        Raw('<p style="text-align: right;"><em>Theo Báo Đồng Tháp</em></p>'),
    ],
    authors=["Hoàng Nam"],
    source="Báo Đồng Tháp",
    opts={
        "created": "2026-10-28T13:37:52+07:00",
        "modified": "2026-10-28T14:02:29+07:00",
        "hits": 498,
        "tags": [],
        "related": [],
        "thumb": "/images/2026/10/tap-huan/thumb-duoi-nuoc.jpg",
    },
)

A5 = Story(
    id=239,
    slug="ngoai-khoa-em-yeu-lich-su-que-huong-nam-hoc-2026-2027",
    title=f"Ngoại khóa {Q}Em yêu lịch sử quê hương{QE} năm học 2026 – 2027",
    cat="hoat-dong",
    published_at="2026-10-16T16:45:00+07:00",
    blocks=[
        P(
            "Nhằm giáo dục truyền thống yêu nước, lòng tự hào về lịch sử hào hùng của quê hương Đồng Tháp, chiều "
            "15/10/2026, Đoàn trường phối hợp với Tổ Sử – Địa – GDKT&PL tổ chức chương trình ngoại khóa "
            f"{Q}Em yêu lịch sử quê hương{QE} dành cho học sinh khối 10 và khối 11."
        ),
        P(
            f"Chương trình gồm ba phần thi: {Q}Khởi động{QE}, {Q}Hiểu biết lịch sử{QE} và {Q}Tài năng{QE}. Các "
            "câu hỏi xoay quanh cuộc khởi nghĩa của Thủ khoa Huân, chiến thắng Ấp Bắc năm 1963, khu di tích Gò "
            "Tháp cùng những danh nhân, địa danh lịch sử gắn liền với vùng đất Tiền Giang – Đồng Tháp."
        ),
        Img(
            "/images/2026/10/ngoai-khoa-ls/em-yeu-lich-su-01.jpg",
            f"Các đội thi tranh tài ở phần thi {Q}Hiểu biết lịch sử{QE}",
            f"Các đội thi tranh tài ở phần thi {Q}Hiểu biết lịch sử{QE}",
            style="pem",
        ),
        P(
            f"Ở phần thi {Q}Tài năng{QE}, các đội đã mang đến sân khấu những tiểu phẩm, hoạt cảnh tái hiện sinh "
            "động trận Ấp Bắc và cuộc khởi nghĩa Thủ khoa Huân, để lại nhiều cảm xúc cho khán giả."
        ),
        P(
            "Kết thúc chương trình, Ban Tổ chức trao giải Nhất cho đội lớp 11 Sử, giải Nhì cho đội lớp 10 Văn và "
            "giải Ba cho đội lớp 11 Anh 1."
        ),
    ],
    authors=["Đặng Minh Luân"],
    opts={
        "created": "2026-10-16T10:22:48+07:00",
        "modified": "2026-10-17T09:03:12+07:00",
        "hits": 364,
        "fields": [("nguoi-viet", "Người viết", "Thầy Đặng Minh Luân (Tổ Sử – Địa – GDKT&PL)")],
        "tags": ["doan-thanh-nien"],
        "related": [255, 246],
        "thumb": "/images/2026/10/ngoai-khoa-ls/thumb-em-yeu-lich-su.jpg",
    },
)

N1_TITLE = "Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027"
N1 = Story(
    id=259,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title=N1_TITLE,
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody>\n'
            '<tr>\n<td style="width: 42%; text-align: center; vertical-align: top;">SỞ GD&amp;ĐT ĐỒNG THÁP<br>'
            "<strong>TRƯỜNG THPT CHUYÊN<br>THỦ KHOA HUÂN</strong><br>_________</td>\n"
            '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA '
            "VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td>\n</tr>\n"
            '<tr>\n<td style="text-align: center;">Số: 215/TB-THPTCTKH</td>\n'
            '<td style="text-align: center;"><em>Đồng Tháp, ngày 30 tháng 11 năm 2026</em></td>\n</tr>\n'
            "</tbody></table>\n"
            '<p style="text-align: center;">&nbsp;</p>\n'
            '<p style="text-align: center;"><strong><span style="font-size: 14pt;">THÔNG BÁO</span></strong></p>\n'
            '<p style="text-align: center;"><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 – 2027'
            "</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 185/KH-THPTCTKH ngày 05/9/2026 của Trường THPT chuyên Thủ Khoa Huân về thực hiện "
            "nhiệm vụ năm học 2026 – 2027;"
        ),
        P(
            "Căn cứ Công văn số 2150/SGDĐT-GDTrH ngày 20/11/2026 của Sở Giáo dục và Đào tạo về việc tổ chức kiểm "
            "tra cuối học kỳ I năm học 2026 – 2027,"
        ),
        P(
            "Trường THPT chuyên Thủ Khoa Huân thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 như sau:"
        ),
        P("1. Thời gian kiểm tra", "b"),
        P(
            "Từ ngày 14/12/2026 đến ngày 19/12/2026 (kiểm tra tập trung các môn theo lịch dưới đây; các môn còn "
            "lại kiểm tra tại lớp theo thời khóa biểu)."
        ),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("14/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("15/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("16/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("17/12/2026 | Sáng | Môn chuyên | 150 phút", "tr"),
        P("2. Yêu cầu", "b"),
        P(
            "- Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh trước ngày 05/12/2026.",
            "dash",
        ),
        P(
            "- Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh; không mang "
            "điện thoại di động, tài liệu vào phòng kiểm tra.",
            "dash",
        ),
        P(
            "- Các tổ chuyên môn nộp đề kiểm tra, ma trận và bản đặc tả về Phó Hiệu trưởng phụ trách chuyên môn "
            "trước ngày 08/12/2026.",
            "dash",
        ),
        P(
            "Nhận được thông báo này, đề nghị cán bộ, giáo viên, nhân viên và học sinh nhà trường nghiêm túc "
            "thực hiện./."
        ),
        Raw(
            '<table style="width: 100%;" border="0"><tbody><tr>\n'
            '<td style="width: 50%; vertical-align: top;"><p><strong><em>Nơi nhận:</em></strong><br>'
            "- CB, GV, NV, HS (thực hiện);<br>- Website trường;<br>- Lưu: VT.</p></td>\n"
            '<td style="width: 50%; text-align: center; vertical-align: top;"><p><strong>KT. HIỆU TRƯỞNG<br>'
            "PHÓ HIỆU TRƯỞNG</strong></p><p><em>(Đã ký)</em></p><p>&nbsp;</p>"
            "<p><strong>Phạm Thị Thu Trang</strong></p></td>\n</tr></tbody></table>"
        ),
        Raw(
            '<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" width="16" height="16"> '
            '<a href="/images/van-ban/2026/TB-215-kiem-tra-HKI.pdf" target="_blank">File đính kèm: '
            "TB-215-kiem-tra-HKI.pdf</a></p>"
        ),
    ],
    authors=["Phạm Thị Thu Trang"],
    opts={
        "hide_dates": True,
        "list_date": "01-12-2026",
        "hits": 865,
        "tags": [],
        "related": [],
    },
)

N2 = Story(
    id=250,
    slug="danh-sach-hoc-sinh-du-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2026-2027",
    title="Danh sách học sinh dự thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-11-10T16:30:00+07:00",
    blocks=[
        P(
            "Căn cứ kết quả kỳ thi chọn đội tuyển học sinh giỏi cấp trường, Trường THPT chuyên Thủ Khoa Huân "
            "thông báo danh sách học sinh tham dự kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026 – 2027 "
            "(trích) như sau:"
        ),
        P("STT | Họ và tên | Lớp | Môn thi", "th"),
        P("1 | Nguyễn Hoàng Anh Thư | 12 Toán | Toán", "tr"),
        P("2 | Lê Minh Quân | 12 Toán | Toán", "tr"),
        P("3 | Trần Gia Huy | 12 Lý | Vật lí", "tr"),
        P("4 | Phan Ngọc Yến Nhi | 12 Hóa | Hóa học", "tr"),
        P("5 | Võ Thanh Tâm | 12 Sinh | Sinh học", "tr"),
        P("6 | Huỳnh Bảo Ngọc | 12 Văn | Ngữ văn", "tr"),
        P("7 | Đặng Quốc Khánh | 12 Tin | Tin học", "tr"),
        P("8 | Lâm Khánh Linh | 12 Anh | Tiếng Anh", "tr"),
        P(
            "Kỳ thi diễn ra trong hai ngày 20 và 21/11/2026 tại Hội đồng thi Trường THPT chuyên Thủ Khoa Huân. "
            "Học sinh có tên trong danh sách tập trung lúc 6 giờ 30 phút ngày 20/11/2026 tại phòng Hội đồng để "
            "nghe phổ biến quy chế thi."
        ),
        P("Danh sách đầy đủ 56 học sinh xem trong tệp đính kèm."),
        Raw(
            '<p><img src="/media/system/images/mime-icon-16/pdf.png" alt="pdf" width="16" height="16"> '
            '<a href="/images/van-ban/2026/DS-HSG-tinh-12-2026.pdf" target="_blank">Tải về: '
            "DS-HSG-tinh-12-2026.pdf</a> (248 KB)</p>"
        ),
        Raw('<p style="text-align: right;"><strong>Bộ phận Giáo vụ</strong></p>'),
    ],
    authors=["Bộ phận Giáo vụ"],
    opts={
        "created": "2026-11-10T16:12:40+07:00",
        "modified": "2026-11-11T07:30:05+07:00",
        "list_date": "10-11-2026",
        "hits": 655,
        "tags": ["hoc-sinh-gioi"],
        "related": [258],
    },
)

D1 = Story(
    id=255,
    slug="chuong-trinh-ao-am-mua-dong-nam-2026",
    title=f"Chương trình {Q}Áo ấm mùa đông{QE} năm 2026: trao 120 phần quà cho học sinh có hoàn cảnh khó khăn",
    cat="doan-thanh-nien",
    published_at="2026-11-25T19:40:00+07:00",
    blocks=[
        P(
            f"Tối 24/11/2026, Đoàn trường THPT chuyên Thủ Khoa Huân tổ chức chương trình {Q}Áo ấm mùa đông{QE} "
            "năm 2026, trao tặng 120 phần quà cho học sinh có hoàn cảnh khó khăn tại Trường THCS Tân Thới và "
            "Trường Tiểu học Phú Tân 2, xã Tân Phú Đông."
        ),
        P(
            "Mỗi phần quà gồm 01 áo khoác, 10 quyển tập, bộ dụng cụ học tập và 200.000 đồng tiền mặt. Tổng trị "
            "giá chương trình hơn 60 triệu đồng, được vận động từ nguồn đóng góp của đoàn viên, học sinh, cựu "
            "học sinh và các nhà hảo tâm."
        ),
        Img(
            "/images/2026/11/ao-am/ao-am-mua-dong-01.jpg",
            "Đoàn viên trường chuyên trao quà cho học sinh Trường THCS Tân Thới",
            "Đoàn viên trường chuyên trao quà cho học sinh Trường THCS Tân Thới",
            style="bluecap",
        ),
        P(
            f"Bên cạnh hoạt động trao quà, các đoàn viên còn tổ chức sân chơi {Q}Vui học cùng anh chị{QE}, hướng "
            "dẫn các em nhỏ làm đồ dùng học tập từ vật liệu tái chế và tặng sách cho thư viện hai trường."
        ),
        P(
            f"Chương trình {Q}Áo ấm mùa đông{QE} được Đoàn trường duy trì liên tục từ năm 2015 đến nay, góp phần "
            f"giáo dục lòng nhân ái, tinh thần sẻ chia {Q}lá lành đùm lá rách{QE} cho đoàn viên, thanh niên nhà "
            "trường."
        ),
    ],
    authors=["Võ Thị Bích Tuyền"],
    opts={
        "created": "2026-11-25T08:05:19+07:00",
        "modified": "2026-11-26T06:48:33+07:00",
        "hits": 421,
        "fields": [("nguoi-viet", "Người viết", "Võ Thị Bích Tuyền – Bí thư Đoàn trường")],
        "tags": ["doan-thanh-nien"],
        "related": [246, 239],
        "intro_blocks": 1,
        "thumb": "/images/2026/11/ao-am/thumb-ao-am.jpg",
    },
)

D2 = Story(
    id=246,
    slug="doan-truong-ra-quan-huong-ung-ngay-chu-nhat-xanh-lan-thu-iv-nam-2026",
    title=f"Đoàn trường ra quân hưởng ứng {Q}Ngày Chủ nhật xanh{QE} lần thứ IV năm 2026",
    cat="doan-thanh-nien",
    published_at="2026-10-25T09:15:00+07:00",
    blocks=[
        P(
            "Sáng Chủ nhật ngày 25/10/2026, hơn 250 đoàn viên, thanh niên Trường THPT chuyên Thủ Khoa Huân đã ra "
            f"quân hưởng ứng {Q}Ngày Chủ nhật xanh{QE} lần thứ IV năm 2026 do Tỉnh đoàn Đồng Tháp phát động."
        ),
        Img(
            "/images/2026/10/cn-xanh/chu-nhat-xanh-01.jpg",
            "Đoàn viên thu gom rác thải dọc tuyến đường Thủ Khoa Huân",
            "Đoàn viên thu gom rác thải dọc tuyến đường Thủ Khoa Huân",
            style="pem",
        ),
        P(
            "Các đoàn viên được chia thành 12 đội hình, tiến hành dọn dẹp vệ sinh khuôn viên trường, thu gom rác "
            "thải, phát quang bụi rậm dọc các tuyến đường Thủ Khoa Huân, Lê Thị Hồng Gấm và khu vực bờ kè sông "
            "Tiền."
        ),
        P(
            "Dịp này, Đoàn trường cũng trồng mới 30 cây xanh trong khuôn viên trường và ra mắt mô hình "
            f"{Q}Đổi rác thải nhựa lấy cây xanh{QE}, thu hút đông đảo học sinh tham gia."
        ),
        Raw('<p style="text-align: right;"><em>Ban Chấp hành Đoàn trường</em></p>'),
    ],
    authors=["Ban Chấp hành Đoàn trường"],
    opts={
        "created": "2026-10-25T08:51:06+07:00",
        "modified": "2026-10-25T09:15:00+07:00",
        "hits": 276,
        "tags": ["doan-thanh-nien"],
        "related": [255, 239],
        "intro_blocks": None,  # no read-more: the blog prints the whole text
        "thumb": "/images/2026/10/cn-xanh/thumb-chu-nhat-xanh.jpg",
    },
)

C1_TITLE = (
    f"Tổ Toán – Tin tổ chức chuyên đề {Q}Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán{QE}"
)
C1 = Story(
    id=254,
    slug="to-toan-tin-to-chuc-chuyen-de-ung-dung-tri-tue-nhan-tao-trong-day-hoc-mon-toan",
    title=C1_TITLE,
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-22T14:10:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học năm học 2026 – 2027, ngày "
            f"21/11/2026, Tổ Toán – Tin tổ chức chuyên đề {Q}Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán{QE} "
            "với sự tham gia của giáo viên trong tổ và đại diện các tổ chuyên môn trong trường.",
            "mso",
        ),
        P("1. Nội dung chuyên đề", "msoh"),
        P(
            "Giới thiệu một số công cụ trí tuệ nhân tạo hỗ trợ giáo viên soạn bài, xây dựng ngân hàng câu hỏi và "
            "phân tích kết quả học tập của học sinh.",
            "li",
        ),
        P(
            f"Minh họa tiết dạy {Q}Xác suất có điều kiện{QE} lớp 12 có sử dụng trợ lý ảo hỗ trợ học sinh tự học.",
            "li",
        ),
        P(
            "Thảo luận về những lưu ý khi sử dụng trí tuệ nhân tạo: bảo mật dữ liệu học sinh, kiểm chứng thông "
            "tin, tránh lạm dụng trong kiểm tra, đánh giá.",
            "li",
        ),
        Img(
            "/images/2026/11/to-toan/chuyen-de-ai-01.jpg",
            "Cô Nguyễn Thị Thanh Hương dạy minh họa chuyên đề",
            "Cô Nguyễn Thị Thanh Hương dạy minh họa chuyên đề",
            style="mso",
        ),
        P("2. Kết quả", "msoh"),
        P(
            "Chuyên đề nhận được nhiều ý kiến đóng góp sôi nổi. Các thầy cô thống nhất xây dựng bộ tài liệu hướng "
            "dẫn sử dụng công cụ trí tuệ nhân tạo trong dạy học dành cho giáo viên toàn trường, hoàn thành trước "
            "ngày 31/12/2026.",
            "mso",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span style="font-size:14.0pt;'
            'font-family:&quot;Times New Roman&quot;,serif">'
            + unicodedata.normalize("NFD", "Tổ Toán – Tin")
            + "</span></b></p>"
        ),
    ],
    authors=["Tổ Toán – Tin"],
    opts={
        "nfd": True,
        "created": "2026-11-22T13:58:44+07:00",
        "modified": "2026-11-23T15:20:09+07:00",
        "hits": 388,
        "tags": ["stem"],
        "related": [261],
        "thumb": "/images/2026/11/to-toan/thumb-chuyen-de-ai.jpg",
    },
)

H1 = Story(
    id=258,
    slug="hoc-sinh-truong-dat-27-giai-ky-thi-chon-hoc-sinh-gioi-van-hoa-cap-tinh-lop-12",
    title="Học sinh trường đạt 27 giải kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh lớp 12 năm học 2026 – 2027",
    cat="hoc-sinh-gioi",
    published_at="2026-11-28T17:00:00+07:00",
    blocks=[
        Img(
            "/images/2026/11/hsg-tinh/hsg-tinh-2026-01.jpg",
            "(Ban Giám hiệu chúc mừng các em học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh)",
            "Ban Giám hiệu chúc mừng các em học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh",
            style="figure",
        ),
        P(
            "Ngày 27/11/2026, Sở Giáo dục và Đào tạo công bố kết quả kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh "
            "lớp 12 năm học 2026 – 2027. Trường THPT chuyên Thủ Khoa Huân có 27/56 học sinh dự thi đạt giải, dẫn "
            "đầu toàn tỉnh về số lượng giải Nhất.",
            "b",
        ),
        P(
            "Cụ thể, học sinh nhà trường đạt 07 giải Nhất, 09 giải Nhì, 08 giải Ba và 03 giải Khuyến khích ở 7 "
            "môn thi. Kết quả từng môn như sau:"
        ),
        P("Môn thi | Nhất | Nhì | Ba | KK", "th"),
        P("Toán | 2 | 1 | 1 | 0", "tr"),
        P("Vật lí | 1 | 1 | 1 | 0", "tr"),
        P("Hóa học | 1 | 2 | 0 | 1", "tr"),
        P("Sinh học | 0 | 1 | 2 | 0", "tr"),
        P("Tin học | 1 | 1 | 0 | 1", "tr"),
        P("Ngữ văn | 1 | 1 | 1 | 0", "tr"),
        P("Tiếng Anh | 1 | 2 | 3 | 1", "tr"),
        P(
            "Đây là kết quả đáng ghi nhận của thầy và trò nhà trường sau quá trình ôn luyện nghiêm túc, bài bản. "
            "Từ kết quả kỳ thi này, Sở Giáo dục và Đào tạo sẽ lựa chọn các học sinh có thành tích cao nhất vào "
            "đội tuyển dự thi chọn học sinh giỏi quốc gia năm 2027."
        ),
        P(
            "Thầy Nguyễn Văn Sáng, Hiệu trưởng nhà trường gửi lời chúc mừng đến các em học sinh đạt giải và ghi "
            "nhận sự tận tâm của đội ngũ giáo viên bồi dưỡng; đồng thời đề nghị các tổ chuyên môn tiếp tục xây "
            "dựng kế hoạch bồi dưỡng đội tuyển quốc gia ngay từ đầu tháng 12."
        ),
        Raw(
            '<p style="text-align: right;"><strong>Bài: ThS. Huỳnh Văn Lộc – Ảnh: Nguyễn Minh Khang</strong></p>'
        ),
    ],
    authors=["Huỳnh Văn Lộc"],
    photographers=["Nguyễn Minh Khang"],
    summary=(
        "Ngày 27/11/2026, Sở Giáo dục và Đào tạo công bố kết quả kỳ thi chọn học sinh giỏi văn hóa cấp tỉnh "
        "lớp 12 năm học 2026 – 2027. Trường THPT chuyên Thủ Khoa Huân có 27/56 học sinh dự thi đạt giải, dẫn "
        "đầu toàn tỉnh về số lượng giải Nhất."
    ),
    opts={
        "created": "2026-11-27T22:31:50+07:00",
        "modified": "2026-11-29T10:12:37+07:00",
        "hits": 1204,
        "tags": ["hoc-sinh-gioi"],
        "related": [250],
        "thumb": "/images/2026/11/hsg-tinh/thumb-hsg-tinh.jpg",
    },
)

K2_TITLE = (
    "Cựu học sinh Trần Minh Khôi: Từ lớp chuyên Lý đến phòng thí nghiệm vật liệu bán dẫn ở Nhật Bản"
)
K2_SLUG = (
    "cuu-hoc-sinh-tran-minh-khoi-tu-lop-chuyen-ly-den-phong-thi-nghiem-vat-lieu-ban-dan-o-nhat-ban"
)

K1 = Story(
    id=247,
    slug="cuu-hoc-sinh-khoa-2010-2013-trao-50-suat-hoc-bong-tiep-buoc-thu-khoa",
    title=f"Cựu học sinh khóa 2010 – 2013 trao 50 suất học bổng {Q}Tiếp bước Thủ Khoa{QE}",
    cat="cuu-hoc-sinh",
    published_at="2026-10-31T08:00:00+07:00",
    blocks=[
        Img(
            "/media/k2/items/cache/8c1f3a5e2b7d4c6f9a0e1b2c3d4e5f60_L.jpg",
            "Đại diện Ban liên lạc cựu học sinh khóa 2010 – 2013 trao học bổng cho học sinh",
            "Đại diện Ban liên lạc cựu học sinh khóa 2010 – 2013 trao học bổng cho học sinh",
            style="k2",
        ),
        P(
            "Sáng 30/10/2026, Ban liên lạc cựu học sinh khóa 2010 – 2013 Trường THPT chuyên Thủ Khoa Huân đã trao "
            f"50 suất học bổng {Q}Tiếp bước Thủ Khoa{QE} cho học sinh nhà trường có thành tích học tập tốt, vượt "
            "khó vươn lên."
        ),
        P(
            "Mỗi suất học bổng trị giá 3.000.000 đồng, tổng trị giá 150 triệu đồng. Đối tượng nhận học bổng là học "
            "sinh đạt danh hiệu học sinh giỏi năm học 2025 – 2026, có hoàn cảnh gia đình khó khăn hoặc thuộc hộ "
            "cận nghèo."
        ),
        P(
            "Phát biểu tại buổi trao học bổng, anh Nguyễn Thành Đạt, Trưởng Ban liên lạc cựu học sinh khóa 2010 – "
            f"2013 chia sẻ: {Q}Chúng tôi từng là những cậu học trò được thầy cô và nhà trường chắp cánh. Quỹ học "
            "bổng là cách để các thế hệ cựu học sinh tiếp nối truyền thống hiếu học, đồng hành cùng các em trên "
            f"con đường chinh phục tri thức{QE}."
        ),
        P(
            "Dịp này, Ban liên lạc cũng trao tặng thư viện nhà trường 300 đầu sách tham khảo các môn chuyên và cam "
            "kết duy trì quỹ học bổng hằng năm."
        ),
        Raw("<p>{gallery}cuu-hoc-sinh/hoc-bong-2026{/gallery}</p>"),
        Raw('<p style="text-align: right;"><strong>Nguy&#7877;n Minh Th&#432;</strong></p>'),
        Raw(
            f'<p><em>Xem th&ecirc;m:</em> <a href="/component/k2/item/61-{K2_SLUG}">'
            f"{esc(K2_TITLE)}</a></p>"
        ),
    ],
    authors=["Nguyễn Minh Thư"],
    photographers=["Trần Thanh Hải"],
    summary=(
        "Sáng 30/10/2026, Ban liên lạc cựu học sinh khóa 2010 – 2013 Trường THPT chuyên Thủ Khoa Huân đã trao "
        f"50 suất học bổng {Q}Tiếp bước Thủ Khoa{QE} cho học sinh nhà trường có thành tích học tập tốt, vượt "
        "khó vươn lên."
    ),
    sapo_outside=False,
    opts={
        "k2": 57,
        "k2_credits": "Ảnh: Trần Thanh Hải",
        "k2_hash": "8c1f3a5e2b7d4c6f9a0e1b2c3d4e5f60",
        "entities": 1,
        "created": "2026-10-31T08:00:00+07:00",
        "modified": "2026-11-15T09:12:45+07:00",
        "hits": 540,
        "fields": [("khoa-hoc", "Khóa học", "2010 – 2013")],
        "tags": ["cuu-hoc-sinh"],
        "related": [249],
        "thumb": "/images/k2-migrated/items/57_thumb.jpg",
    },
)

K2 = Story(
    id=249,
    slug=K2_SLUG,
    title=K2_TITLE,
    cat="cuu-hoc-sinh",
    published_at="2026-11-06T10:30:00+07:00",
    blocks=[
        Img(
            "/media/k2/items/cache/3e9b1d7a0c5f4e2b8d6a9c1f0e3b5d7a_L.jpg",
            "Tiến sĩ Trần Minh Khôi (thứ hai từ trái) cùng các đồng nghiệp tại Đại học Tohoku",
            "Tiến sĩ Trần Minh Khôi (thứ hai từ trái) cùng các đồng nghiệp tại Đại học Tohoku",
            style="k2",
        ),
        P(
            "Rời mái trường chuyên Thủ Khoa Huân năm 2015, Trần Minh Khôi – cựu học sinh lớp chuyên Lý – hiện là "
            "nghiên cứu viên sau tiến sĩ tại Viện Nghiên cứu vật liệu, Đại học Tohoku (Nhật Bản). Nhân dịp về thăm "
            "trường, anh đã có cuộc trò chuyện thân mật với học sinh các lớp chuyên."
        ),
        P("Điều gì ở trường chuyên Thủ Khoa Huân khiến anh nhớ nhất?", "b"),
        P(
            "Tôi nhớ nhất những buổi tối ở lại phòng thí nghiệm cùng thầy Lâm Quốc Bảo để chuẩn bị cho kỳ thi học "
            "sinh giỏi quốc gia. Thầy không chỉ dạy kiến thức mà còn dạy chúng tôi cách đặt câu hỏi và kiên trì "
            "với câu hỏi của mình."
        ),
        P(
            "Con đường từ một học sinh tỉnh lẻ đến phòng thí nghiệm ở Nhật Bản có nhiều khó khăn không?",
            "b",
        ),
        P(
            "Khó khăn lớn nhất là ngoại ngữ và sự tự tin. Những năm đầu đại học, tôi phải vừa học chuyên ngành vừa "
            "học tiếng Nhật mỗi tối. Nhưng nền tảng toán, lý vững chắc từ trường chuyên giúp tôi theo kịp các bạn "
            "quốc tế."
        ),
        P("Anh có lời khuyên nào cho các em học sinh chuyên hôm nay?", "b"),
        P(
            "Hãy học vì sự tò mò chứ không chỉ vì điểm số. Và đừng ngại bắt đầu từ những điều nhỏ nhất: một thí "
            "nghiệm đơn giản, một cuốn sách hay, một câu hỏi chưa có lời giải."
        ),
        Raw('<p style="text-align: right;"><strong>Ho&agrave;i Th&#432;&#417;ng</strong></p>'),
        Raw('<p style="text-align: right;"><em>Ngu&#7891;n: B&aacute;o Thanh Ni&ecirc;n</em></p>'),
    ],
    authors=["Hoài Thương"],
    source="Báo Thanh Niên",
    summary=(
        "Rời mái trường chuyên Thủ Khoa Huân năm 2015, Trần Minh Khôi – cựu học sinh lớp chuyên Lý – hiện là "
        "nghiên cứu viên sau tiến sĩ tại Viện Nghiên cứu vật liệu, Đại học Tohoku (Nhật Bản). Nhân dịp về thăm "
        "trường, anh đã có cuộc trò chuyện thân mật với học sinh các lớp chuyên."
    ),
    opts={
        "k2": 61,
        "k2_credits": None,
        "k2_hash": "3e9b1d7a0c5f4e2b8d6a9c1f0e3b5d7a",
        "entities": 1,
        "created": "2026-11-06T10:30:00+07:00",
        "modified": "2026-11-15T09:12:58+07:00",
        "hits": 987,
        "fields": [("khoa-hoc", "Khóa học", "2012 – 2015"), ("lop", "Lớp", "12 Lý")],
        "tags": ["cuu-hoc-sinh"],
        "related": [247],
        "thumb": "/images/k2-migrated/items/61_thumb.jpg",
    },
)

STORIES = [A1, A2, A3, A4, A5, N1, N2, D1, D2, C1, H1, K1, K2]
BY_ID = {s.id: s for s in STORIES}
K2_IDS = {s.opts["k2"]: s for s in STORIES if s.opts.get("k2")}
SLIDER = [257, 258, 247]  # SPPB slider, linked under the home Itemid
LATEST = [261, 258, 255, 254]  # SPPB "Tin mới"
POPULAR = sorted(STORIES, key=lambda s: -s.opts["hits"])[:5]


def sef(story: Story) -> str:
    return f"{CATS[story.cat]['path']}/{story.id}-{story.slug}"


def home_route(story: Story) -> str:
    return f"/component/content/article/{story.id}-{story.slug}?catid={CATS[story.cat]['catid']}&Itemid=101"


def print_route(story: Story) -> str:
    return sef(story) + "?tmpl=component&print=1"


def cat_stories(key: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == key), key=lambda s: s.published_at, reverse=True)


# --- small formatting helpers ---------------------------------------------------------------

_DAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def jdate(iso: str) -> str:
    """Joomla vi-VN DATE_FORMAT_LC2: 'Thứ năm, 03 Tháng 12 2026 15:20'."""
    d = datetime.fromisoformat(iso)
    return f"{_DAYS[d.weekday()]}, {d:%d} Tháng {d.month} {d.year} {d:%H:%M}"


def short_date(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%d/%m/%Y")


def title_of(story: Story) -> str:
    t = story.title
    return unicodedata.normalize("NFD", t) if story.opts.get("nfd") else t


def tx(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=int(story.opts.get("entities", 0)))


def _placeholder(w: int, h: int) -> str:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}"></svg>'
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def lazy_img(src: str, alt: str = "", w: int = 800, h: int = 533, style: str = "") -> str:
    """An <img> as JCH Optimize rewrites it: placeholder src, real path in data-src, noscript copy."""
    st = f' style="{style}"' if style else ""
    return (
        f'<img src="{_placeholder(w, h)}" data-src="{esc(src)}" alt="{esc(alt)}" width="{w}" height="{h}"'
        f' class="jch-lazyload"{st}><noscript><img src="{esc(src)}" alt="{esc(alt)}" width="{w}"'
        f' height="{h}"{st}></noscript>'
    )


# --- article text ---------------------------------------------------------------------------


def _render_img(story: Story, img: Img) -> str:
    alt = re.sub(r"[()]", "", img.printed or story.title)[:90]
    cap = tx(story, img.printed) if img.printed else ""
    if img.style == "table":
        return (
            '<table style="margin-left: auto; margin-right: auto;" border="0" cellpadding="3"><tbody>\n'
            f"<tr><td>{lazy_img(img.src, alt, 700, 466)}</td></tr>\n"
            f'<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>{cap}</em></span></td></tr>\n'
            "</tbody></table>"
        )
    if img.style == "pem":
        return (
            f'<p style="text-align: center;">{lazy_img(img.src, alt, 800, 533)}</p>\n'
            f'<p style="text-align: center;"><em>{cap}</em></p>'
        )
    if img.style == "tinymce":
        return (
            f'<figure class="image" style="text-align: center;">{lazy_img(img.src, alt, 760, 507)}'
            f"<figcaption>{cap}</figcaption></figure>"
        )
    if img.style == "bluecap":
        return (
            f'<p style="text-align: center;">{lazy_img(img.src, alt, 800, 600)}</p>\n'
            f'<p style="text-align: center;"><span style="color: #0000ff; font-size: 11pt;"><em>{cap}</em>'
            "</span></p>"
        )
    if img.style == "mso":
        return (
            f'<p class="MsoNormal" align="center" style="text-align:center">{lazy_img(img.src, alt, 720, 480)}</p>\n'
            '<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:12.0pt;'
            f'font-family:&quot;Times New Roman&quot;,serif">{cap}</span></i></p>'
        )
    if img.style == "k2":
        xl = img.src.replace("_L.jpg", "_XL.jpg")
        credits = story.opts.get("k2_credits")
        credit_html = (
            f'\n\t\t<span class="itemImageCredits">{esc(credits)}</span>' if credits else ""
        )
        return (
            '<div class="itemImageBlock">\n\t\t<span class="itemImage">\n\t\t\t'
            f'<a data-k2-modal="image" href="{esc(xl)}" title="B&#7845;m v&agrave;o &#273;&#7875; xem &#7843;nh">'
            f"{lazy_img(img.src, alt, 600, 400)}</a>\n\t\t</span>\n"
            f'\t\t<span class="itemImageCaption">{cap}</span>{credit_html}\n'
            '\t\t<div class="clr"></div>\n\t</div>'
        )
    raise ValueError(img.style)


def _render_p(story: Story, p: P) -> str:
    t = tx(story, p.text)
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "mso":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
            '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'
            f"{t}</span></p>"
        )
    if p.style == "msoh":
        return (
            '<p class="MsoNormal" style="text-align:justify;line-height:150%"><b><span style="font-size:14.0pt;'
            f'line-height:150%;font-family:&quot;Times New Roman&quot;,serif">{t}</span></b></p>'
        )
    if p.style == "dash":
        return f'<p style="text-align: justify; padding-left: 30px;">{t}</p>'
    return f'<p style="text-align: justify;">{t}</p>'


def render_text(story: Story, blocks: list) -> str:
    """The article text as the editor left it: runs of rows become a table, of li a list, of br one <p>."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            if b.style != "figure":
                out.append(_render_img(story, b))
            i += 1
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = [tx(story, c) for c in row.text.split(" | ")]
                if row.style == "th":
                    tds = "".join(
                        f'<td style="text-align: center; background-color: #dff0d8;"><strong>{c}</strong></td>'
                        for c in cells
                    )
                else:
                    tds = "".join(f"<td>{c}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                i += 1
            out.append(
                '<table class="table table-bordered" style="width: 100%; border-collapse: collapse;" border="1" '
                'cellpadding="4"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
            )
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(
                    '<li class="MsoNormal" style="text-align:justify;line-height:150%"><span style="font-size:'
                    f'14.0pt;line-height:150%">{tx(story, blocks[i].text)}</span></li>'
                )
                i += 1
            out.append('<ul style="margin-top:0cm" type="disc">\n' + "\n".join(items) + "\n</ul>")
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(tx(story, blocks[i].text))
                i += 1
            out.append('<p style="text-align: center;"><em>' + "<br />\n".join(lines) + "</em></p>")
        else:
            out.append(_render_p(story, b))
            i += 1
    return "\n".join(out)


def article_text(story: Story) -> str:
    """What is inside div[itemprop=articleBody]."""
    if story.opts.get("k2"):
        img = next(b for b in story.blocks if isinstance(b, Img))
        ps = [b for b in story.blocks if not isinstance(b, Img)]
        intro, rest = ps[0], ps[1:]
        return (
            f"{_render_img(story, img)}\n"
            f'<div class="itemIntroText">\n\t<p>{tx(story, intro.text)}</p>\n</div>\n'
            f'<div class="itemFullText">\n{render_text(story, rest)}\n</div>'
        )
    return render_text(story, story.blocks)


def figure_html(story: Story) -> str:
    fig = next((b for b in story.blocks if isinstance(b, Img) and b.style == "figure"), None)
    if not fig:
        return ""
    return (
        f'<figure class="left item-image">\n\t<img src="{esc(fig.src)}" itemprop="image" width="1000" height="667"'
        f' alt="{esc(story.title)}">\n\t<figcaption class="caption">{esc(fig.printed or "")}</figcaption>\n</figure>'
    )


def info_block(story: Story, *, listing: bool = False) -> str:
    cat = CATS[story.cat]
    hits = story.opts.get("hits", 0)
    if story.opts.get("hide_dates"):
        return (
            '<dl class="article-info text-muted">\n<dt class="article-info-term">Chi tiết</dt>\n'
            f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
            f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}"> Lượt xem: {hits}</dd>\n</dl>'
        )
    pub = story.published_at
    parts = ['<dl class="article-info text-muted">', '<dt class="article-info-term">Chi tiết</dt>']
    if not listing:
        parts.append(
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span class="icon-user icon-fw" aria-hidden="true"></span> Viết bởi: '
            '<span itemprop="name">Quản trị viên</span></dd>'
        )
        parts.append(
            '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> '
            f'Danh mục: <a href="{cat["path"]}" itemprop="genre">{esc(cat["name"])}</a></dd>'
        )
        created = story.opts["created"]
        parts.append(
            '<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span> Ngày tạo: '
            f'<time datetime="{created}" itemprop="dateCreated">{jdate(created)}</time></dd>'
        )
    parts.append(
        '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> Ngày đăng: '
        f'<time datetime="{pub}" itemprop="datePublished">{jdate(pub)}</time></dd>'
    )
    if not listing:
        mod = story.opts["modified"]
        parts.append(
            '<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span> Cập nhật lần '
            f'cuối: <time datetime="{mod}" itemprop="dateModified">{jdate(mod)}</time></dd>'
        )
        parts.append(
            '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>'
            f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}"> Lượt xem: {hits}</dd>'
        )
    parts.append("</dl>")
    return "\n".join(parts)


def fields_html(story: Story) -> str:
    fields = story.opts.get("fields")
    if not fields:
        return ""
    items = "".join(
        f'<li class="field-entry {cls} "><span class="field-label ">{esc(label)}: </span>'
        f'<span class="field-value ">{esc(value)}</span>\n</li>'
        for cls, label, value in fields
    )
    return f'<ul class="fields-container">\n{items}</ul>'


def tags_html(story: Story) -> str:
    tags = story.opts.get("tags") or []
    if not tags:
        return ""
    lis = "".join(
        f'<li class="list-inline-item tag-{TAGS[t][0]} tag-list{n}" itemprop="keywords">'
        f'<a href="/component/tags/tag/{t}" class="btn btn-sm btn-info">{esc(TAGS[t][1])}</a></li>\n'
        for n, t in enumerate(tags)
    )
    return f'<div class="tkh-the"><i class="fas fa-tags"></i> Từ khóa:\n<ul class="tags list-inline">\n{lis}</ul></div>'


def related_html(story: Story) -> str:
    ids = story.opts.get("related") or []
    if not ids:
        return ""
    cards = []
    for rid in ids:
        r = BY_ID[rid]
        thumb = r.opts.get("thumb") or "/images/no-image.jpg"
        cards.append(
            '<div class="col-12 col-md-4 mb-3"><div class="card h-100">'
            f'<a href="{sef(r)}" class="card-img-link">{lazy_img(thumb, "", 400, 267)}</a>'
            f'<div class="card-body"><h5 class="card-title"><a href="{sef(r)}">{esc(title_of(r))}</a></h5>'
            f'<p class="card-text"><small class="text-muted"><i class="far fa-calendar-alt"></i> '
            f"{short_date(r.published_at) if 'T' in r.published_at else r.published_at}</small></p></div>"
            "</div></div>"
        )
    return (
        '<div class="article-related-posts">\n<h3 class="related-title">Bài viết liên quan</h3>\n'
        '<div class="row">' + "".join(cards) + "</div>\n</div>"
    )


def share_html(request: Request, story: Story) -> str:
    url = quote(base_url(request) + sef(story), safe="")
    return (
        '<div class="astroid-social-share my-3"><div class="a2a_kit a2a_kit_size_28 a2a_default_style" '
        f'data-a2a-url="{base_url(request)}{sef(story)}" data-a2a-title="{esc(story.title)}">'
        f'<a class="a2a_button_facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" '
        'target="_blank" rel="nofollow noopener"></a>'
        f'<a class="a2a_button_zalo" href="https://sp.zalo.me/share_inline?d={url}" target="_blank" '
        'rel="nofollow noopener"></a>'
        '<a class="a2a_button_copy_link"></a><a class="a2a_dd" href="https://www.addtoany.com/share"></a>'
        "</div></div>"
    )


def tools_html(story: Story) -> str:
    return (
        '<div class="tkh-cc-01 d-flex justify-content-end small mb-2">'
        f'<a href="{esc(print_route(story))}" rel="nofollow" title="In bài viết" onclick="window.open(this.href,'
        "'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,"
        'directories=no,location=no\'); return false;"><i class="fas fa-print"></i> In bài</a>'
        '&nbsp;|&nbsp;<a href="javascript:void(0)" onclick="tkhCoChu(1)" title="Tăng cỡ chữ">A+</a>'
        '&nbsp;<a href="javascript:void(0)" onclick="tkhCoChu(-1)" title="Giảm cỡ chữ">A-</a>'
        '&nbsp;|&nbsp;<span class="article-reading-time"><i class="far fa-clock"></i> Thời gian đọc: '
        f"{max(1, len(' '.join(b.text for b in story.blocks if isinstance(b, P)).split()) // 200)} phút</span>"
        "</div>"
    )


AUTHOR_BOX = (
    '<div class="author-wrap mt-4"><div class="author-info d-flex p-3 border">'
    '<div class="author-avatar me-3"><img src="/images/avatar/quantri.png" class="rounded-circle" width="72" '
    'height="72" alt="Quản trị viên"></div><div class="author-detail"><h4 class="author-name">Quản trị viên</h4>'
    '<p class="author-bio">Ban biên tập Website Trường THPT chuyên Thủ Khoa Huân</p>'
    '<ul class="author-social list-inline"><li class="list-inline-item"><a href="https://www.facebook.com/'
    'thptchuyenthukhoahuan" target="_blank" rel="noopener"><i class="fab fa-facebook-f"></i></a></li></ul>'
    "</div></div></div>"
)


def article_main(request: Request, story: Story, *, home_itemid: bool = False) -> str:
    cat = CATS[story.cat]
    heading = (
        ""
        if home_itemid
        else f'<div class="page-header">\n\t<h1> {esc(cat["name"])} </h1>\n</div>\n'
    )
    return (
        '<div class="com-content-article item-page tkh-baiviet" itemscope itemtype="https://schema.org/Article">\n'
        '<meta itemprop="inLanguage" content="vi-VN">\n'
        f"{heading}"
        f'<div class="page-header">\n\t<h2 itemprop="headline">\n\t\t{esc(title_of(story))}\t</h2>\n</div>\n'
        f"{tools_html(story)}\n{info_block(story)}\n{fields_html(story)}\n{figure_html(story)}\n"
        f'<div itemprop="articleBody" class="com-content-article__body">\n{article_text(story)}\n</div>\n'
        f"{tags_html(story)}\n{share_html(request, story)}\n{AUTHOR_BOX}\n{related_html(story)}\n</div>"
    )


# --- chrome ---------------------------------------------------------------------------------


def _menu(active: int, offcanvas: bool = False) -> str:
    lis = []
    for itemid, title, href, children in MENU:
        cls = f"nav-item nav-item-id-{itemid} nav-item-level-1"
        if children:
            cls += " nav-item-deeper nav-item-parent has-megamenu nav-item-dropdown"
        if itemid == active or any(c[0] == active for c in children):
            cls += " nav-item-active"
        link = href or "javascript:void(0);"
        kind = "item-link-component" if href else "item-link-heading"
        icon = '<i class="fas fa-home"></i> ' if itemid == 101 else ""
        caret = ' <i class="fas fa-chevron-down nav-item-caret"></i>' if children else ""
        sub = ""
        if children:
            subs = "".join(
                f'<li data-position="right" class="nav-item-submenu nav-item-id-{cid} nav-item-level-2'
                f'{" nav-item-active" if cid == active else ""}"><a href="{chref}" title="{esc(ct)}" class="as-menu-item '
                f'nav-link-item-id-{cid} item-link-component item-level-2" data-drop-action="hover">'
                f'<span class="nav-title"><span class="nav-title-text">{esc(ct)}</span></span></a></li>'
                for cid, ct, chref in children
            )
            sub = (
                '<div style="width:260px" class="megamenu-container nav-submenu-container nav-item-level-1">'
                f'<ul class="nav-submenu">{subs}</ul></div>'
            )
        lis.append(
            f'<li data-position="right" class="{cls}"><a href="{link}" title="{esc(title)}" class="as-menu-item '
            f'nav-link-item-id-{itemid} nav-link {kind} item-level-1" data-drop-action="hover">'
            f'<span class="nav-title">{icon}<span class="nav-title-text">{esc(title)}</span>{caret}</span></a>{sub}</li>'
        )
    if offcanvas:
        return '<ul class="astroid-mobile-menu d-none">' + "".join(lis) + "</ul>"
    return '<ul class="nav astroid-nav d-none d-lg-flex">' + "".join(lis) + "</ul>"


def _crumbs(crumbs: list[tuple[str, str | None]]) -> str:
    items = [
        '<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>',
    ]
    for n, (label, href) in enumerate(crumbs, 1):
        last = n == len(crumbs)
        if href and not last:
            inner = f'<a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
        else:
            inner = f'<span itemprop="name">{esc(label)}</span>'
        active = " active" if last else ""
        items.append(
            f'<li{" aria-current=page" if last else ""} itemprop="itemListElement" itemscope '
            f'itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item{active}">'
            f'{inner}<meta itemprop="position" content="{n}"></li>'
        )
    return (
        '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope '
        'itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
        + "".join(items)
        + "</ol></nav>"
    )


def _moduletable(title: str, body: str, mid: int, cls: str = "") -> str:
    return (
        f'<div class="moduletable {cls}" id="mod-{mid}"><h3 class="module-title"><span>{esc(title)}</span></h3>'
        f'<div class="module-content">{body}</div></div>'
    )


def popular_html() -> str:
    lis = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{sef(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(title_of(s))}</span></a> <small class="text-muted">({s.opts["hits"]})</small></li>'
        for s in POPULAR
    )
    return f'<ul class="mostread mod-list">{lis}</ul>'


VISITORS = (
    '<div class="vinaora_visitors_counter"><div class="vvc_digit_counter">'
    + "".join(
        f'<span class="vvc-digit"><img src="/modules/mod_vvisit_counter/images/digit/sport/{d}.png" alt="{d}"></span>'
        for d in "1284903"
    )
    + '</div><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vvc_stats"><tbody>'
    + "".join(
        f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/default/{ic}.png" alt="{lab}" '
        f'title="{lab}"></td><td>{lab}</td><td align="right">{val}</td></tr>'
        for ic, lab, val in [
            ("vtoday", "Hôm nay", "412"),
            ("vyesterday", "Hôm qua", "655"),
            ("vweek", "Tuần này", "2.971"),
            ("vmonth", "Tháng này", "3.528"),
            ("vall", "Tổng truy cập", "1.284.903"),
        ]
    )
    + '</tbody></table><hr style="width: 90%"><div class="vvc_online">Đang online: <b>27</b></div>'
    '<div style="text-align: center;" class="vvc_bottom"><span>Khách: 25 | Thành viên: 2</span></div></div>'
)

POLL = (
    '<form action="/index.php" method="post" name="form2" id="acepolls-form-1" class="acepolls">'
    '<p class="acepolls-question">Bạn biết đến Website của nhà trường qua kênh nào?</p>'
    + "".join(
        f'<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="voteid{n}" '
        f'value="{n}"><label class="form-check-label" for="voteid{n}">{esc(lab)}</label></div>'
        for n, lab in enumerate(
            [
                "Giáo viên giới thiệu",
                "Bạn bè, người thân",
                "Mạng xã hội Facebook, Zalo",
                "Tìm kiếm Google",
            ],
            11,
        )
    )
    + '<input type="hidden" name="option" value="com_acepolls"><input type="hidden" name="task" value="vote">'
    '<input type="hidden" name="id" value="1"><input type="hidden" name="6f2c9a1be7d04f85a3c1e2d4b5a6978c" value="1">'
    '<div class="mt-2"><button type="submit" class="btn btn-sm btn-primary">Bình chọn</button> '
    '<a class="btn btn-sm btn-outline-secondary" href="javascript:void(0)" onclick="acepollsKetQua(1)">Kết quả</a>'
    "</div></form>"
)

LINKS = (
    '<select class="form-select form-select-sm" onchange="if(this.value) window.open(this.value,\'_blank\');">'
    '<option value="">--- Liên kết website ---</option>'
    '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
    '<option value="https://sgddt.dongthap.gov.vn">Sở GD&amp;ĐT Đồng Tháp</option>'
    '<option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>'
    '<option value="https://baodongthap.vn">Báo Đồng Tháp</option>'
    '<option value="https://thithu.thptchuyentkh.edu.vn">Hệ thống thi trực tuyến</option>'
    "</select>"
)


def sidebar() -> str:
    notice = (
        '<div class="tkh-tbmoi" style="height:120px; overflow:hidden;"><marquee direction="up" scrollamount="2" '
        'onmouseover="this.stop()" onmouseout="this.start()"><p><i class="fas fa-bullhorn text-danger"></i> '
        f'<a href="{sef(N1)}">Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027</a> <img src="{TPL}/images/new.gif" '
        'alt="new"></p><p><i class="fas fa-bullhorn text-danger"></i> Nghỉ học ngày 22/12 để tổ chức Hội khỏe '
        "Phù Đổng cấp trường.</p></marquee></div>"
    )
    banners = (
        '<div class="tkh-banner"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener">'
        '<img src="/images/banners/dich-vu-cong.jpg" alt="Cổng dịch vụ công quốc gia" width="300" height="90"></a>'
        '<a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/bo-gddt.jpg" '
        'alt="Bộ GD&amp;ĐT" width="300" height="90"></a></div>'
    )
    return (
        '<div class="astroid-module-position" id="sidebar-right">'
        + _moduletable("Thông báo mới", notice, 131, "tkh-mod-tb")
        + _moduletable("Tin đọc nhiều", popular_html(), 132)
        + _moduletable("Liên kết website", LINKS, 133)
        + _moduletable("Thăm dò ý kiến", POLL, 134)
        + _moduletable("Thống kê truy cập", VISITORS, 135)
        + banners
        + "</div>"
    )


def _head(request: Request, title: str, desc: str, extra: str = "") -> str:
    base = base_url(request)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi-vn" dir="ltr">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="keywords" content="THPT chuyên Thủ Khoa Huân, trường chuyên Đồng Tháp, chuyen thu khoa huan">\n'
        f'<meta name="description" content="{esc(desc)}">\n'
        '<meta name="generator" content="Joomla! - Open Source Content Management">\n'
        f"<title>{esc(title)}</title>\n"
        f'<link href="{TPL}/images/favicon.png" rel="shortcut icon" type="image/png">\n'
        f'<link href="{TPL}/css/compiled-3f4b9c0d8a1e2f5b6c7d8e9f0a1b2c3d.css" rel="stylesheet">\n'
        f'<link href="{TPL}/css/custom.css?2f8e1a" rel="stylesheet">\n'
        '<link href="/media/astroid/assets/vendor/fontawesome/css/all.min.css?2f8e1a" rel="stylesheet">\n'
        f"{extra}"
        '<script type="application/json" class="joomla-script-options new">{"csrf.token":'
        '"6f2c9a1be7d04f85a3c1e2d4b5a6978c","system.paths":{"root":"","rootFull":"' + base + '\\/",'
        '"base":"","baseFull":"'
        + base
        + '\\/"},"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Thông báo",'
        '"NOTICE":"Chú ý","WARNING":"Cảnh báo"}}</script>\n'
        '<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>\n'
        '<script src="/media/astroid/assets/js/astroid.min.js?2f8e1a"></script>\n'
        '<script src="/media/plg_system_jchoptimize/js/ls.loader.min.js?2f8e1a" async></script>\n'
        "</head>\n"
    )


def _header(active: int) -> str:
    return (
        '<section class="astroid-section astroid-header-top" id="ht-1528971561366"><div class="container">'
        '<div class="astroid-row row"><div class="astroid-column col-md-6">'
        f'<div class="tkh-ngay"><i class="far fa-calendar-alt"></i> {TODAY}</div></div>'
        '<div class="astroid-column col-md-6 text-end"><span class="astroid-contact-phone">'
        '<i class="fas fa-phone-alt"></i> 0273.3872.369</span> <span class="astroid-social-icons">'
        '<a href="https://www.facebook.com/thptchuyenthukhoahuan" target="_blank" rel="noopener"><i class="fab '
        'fa-facebook-f"></i></a> <a href="https://www.youtube.com/@thptchuyenthukhoahuan" target="_blank" '
        'rel="noopener"><i class="fab fa-youtube"></i></a></span></div></div></div></section>\n'
        '<section class="astroid-section astroid-header-section" id="hs-1529472563843"><div class="container">'
        '<header id="astroid-header" class="astroid-header astroid-horizontal-header astroid-horizontal-right-header"'
        ' data-megamenu data-megamenu-class=".has-megamenu" data-megamenu-content-class=".megamenu-container" '
        'data-dropdown-arrow="true" data-header-offset="true" data-transition-speed="300" '
        'data-megamenu-animation="slide" data-easing="linear" data-astroid-trigger="hover" '
        'data-megamenu-submenu-class=".nav-submenu,.nav-submenu-static"><div class="d-flex flex-row '
        'justify-content-between"><div class="header-left-section d-flex justify-content-start">'
        '<div class="astroid-logo"><a class="site-logo" href="/"><img class="site-logo-default" '
        'src="/images/logo/logo-tkh.png" alt="Trường THPT chuyên Thủ Khoa Huân" width="420" height="90">'
        '</a></div></div><div class="header-right-section d-flex justify-content-end flex-lg-grow-1">'
        f'<nav class="astroid-nav-wraper align-self-center px-2 d-none d-lg-block mr-auto w-100">{_menu(active)}</nav>'
        '<div class="header-right-block d-none d-lg-block align-self-center px-2"><div class="header-block-item">'
        '<form class="mod-finder js-finder-searchform form-search" action="/component/finder/search" method="get" '
        'role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Tìm kiếm</label>'
        '<input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" '
        'value="" placeholder="Tìm kiếm..."><input type="hidden" name="Itemid" value="101"></form></div></div>'
        '<div class="d-flex d-lg-none justify-content-end"><div class="header-offcanvas-trigger burger-menu-button '
        'align-self-center" data-offcanvas="#astroid-offcanvas" data-effect="st-effect-3" '
        'data-direction="offcanvasDirRight"><button aria-label="Off-Canvas Toggle" type="button" class="button">'
        '<span class="box"><span class="inner"></span></span></button></div></div></div></div></header>'
        "</div></section>\n"
    )


FOOTER = (
    '<section class="astroid-section astroid-footer-section" id="fs-1528971627712"><div class="container">'
    '<div class="astroid-row row"><div class="astroid-column col-lg-6"><div class="moduletable ">'
    '<div class="custom"><p><strong>TRƯỜNG THPT CHUYÊN THỦ KHOA HUÂN</strong></p>'
    "<p>Địa chỉ: Số 1, đường Thủ Khoa Huân, phường Mỹ Tho, tỉnh Đồng Tháp</p>"
    "<p>Điện thoại: 0273.3872.369 – Fax: 0273.3872.370</p>"
    '<p>Email: <joomla-hidden-mail is-link="1" is-email="1" first="dGhwdGNodXllbnRraA==" '
    'last="ZG9uZ3RoYXAuZWR1LnZu" text="dGhwdGNodXllbnRraEBkb25ndGhhcC5lZHUudm4=" base="">Địa chỉ email này '
    "đang được bảo vệ khỏi chương trình thư rác, bạn cần kích hoạt JavaScript để xem nó.</joomla-hidden-mail></p>"
    "<p>Chịu trách nhiệm nội dung: ThS. Nguyễn Văn Sáng – Hiệu trưởng</p></div></div></div>"
    '<div class="astroid-column col-lg-6"><div class="moduletable "><iframe src="https://www.google.com/maps/'
    'embed?pb=!1m18!1m12!1m3!1d3925.2!2d106.36!3d10.35" width="100%" height="180" style="border:0;" '
    'loading="lazy" title="Bản đồ"></iframe></div></div></div></div></section>\n'
    '<section class="astroid-section astroid-copyright" id="cs-1528971627713"><div class="container">'
    '<div class="astroid-copyright-text">© 2026 Bản quyền thuộc Trường THPT chuyên Thủ Khoa Huân. '
    "Ghi rõ nguồn khi phát hành lại thông tin từ website này. Thiết kế: Trung tâm CNTT&amp;TT Đồng Tháp</div>"
    "</div></section>\n"
)


def layout(
    request: Request,
    *,
    title: str,
    main: str,
    itemid: int,
    crumbs: list[tuple[str, str | None]] | None,
    body_class: str,
    desc: str = "Cổng thông tin điện tử Trường THPT chuyên Thủ Khoa Huân, tỉnh Đồng Tháp",
    with_sidebar: bool = True,
    extra_head: str = "",
) -> Response:
    crumb_html = ""
    if crumbs is not None:
        crumb_html = (
            '<section class="astroid-section tkh-breadcrumbs" id="bc-1529739248826"><div class="container">'
            f'<div class="astroid-module-position">{_crumbs(crumbs)}</div></div></section>\n'
        )
    if with_sidebar:
        columns = (
            f'<div class="astroid-column col-lg-8 col-md-12" id="ac-1528971561366"><main class="astroid-component-area">'
            f'<div id="system-message-container" aria-live="polite"></div>\n{main}\n</main></div>'
            f'<div class="astroid-column col-lg-4 col-md-12" id="ac-1529739273646">{sidebar()}</div>'
        )
    else:
        columns = (
            '<div class="astroid-column col-lg-12" id="ac-1528971561366"><main class="astroid-component-area">'
            f'<div id="system-message-container" aria-live="polite"></div>\n{main}\n</main></div>'
        )
    page = (
        _head(request, title, desc, extra_head)
        + f'<body class="site astroid-framework {body_class} itemid-{itemid} tp-style-11 vi-VN ltr">\n'
        '<div id="astroid-preloader" class="d-flex align-items-center justify-content-center position-fixed" '
        'style="top:0;left:0;right:0;bottom:0;z-index:99999;background:#fff"><div class="pl-circle"></div></div>\n'
        '<button type="button" title="Back to Top" id="astroid-backtotop" class="btn circle hideonsm hideonxs">'
        '<i class="fas fa-arrow-up"></i></button>\n'
        '<div class="astroid-container">\n'
        '<div class="astroid-offcanvas d-none d-init" id="astroid-offcanvas" data-effect="st-effect-3" '
        'data-direction="offcanvasDirRight"><div class="burger-menu-button active"><button aria-label="Off-Canvas '
        'Toggle" type="button" class="button close-offcanvas offcanvas-close-btn"><span class="box"><span '
        f'class="inner"></span></span></button></div><div class="astroid-offcanvas-inner">{_menu(itemid, True)}'
        "</div></div>\n"
        '<div class="astroid-content"><div class="astroid-layout astroid-layout-wide"><div class="astroid-wrapper">\n'
        + _header(itemid)
        + crumb_html
        + '<section class="astroid-section astroid-component-section" id="cs-1528971561366"><div class="container">'
        f'<div class="astroid-row row no-gutters gx-4" id="ar-1528971561366">{columns}</div></div></section>\n'
        + FOOTER
        + "</div></div></div></div>\n"
        '<script>document.querySelectorAll("img.jch-lazyload").forEach(function(i){i.src=i.dataset.src;});</script>\n'
        "</body>\n</html>\n"
    )
    return html(page)


def article_crumbs(story: Story, *, home_itemid: bool = False) -> list[tuple[str, str | None]]:
    cat = CATS[story.cat]
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/")]
    if cat["heading"] and not home_itemid:
        crumbs.append((cat["heading"], None))
    crumbs.append((cat["name"], cat["path"]))
    crumbs.append((title_of(story), None))
    return crumbs


def article_page(request: Request, story: Story, *, home_itemid: bool = False) -> Response:
    cat = CATS[story.cat]
    first = next(b for b in story.blocks if isinstance(b, P))
    desc = first.text[:155].rsplit(" ", 1)[0] + "…" if story.id % 2 else ""
    return layout(
        request,
        title=title_of(story) + SUFFIX,
        main=article_main(request, story, home_itemid=home_itemid),
        itemid=101 if home_itemid else cat["itemid"],
        crumbs=article_crumbs(story, home_itemid=home_itemid),
        body_class="com-content view-article layout-default "
        + cat["path"].strip("/").replace("/", "-"),
        desc=desc or "Cổng thông tin điện tử Trường THPT chuyên Thủ Khoa Huân, tỉnh Đồng Tháp",
        extra_head='<meta name="author" content="Quản trị viên">\n',
    )


def print_page(request: Request, story: Story) -> Response:
    body = (
        _head(
            request,
            title_of(story) + SUFFIX,
            "Cổng thông tin điện tử Trường THPT chuyên Thủ Khoa Huân",
        )
        + '<body class="contentpane component">\n<div id="system-message-container" aria-live="polite"></div>\n'
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
        '<meta itemprop="inLanguage" content="vi-VN">\n'
        f'<div class="page-header"><h2 itemprop="headline">{esc(title_of(story))}</h2></div>\n'
        f"{info_block(story)}\n{fields_html(story)}\n{figure_html(story)}\n"
        f'<div itemprop="articleBody" class="com-content-article__body">\n{article_text(story)}\n</div>\n'
        "</div>\n<script>window.print();</script>\n</body>\n</html>\n"
    )
    return html(body)


# --- listings -------------------------------------------------------------------------------


def _blog_item(story: Story, cat: dict) -> str:
    link_titles = cat.get("link_titles", True)
    intro_n = story.opts.get("intro_blocks", 1)
    title = esc(title_of(story))
    head = f'<a href="{sef(story)}" itemprop="url">{title}</a>' if link_titles else title
    thumb = story.opts.get("thumb")
    fig = ""
    if thumb and intro_n is not None:
        img = lazy_img(thumb, story.title, 400, 267)
        fig = (
            f'<figure class="left item-image"><a href="{sef(story)}" itemprop="url" title="{title}">{img}</a></figure>'
            if link_titles
            else f'<figure class="left item-image">{img}</figure>'
        )
    if intro_n is None:
        intro = render_text(story, story.blocks)
        more = ""
    else:
        first = next(b for b in story.blocks if isinstance(b, P))
        intro = f"<p>{tx(story, first.text)}</p>"
        more = (
            f'<p class="readmore"><a class="btn btn-secondary" href="{sef(story)}" aria-label="Đọc thêm: {title}">'
            f'<span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {title}</a></p>'
        )
    return (
        '<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope '
        f'itemtype="https://schema.org/BlogPosting">\n{fig}\n<div class="item-content">\n'
        f'<div class="page-header"><h2 itemprop="name">{head}</h2></div>\n'
        f"{info_block(story, listing=True)}\n{intro}\n{more}\n</div>\n</div>"
    )


def _pagination(path: str, page: int, pages: int, per: int) -> str:
    def href(p: int) -> str:
        return path if p == 1 else f"{path}?start={(p - 1) * per}"

    lis = []
    if page == 1:
        lis.append(
            '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li>'
        )
        lis.append(
            '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-left" aria-hidden="true"></span></span></li>'
        )
    else:
        lis.append(
            f'<li class="page-item"><a aria-label="Đi tới trang đầu" href="{href(1)}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>'
        )
        lis.append(
            f'<li class="page-item"><a aria-label="Đi tới trang trước" href="{href(page - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
        )
    for p in range(1, pages + 1):
        if p == page:
            lis.append(
                f'<li class="active page-item"><a aria-current="true" aria-label="Trang {p}" href="#" class="page-link">{p}</a></li>'
            )
        else:
            lis.append(
                f'<li class="page-item"><a aria-label="Đi tới trang {p}" href="{href(p)}" class="page-link">{p}</a></li>'
            )
    if page == pages:
        lis.append(
            '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-right" aria-hidden="true"></span></span></li>'
        )
        lis.append(
            '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-right" aria-hidden="true"></span></span></li>'
        )
    else:
        lis.append(
            f'<li class="page-item"><a aria-label="Đi tới trang tiếp" href="{href(page + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>'
        )
        lis.append(
            f'<li class="page-item"><a aria-label="Đi tới trang cuối" href="{href(pages)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
        )
    return (
        '<div class="com-content-category-blog__navigation w-100">'
        f'<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">Trang {page} của {pages}</p>'
        '<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="Phân trang">'
        f'<ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div></div>'
    )


def blog_page(request: Request, key: str, start: int) -> Response | None:
    cat = CATS[key]
    items = cat_stories(key)
    per = cat.get("per_page", 10)
    if start % per or (start and start >= len(items)):
        return None
    page = start // per + 1
    pages = max(1, -(-len(items) // per))
    chunk = items[start : start + per]
    leading, intro = chunk[:1], chunk[1:]
    main = (
        '<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">\n'
        f'<div class="page-header"><h1> {esc(cat["name"])} </h1></div>\n'
        '<div class="com-content-category-blog__items blog-items items-leading ">\n'
        + "\n".join(_blog_item(s, cat) for s in leading)
        + "\n</div>\n"
        + '<div class="com-content-category-blog__items blog-items masonry-2 ">\n'
        + "\n".join(_blog_item(s, cat) for s in intro)
        + "\n</div>\n"
        + (_pagination(cat["path"], page, pages, per) if pages > 1 else "")
        + "\n</div>"
    )
    crumbs: list[tuple[str, str | None]] = [("Trang chủ", "/")]
    if cat["heading"]:
        crumbs.append((cat["heading"], None))
    crumbs.append((cat["name"], None))
    title = cat["name"] + (f" - Trang {page}" if page > 1 else "") + SUFFIX
    return layout(
        request,
        title=title,
        main=main,
        itemid=cat["itemid"],
        crumbs=crumbs,
        body_class="com-content view-category layout-blog "
        + cat["path"].strip("/").replace("/", "-"),
    )


def list_page(request: Request, key: str) -> Response:
    cat = CATS[key]
    rows = "".join(
        f'<tr class="cat-list-row{n % 2}"><th class="list-title" scope="row"><a href="{sef(s)}">'
        f'{esc(title_of(s))}</a></th><td class="list-date small">{s.opts["list_date"]}</td>'
        f'<td class="list-hits"><span class="badge bg-info">Lượt xem: {s.opts["hits"]}</span></td></tr>'
        for n, s in enumerate(cat_stories(key))
    )
    limit = request.params.get("limit") or request.form.get("limit") or "10"
    opts = "".join(
        f'<option value="{v}"{" selected" if v == limit else ""}>{"Tất cả" if v == "0" else v}</option>'
        for v in ["5", "10", "15", "20", "25", "30", "50", "100", "0"]
    )
    main = (
        '<div class="com-content-category category-list">\n'
        f'<div class="page-header"><h1> {esc(cat["name"])} </h1></div>\n'
        f'<form action="{cat["path"]}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">'
        '<div class="com-content__filter btn-group"><label class="filter-search-lbl visually-hidden" '
        'for="filter-search">Lọc</label><input type="text" name="filter-search" id="filter-search" value="" '
        'class="inputbox" onchange="document.adminForm.submit();" placeholder="Lọc"><button type="submit" '
        'name="filter_submit" class="btn btn-primary">Lọc</button></div>'
        '<div class="com-content-category__pagination btn-group float-end"><label for="limit" '
        f'class="visually-hidden">Hiển thị #</label><select id="limit" name="limit" class="form-select" '
        f'onchange="this.form.submit()">{opts}</select></div>'
        '<table class="com-content-category__table category table table-striped table-bordered table-hover">'
        '<caption class="visually-hidden">Bài viết</caption><thead><tr><th scope="col" id="categorylist_header_title">'
        "<a href=\"#\" onclick=\"Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm'));"
        'return false;" class="hasPopover" title="Tiêu đề" data-bs-content="Chọn để sắp xếp theo cột này">Tiêu đề</a>'
        '</th><th scope="col" id="categorylist_header_date">Ngày đăng</th><th scope="col" '
        f'id="categorylist_header_hits">Lượt xem</th></tr></thead><tbody>{rows}</tbody></table>'
        '<input type="hidden" name="filter_order" value=""><input type="hidden" name="filter_order_Dir" value="">'
        '<input type="hidden" name="limitstart" value=""><input type="hidden" name="task" value=""></form></div>'
    )
    return layout(
        request,
        title=cat["name"] + SUFFIX,
        main=main,
        itemid=cat["itemid"],
        crumbs=[("Trang chủ", "/"), (cat["heading"], None), (cat["name"], None)],
        body_class="com-content view-category layout-default "
        + cat["path"].strip("/").replace("/", "-"),
    )


def tag_page(request: Request, alias: str) -> Response | None:
    if alias not in TAGS:
        return None
    tid, name = TAGS[alias]
    items = sorted(
        (s for s in STORIES if alias in (s.opts.get("tags") or [])),
        key=lambda s: s.published_at,
        reverse=True,
    )
    lis = "".join(
        '<li class="list-group-item list-group-item-action">'
        f'<h3><a href="{sef(s)}">{esc(title_of(s))}</a></h3>'
        f'<span class="tag-body">{tx(s, next(b for b in s.blocks if isinstance(b, P)).text[:180])}…</span></li>'
        for s in items
    )
    main = (
        '<div class="com-tags-tag tag-category">\n'
        f'<h1>{esc(name)}</h1>\n<form action="/component/tags/tag/{alias}" method="post" name="adminForm" '
        f'id="adminForm" class="com-tags-tag__items"><ul class="com-tags-tag__category category list-group">{lis}</ul>'
        '<input type="hidden" name="limitstart" value=""><input type="hidden" name="task" value=""></form>\n</div>'
    )
    return layout(
        request,
        title=name + SUFFIX,
        main=main,
        itemid=101,
        crumbs=[("Trang chủ", "/"), (name, None)],
        body_class=f"com-tags view-tag layout-default tag-{tid}",
    )


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    found = (
        [s for s in STORIES if q and q.lower() in unicodedata.normalize("NFC", s.title).lower()]
        if q
        else []
    )
    lis = "".join(
        f'<li class="result__item"><p class="result__title"><a href="{sef(s)}" class="result__title-link">'
        f'<span class="result__title-text">{esc(title_of(s))}</span></a></p><p class="result__taxonomy">'
        f"Danh mục: {esc(CATS[s.cat]['name'])}</p></li>"
        for s in found
    )
    msg = (
        f'<div id="search-result-empty" class="com-finder__empty"><h2>Không tìm thấy kết quả nào</h2><p>Không có kết '
        f"quả nào phù hợp với từ khóa <strong>{esc(q)}</strong>.</p></div>"
        if not found
        else f'<ol id="search-result-list" class="com-finder__results-list">{lis}</ol>'
    )
    main = (
        '<div class="com-finder finder"><h1>Tìm kiếm</h1><form action="/component/finder/search" method="get" '
        f'class="js-finder-searchform"><input type="text" name="q" value="{esc(q)}" class="form-control">'
        '<button type="submit" class="btn btn-primary">Tìm kiếm</button></form>'
        f'<div id="search-results" class="com-finder__results">{msg}</div></div>'
    )
    return layout(
        request,
        title="Tìm kiếm" + SUFFIX,
        main=main,
        itemid=101,
        crumbs=[("Trang chủ", "/"), ("Tìm kiếm", None)],
        body_class="com-finder view-search layout-default",
    )


# --- SPPB home ------------------------------------------------------------------------------


def _sppb_addon(aid: int, inner: str) -> str:
    return (
        f'<div id="sppb-addon-wrapper-{aid}" class="sppb-addon-wrapper"><div id="sppb-addon-{aid}" class="clearfix">'
        f"{inner}</div></div>"
    )


def home_page(request: Request) -> Response:
    slides = []
    for n, sid in enumerate(SLIDER):
        s = BY_ID[sid]
        img = next((b.src for b in s.blocks if isinstance(b, Img)), s.opts.get("thumb"))
        first = next(b for b in s.blocks if isinstance(b, P)).text
        slides.append(
            f'<div class="sppb-item sppb-item-has-bg{" active" if n == 0 else ""}">'
            f'<img src="{img}" alt="{esc(s.title)}"><div class="sppb-carousel-item-inner"><div class="sppb-carousel-caption">'
            f'<div class="sppb-carousel-text"><h2>{esc(title_of(s))}</h2><div class="sppb-carousel-content">'
            f'{esc(first[:120])}…</div><a href="{esc(home_route(s))}" id="btn-168015221{n}" '
            'class="sppb-btn sppb-btn-primary sppb-btn-rounded">Xem chi tiết</a></div></div></div></div>'
        )
    slider = (
        '<div id="sppb-carousel-1680152214843" data-interval="5000" class="sppb-carousel sppb-slide" '
        'data-sppb-ride="sppb-carousel"><ol class="sppb-carousel-indicators">'
        + "".join(
            f'<li data-sppb-target="#sppb-carousel-1680152214843" {"class=active " if n == 0 else ""}data-sppb-slide-to="{n}"></li>'
            for n in range(len(SLIDER))
        )
        + '</ol><div class="sppb-carousel-inner">'
        + "".join(slides)
        + '</div><a href="#sppb-carousel-1680152214843" class="sppb-carousel-arrow left sppb-carousel-control" '
        'data-slide="prev" aria-label="Previous"><i class="fa fa-chevron-left"></i></a>'
        '<a href="#sppb-carousel-1680152214843" class="sppb-carousel-arrow right sppb-carousel-control" '
        'data-slide="next" aria-label="Next"><i class="fa fa-chevron-right"></i></a></div>'
    )
    arts = []
    for sid in LATEST:
        s = BY_ID[sid]
        cat = CATS[s.cat]
        first = next(b for b in s.blocks if isinstance(b, P)).text
        arts.append(
            '<div class="sppb-addon-article-layout sppb-col-md-6"><div class="sppb-addon-article">'
            f'<a href="{sef(s)}" itemprop="url"><img class="sppb-img-responsive" src="{s.opts["thumb"]}" '
            f'alt="{esc(s.title)}" itemprop="thumbnailUrl" loading="lazy"></a><div class="sppb-article-info-wrap">'
            f'<h3><a href="{sef(s)}" itemprop="url">{esc(title_of(s))}</a></h3><div class="sppb-article-meta">'
            f'<span class="sppb-meta-date" itemprop="datePublished">{datetime.fromisoformat(s.published_at):%d} '
            f"Tháng {datetime.fromisoformat(s.published_at).month} 2026</span>"
            f'<span class="sppb-meta-category"><a href="{cat["path"]}" itemprop="genre">{esc(cat["name"])}</a></span>'
            f'</div><div class="sppb-article-introtext">{tx(s, first[:160])}…</div>'
            f'<a class="sppb-readmore" href="{sef(s)}" itemprop="url">Xem tiếp <i class="fa fa-angle-right"></i></a>'
            "</div></div></div>"
        )
    latest = (
        '<div class="sppb-addon sppb-addon-articles"><h3 class="sppb-addon-title">Tin mới</h3>'
        f'<div class="sppb-addon-content"><div class="sppb-row">{"".join(arts)}</div></div></div>'
    )
    notices = (
        '<div class="sppb-addon sppb-addon-articles tkh-tb"><h3 class="sppb-addon-title">Thông báo</h3>'
        '<div class="sppb-addon-content"><ul class="tkh-tb-list">'
        + "".join(
            f'<li><i class="fa fa-caret-right"></i> <a href="{sef(s)}">{esc(title_of(s))}</a> '
            f'<span class="sppb-meta-date">({s.opts["list_date"].replace("-", "/")})</span></li>'
            for s in cat_stories("thong-bao")
        )
        + '</ul><a class="sppb-btn sppb-btn-link" href="/tin-tuc/thong-bao">Xem tất cả</a></div></div>'
    )
    welcome = (
        '<div class="sppb-addon sppb-addon-text-block"><h3 class="sppb-addon-title">Giới thiệu</h3>'
        '<div class="sppb-addon-content"><p>Trường THPT chuyên Thủ Khoa Huân được thành lập năm 1986, là cái nôi '
        "đào tạo, bồi dưỡng học sinh năng khiếu của tỉnh. Trải qua 40 năm xây dựng và phát triển, nhà trường đã "
        "có hàng trăm học sinh đạt giải quốc gia, quốc tế.</p>"
        '<p><a class="sppb-btn sppb-btn-default" href="/gioi-thieu/lich-su-phat-trien">Xem thêm</a></p></div></div>'
    )
    video = (
        '<div class="sppb-addon sppb-addon-video"><h3 class="sppb-addon-title">Video</h3>'
        '<div class="sppb-video-block sppb-embed-responsive sppb-embed-responsive-16by9"><iframe '
        'class="sppb-embed-responsive-item" src="https://www.youtube-nocookie.com/embed/Xk2lQ7bT0aE?iv_load_policy=3'
        '&amp;rel=0" title="Phóng sự 40 năm" webkitAllowFullScreen mozallowfullscreen allowFullScreen loading="lazy">'
        '</iframe></div><p><a href="/video/phong-su-truong-thpt-chuyen-thu-khoa-huan-40-nam-xay-dung-va-phat-trien">'
        "Phóng sự: Trường THPT chuyên Thủ Khoa Huân – 40 năm xây dựng và phát triển</a></p></div>"
    )
    boxes = "".join(
        f'<div class="sppb-col-md-3"><div class="sppb-addon sppb-addon-feature"><div class="sppb-addon-content '
        f'sppb-text-center"><span class="sppb-icon"><i class="fas {ic}"></i></span><h3 class="sppb-feature-box-title">'
        f'<a href="{href}">{esc(lab)}</a></h3></div></div></div>'
        for ic, lab, href in [
            ("fa-images", "Thư viện ảnh", "/thu-vien-anh"),
            ("fa-file-alt", "Văn bản", "/van-ban"),
            ("fa-calendar-week", "Lịch công tác", "/lich-cong-tac"),
            ("fa-envelope", "Liên hệ", "/lien-he"),
        ]
    )
    counter = (
        '<div class="sppb-addon sppb-addon-module"><h3 class="sppb-addon-title">Thống kê truy cập</h3>'
        f'<div class="sppb-addon-content">{VISITORS}</div></div>'
    )
    main = (
        '<div id="sp-page-builder" class="sp-page-builder  page-1 "><div class="page-content">\n'
        '<section id="section-id-1680152214839" class="sppb-section"><div class="sppb-row-container"><div class="sppb-row">'
        '<div class="sppb-col-md-8" id="column-wrap-id-1680152214840"><div id="column-id-1680152214840" class="sppb-column">'
        '<div class="sppb-column-addons">'
        + _sppb_addon(1680152214843, slider)
        + _sppb_addon(1680152214850, latest)
        + '</div></div></div><div class="sppb-col-md-4" id="column-wrap-id-1680152214841"><div id="column-id-1680152214841" '
        'class="sppb-column"><div class="sppb-column-addons">'
        + _sppb_addon(1680152214851, notices)
        + _sppb_addon(1680152214852, welcome)
        + _sppb_addon(1680152214853, video)
        + "</div></div></div></div></div></section>\n"
        '<section id="section-id-1680152214860" class="sppb-section tkh-boxes"><div class="sppb-row-container">'
        f'<div class="sppb-row">{boxes}</div></div></section>\n'
        '<section id="section-id-1680152214870" class="sppb-section"><div class="sppb-row-container"><div class="sppb-row">'
        '<div class="sppb-col-md-8"><div class="sppb-addon sppb-addon-module"><h3 class="sppb-addon-title">Tin đọc nhiều</h3>'
        f'<div class="sppb-addon-content">{popular_html()}</div></div></div><div class="sppb-col-md-4">{counter}</div>'
        "</div></div></section>\n</div></div>"
    )
    extra = '<link href="/components/com_sppagebuilder/assets/css/sppagebuilder.css?2f8e1a" rel="stylesheet">\n'
    return layout(
        request,
        title="Trang chủ" + SUFFIX,
        main=main,
        itemid=101,
        crumbs=None,
        body_class="com-sppagebuilder view-page layout-default",
        with_sidebar=False,
        extra_head=extra,
    )


# --- non-article pages ----------------------------------------------------------------------


def _single_article(
    request: Request, itemid: int, heading: str, title: str, inner: str, path: str
) -> Response:
    main = (
        '<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
        '<meta itemprop="inLanguage" content="vi-VN">\n'
        f'<div class="page-header">\n\t<h2 itemprop="headline">\n\t\t{esc(title)}\t</h2>\n</div>\n'
        f'<div itemprop="articleBody" class="com-content-article__body">\n{inner}\n</div>\n</div>'
    )
    return layout(
        request,
        title=title + SUFFIX,
        main=main,
        itemid=itemid,
        crumbs=[("Trang chủ", "/"), (heading, None), (title, None)],
        body_class="com-content view-article layout-default " + path.strip("/").replace("/", "-"),
    )


def history_page(request: Request) -> Response:
    inner = (
        '<p style="text-align: center;">'
        + lazy_img("/images/gioi-thieu/toan-canh-truong.jpg", "Toàn cảnh trường", 900, 500)
        + "</p>"
        '<p style="text-align: justify;">Trường THPT chuyên Thủ Khoa Huân được thành lập theo Quyết định số 412/QĐ-UB '
        "ngày 15/8/1986 của Ủy ban nhân dân tỉnh, tiền thân là các lớp chuyên Toán, Văn đặt tại Trường cấp III Nguyễn "
        "Đình Chiểu. Năm 1996, trường chuyển về cơ sở mới tại đường Thủ Khoa Huân và mang tên như hiện nay.</p>"
        '<p style="text-align: justify;">Hiện nay nhà trường có 36 lớp với hơn 1.200 học sinh theo học 11 môn chuyên: '
        "Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, Tiếng Anh, Tiếng Pháp và Tiếng Trung. "
        "Đội ngũ cán bộ, giáo viên, nhân viên gồm 112 người, trong đó 68% có trình độ thạc sĩ, tiến sĩ.</p>"
        '<p style="text-align: justify;">Trải qua 40 năm xây dựng và phát triển, nhà trường đã được Nhà nước trao '
        "tặng Huân chương Lao động hạng Nhất (2016), Huân chương Độc lập hạng Ba (2021) cùng nhiều bằng khen, cờ thi "
        "đua của Bộ Giáo dục và Đào tạo và Ủy ban nhân dân tỉnh.</p>"
    )
    return _single_article(
        request, 103, "Giới thiệu", "Lịch sử phát triển", inner, "/gioi-thieu/lich-su-phat-trien"
    )


def org_page(request: Request) -> Response:
    rows = [
        ("Nguyễn Văn Sáng", "Hiệu trưởng", "Phụ trách chung"),
        ("Phạm Thị Thu Trang", "Phó Hiệu trưởng", "Chuyên môn, bồi dưỡng học sinh giỏi"),
        ("Trần Hữu Nghĩa", "Phó Hiệu trưởng", "Cơ sở vật chất, hoạt động ngoài giờ lên lớp"),
        ("Võ Thị Bích Tuyền", "Bí thư Đoàn trường", "Công tác Đoàn, phong trào thanh niên"),
    ]
    trs = "".join(
        f"<tr><td>{n}</td><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>"
        for n, (a, b, c) in enumerate(rows, 1)
    )
    inner = (
        "<h3>BAN GIÁM HIỆU</h3>"
        '<table class="table table-bordered" border="1"><tbody><tr><td><strong>STT</strong></td><td><strong>Họ và '
        f"tên</strong></td><td><strong>Chức vụ</strong></td><td><strong>Nhiệm vụ</strong></td></tr>{trs}</tbody></table>"
        "<h3>CÁC TỔ CHUYÊN MÔN</h3><ul><li>Tổ Toán – Tin</li><li>Tổ Lý – Công nghệ</li><li>Tổ Hóa – Sinh</li>"
        "<li>Tổ Ngữ văn</li><li>Tổ Sử – Địa – GDKT&amp;PL</li><li>Tổ Ngoại ngữ</li><li>Tổ Thể dục – QP-AN</li>"
        "<li>Tổ Văn phòng</li></ul>"
    )
    return _single_article(
        request, 104, "Giới thiệu", "Cơ cấu tổ chức", inner, "/gioi-thieu/co-cau-to-chuc"
    )


def contact_page(request: Request) -> Response:
    sent = request.method == "POST"
    msg = (
        '<div class="alert alert-success"><div class="alert-message">Cảm ơn bạn đã gửi thư, chúng tôi sẽ phản hồi sớm.</div></div>'
        if sent
        else ""
    )
    main = (
        f'{msg}<div class="com-contact contact" itemscope itemtype="https://schema.org/Person">'
        '<div class="page-header"><h1>Liên hệ</h1></div><h2><span class="contact-name" itemprop="name">'
        "Văn phòng Trường THPT chuyên Thủ Khoa Huân</span></h2>"
        '<div class="com-contact__address contact-address dl-horizontal" itemprop="address" itemscope '
        'itemtype="https://schema.org/PostalAddress"><dl><dt><span class="icon-address"></span></dt><dd>'
        '<span class="contact-street" itemprop="streetAddress">Số 1, đường Thủ Khoa Huân</span></dd><dd>'
        '<span class="contact-suburb" itemprop="addressLocality">phường Mỹ Tho, tỉnh Đồng Tháp</span></dd>'
        '<dt><span class="icon-phone"></span></dt><dd><span class="contact-telephone" itemprop="telephone">'
        "0273.3872.369</span></dd></dl></div>"
        '<form id="contact-form" action="/lien-he" method="post" class="com-contact__form form-validate form-horizontal">'
        '<fieldset><legend>Gửi email</legend><div class="control-group"><label id="jform_contact_name-lbl" '
        'for="jform_contact_name">Họ tên<span class="star">&#160;*</span></label><input type="text" '
        'name="jform[contact_name]" id="jform_contact_name" required></div><div class="control-group"><label '
        'for="jform_contact_email">Email<span class="star">&#160;*</span></label><input type="email" '
        'name="jform[contact_email]" id="jform_contact_email" required></div><div class="control-group"><label '
        'for="jform_contact_emailmsg">Tiêu đề</label><input type="text" name="jform[contact_subject]" '
        'id="jform_contact_emailmsg"></div><div class="control-group"><label for="jform_contact_message">Nội dung'
        '</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>'
        '</div></fieldset><button class="btn btn-primary validate" type="submit">Gửi email</button>'
        '<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit">'
        '<input type="hidden" name="id" value="1:van-phong"></form></div>'
    )
    return layout(
        request,
        title="Liên hệ" + SUFFIX,
        main=main,
        itemid=119,
        crumbs=[("Trang chủ", "/"), ("Liên hệ", None)],
        body_class="com-contact view-contact layout-default lien-he",
    )


FILES = [
    {
        "id": 15,
        "alias": "ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027",
        "title": "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027",
        "so": "185/KH-THPTCTKH",
        "ngay": "05/09/2026",
        "file": "KH-185-nhiem-vu-nam-hoc-2026-2027.pdf",
        "size": "1,24 MB",
        "hits": 311,
        "trich": "Kế hoạch thực hiện nhiệm vụ năm học 2026 – 2027 của Trường THPT chuyên Thủ Khoa Huân.",
    },
    {
        "id": 14,
        "alias": "quyet-dinh-thanh-lap-doi-tuyen-hsg-cap-tinh-2026",
        "title": "Quyết định thành lập đội tuyển học sinh giỏi cấp tỉnh năm học 2026 – 2027",
        "so": "201/QĐ-THPTCTKH",
        "ngay": "02/10/2026",
        "file": "QD-201-doi-tuyen-HSG-tinh.pdf",
        "size": "356 KB",
        "hits": 187,
        "trich": "Thành lập các đội tuyển học sinh giỏi lớp 12 dự thi cấp tỉnh năm học 2026 – 2027.",
    },
]
DL_CAT = "2-van-ban-nha-truong"


def file_path(f: dict) -> str:
    return f"/van-ban/{DL_CAT}/{f['id']}-{f['alias']}"


def download_path(f: dict) -> str:
    return f"/van-ban/{DL_CAT}?download={f['id']}:{f['alias']}"


def docs_page(request: Request) -> Response:
    rows = "".join(
        '<div class="row pd-filebox"><div class="col-sm-8 pd-filename"><div class="pd-document16" '
        'style="background: url(/media/com_phocadownload/images/mime/16/icon-pdf.png) 0 center no-repeat;">'
        f'<div class="pd-float"><a href="{file_path(f)}">{esc(f["title"])}</a></div></div>'
        f'<div class="pd-desc">Số ký hiệu: {esc(f["so"])} – Ngày ban hành: {f["ngay"]}</div></div>'
        f'<div class="col-sm-4 pd-buttons"><a class="btn btn-success btn-sm" href="{esc(download_path(f))}">Tải về</a> '
        f'<a class="btn btn-info btn-sm" href="{file_path(f)}">Chi tiết</a></div></div>'
        for f in FILES
    )
    main = (
        '<div id="phoca-dl-category-box" class="pd-category-view"><div class="page-header"><h1>Văn bản</h1></div>'
        '<h3 class="pd-ctitle">Văn bản nhà trường</h3>'
        f'<div class="pd-category">{rows}</div></div>'
    )
    return layout(
        request,
        title="Văn bản" + SUFFIX,
        main=main,
        itemid=114,
        crumbs=[("Trang chủ", "/"), ("Văn bản", None)],
        body_class="com-phocadownload view-category van-ban",
    )


def file_page(request: Request, f: dict) -> Response:
    main = (
        '<div id="phoca-dl-file-box" class="pd-file-view"><div class="page-header"><h1>Văn bản</h1></div>'
        f'<h3 class="pd-ftitle">{esc(f["title"])}</h3><table class="pd-file-table table">'
        f'<tr><td class="pd-title">Số ký hiệu:</td><td>{esc(f["so"])}</td></tr>'
        f'<tr><td class="pd-title">Ngày ban hành:</td><td>{f["ngay"]}</td></tr>'
        f'<tr><td class="pd-title">Trích yếu:</td><td>{esc(f["trich"])}</td></tr>'
        f'<tr><td class="pd-title">Tên tệp:</td><td>{f["file"]}</td></tr>'
        f'<tr><td class="pd-title">Dung lượng:</td><td>{f["size"]}</td></tr>'
        f'<tr><td class="pd-title">Lượt tải:</td><td>{f["hits"]}</td></tr></table>'
        f'<div class="pd-buttons"><a class="btn btn-success" href="{esc(download_path(f))}">Tải về</a></div></div>'
    )
    return layout(
        request,
        title=f["title"] + SUFFIX,
        main=main,
        itemid=114,
        crumbs=[("Trang chủ", "/"), ("Văn bản", "/van-ban"), (f["title"], None)],
        body_class="com-phocadownload view-file van-ban",
    )


ALBUM = "/thu-vien-anh/category/3-le-khai-giang-nam-hoc-2026-2027"
ALBUM_PHOTOS = [
    ("kg-01.jpg", "Lễ chào cờ khai giảng năm học mới"),
    ("kg-02.jpg", "Học sinh khối 10 tiến vào lễ đài"),
    ("kg-03.jpg", "Thầy Hiệu trưởng đánh trống khai giảng"),
    ("kg-04.jpg", "Tiết mục văn nghệ chào mừng"),
]


def gallery_index(request: Request) -> Response:
    main = (
        '<div id="phocagallery" class="pg-categories-view"><div class="page-header"><h1>Thư viện ảnh</h1></div>'
        '<div class="pg-categories-items-box"><div class="pg-category-box"><div class="pg-category-box-image">'
        f'<a href="{ALBUM}"><img src="/images/phocagallery/khai-giang-2026/thumbs/phoca_thumb_m_kg-01.jpg" '
        'alt="Lễ khai giảng"></a></div><div class="pg-category-box-title"><a href="'
        f'{ALBUM}">Lễ khai giảng năm học 2026 – 2027</a> <span class="pg-category-box-count">(4)</span></div></div>'
        "</div></div>"
    )
    return layout(
        request,
        title="Thư viện ảnh" + SUFFIX,
        main=main,
        itemid=116,
        crumbs=[("Trang chủ", "/"), ("Thư viện", None), ("Thư viện ảnh", None)],
        body_class="com-phocagallery view-categories thu-vien-anh",
    )


def album_page(request: Request) -> Response:
    items = "".join(
        '<div class="pg-item-box"><div class="pg-item-box-image">'
        f'<a class="pg-item-box-image-a" href="/images/phocagallery/khai-giang-2026/{fn}" data-size="1280x853">'
        f'<img src="/images/phocagallery/khai-giang-2026/thumbs/phoca_thumb_m_{fn}" alt="{esc(cap)}"></a></div>'
        f'<div class="pg-item-box-title">{esc(cap)}</div></div>'
        for fn, cap in ALBUM_PHOTOS
    )
    main = (
        '<div id="phocagallery" class="pg-category-view"><div class="page-header"><h1>Lễ khai giảng năm học 2026 – 2027</h1>'
        '</div><div class="pg-category-desc"><p>Hình ảnh Lễ khai giảng năm học 2026 – 2027 ngày 05/9/2026.</p></div>'
        f'<div class="pg-category-items-box">{items}</div>'
        '<div class="pg-category-back"><a href="/thu-vien-anh">« Quay lại</a></div></div>'
    )
    return layout(
        request,
        title="Lễ khai giảng năm học 2026 – 2027" + SUFFIX,
        main=main,
        itemid=116,
        crumbs=[
            ("Trang chủ", "/"),
            ("Thư viện", None),
            ("Thư viện ảnh", "/thu-vien-anh"),
            ("Lễ khai giảng năm học 2026 – 2027", None),
        ],
        body_class="com-phocagallery view-category thu-vien-anh",
    )


VIDEO_PATH = "/video/phong-su-truong-thpt-chuyen-thu-khoa-huan-40-nam-xay-dung-va-phat-trien"
VIDEO_TITLE = "Phóng sự: Trường THPT chuyên Thủ Khoa Huân – 40 năm xây dựng và phát triển"


def video_index(request: Request) -> Response:
    main = (
        '<div class="avs videos"><div class="page-header"><h1>Video</h1></div><div class="row">'
        f'<div class="avs-video col-md-6"><a href="{VIDEO_PATH}" class="avs-thumbnail"><img '
        'src="/images/allvideoshare/phong-su-40-nam.jpg" alt="Phóng sự 40 năm"><span class="avs-play"></span></a>'
        f'<div class="avs-title"><a href="{VIDEO_PATH}">{esc(VIDEO_TITLE)}</a></div>'
        '<div class="avs-views">1.062 lượt xem</div></div></div>'
        '<p><a href="https://www.youtube.com/@thptchuyenthukhoahuan" target="_blank" rel="noopener">Xem thêm trên '
        "kênh YouTube của trường</a></p></div>"
    )
    return layout(
        request,
        title="Video" + SUFFIX,
        main=main,
        itemid=117,
        crumbs=[("Trang chủ", "/"), ("Thư viện", None), ("Video", None)],
        body_class="com-allvideoshare view-category video",
    )


def video_page(request: Request) -> Response:
    main = (
        '<div class="avs video-page"><h1>' + esc(VIDEO_TITLE) + "</h1>"
        '<div class="avs-player ratio ratio-16x9"><iframe src="https://www.youtube-nocookie.com/embed/Xk2lQ7bT0aE" '
        'title="YouTube video player" allow="accelerometer; autoplay; encrypted-media" allowfullscreen></iframe></div>'
        '<div class="avs-meta"><span>Lượt xem: 1.062</span> · <span>Đăng ngày 15/08/2026</span></div>'
        '<div class="avs-description"><p>Phóng sự do Đài Phát thanh và Truyền hình Đồng Tháp thực hiện nhân kỷ niệm '
        "40 năm thành lập trường (1986 – 2026).</p></div></div>"
    )
    return layout(
        request,
        title=VIDEO_TITLE + SUFFIX,
        main=main,
        itemid=117,
        crumbs=[("Trang chủ", "/"), ("Thư viện", None), ("Video", "/video"), (VIDEO_TITLE, None)],
        body_class="com-allvideoshare view-video video",
    )


WEEKS = {
    12: ("16/11/2026", "22/11/2026"),
    13: ("23/11/2026", "29/11/2026"),
    14: ("30/11/2026", "06/12/2026"),
}
SCHEDULE = [
    (
        "Thứ hai 30/11",
        "Sáng",
        "Chào cờ đầu tuần; sinh hoạt dưới cờ chủ đề “Tri ân thầy cô”",
        "BGH",
        "Sân trường",
    ),
    (
        "Thứ ba 01/12",
        "Chiều",
        "Họp tổ trưởng chuyên môn chuẩn bị kiểm tra cuối HKI",
        "PHT Phạm Thị Thu Trang",
        "Phòng họp",
    ),
    ("Thứ tư 02/12", "Sáng", "Dự giờ thăm lớp Tổ Ngoại ngữ", "Tổ trưởng", "Lớp 11 Anh 1"),
    (
        "Thứ năm 03/12",
        "Cả ngày",
        "Bồi dưỡng đội tuyển HSG quốc gia",
        "Giáo viên bồi dưỡng",
        "Khu chuyên đề",
    ),
    (
        "Thứ sáu 04/12",
        "Chiều",
        "Họp Ban Chấp hành Đoàn trường",
        "Bí thư Đoàn trường",
        "Văn phòng Đoàn",
    ),
    ("Thứ bảy 05/12", "Sáng", "Học sinh khối 12 kiểm tra định kỳ", "GVCN khối 12", "Các phòng học"),
]


def schedule_page(request: Request) -> Response | None:
    week = request.params.get("tuan", "14")
    if not week.isdigit() or int(week) not in WEEKS:
        return None
    wk = int(week)
    frm, to = WEEKS[wk]
    rows = (
        "".join(
            f"<tr><td>{esc(a)}</td><td>{b}</td><td>{esc(c)}</td><td>{esc(d)}</td><td>{esc(e)}</td></tr>"
            for a, b, c, d, e in SCHEDULE
        )
        if wk == 14
        else '<tr><td colspan="5"><em>Lịch tuần đã kết thúc.</em></td></tr>'
    )
    opts = "".join(
        f'<option value="{n}"{" selected" if n == wk else ""}>Tuần {n} ({a} – {b})</option>'
        for n, (a, b) in WEEKS.items()
    )
    main = (
        '<div class="com-lichcongtac lct"><div class="page-header"><h1>Lịch công tác</h1></div>'
        f'<form action="/lich-cong-tac" method="get" class="lct-chon-tuan"><select name="tuan" onchange="this.form.submit()">{opts}</select></form>'
        f'<h3 class="lct-tuan">Tuần {wk}: từ {frm} đến {to}</h3>'
        '<table class="table table-bordered lct-bang"><thead><tr><th>Thứ/ngày</th><th>Buổi</th><th>Nội dung</th>'
        f"<th>Chủ trì</th><th>Địa điểm</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return layout(
        request,
        title="Lịch công tác" + SUFFIX,
        main=main,
        itemid=118,
        crumbs=[("Trang chủ", "/"), ("Lịch công tác", None)],
        body_class="com-lichcongtac view-tuan lich-cong-tac",
    )


ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
# eg www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to all of the
# paths.
User-agent: *
Disallow: /administrator/
Disallow: /api/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""

# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^(?P<cat>/[a-z0-9/-]+)/(?P<id>\d+)-(?P<alias>[a-z0-9-]+)$")
_COMPONENT_ARTICLE = re.compile(r"^/component/content/article/(?P<id>\d+)-(?P<alias>[a-z0-9-]+)$")
_K2 = re.compile(r"^/component/k2/item/(?P<id>\d+)(?:-[a-z0-9-]+)?$")
_TAG = re.compile(r"^/component/tags/tag/(?P<alias>[a-z0-9-]+)$")
_FILE = re.compile(rf"^/van-ban/{DL_CAT}/(?P<id>\d+)-(?P<alias>[a-z0-9-]+)$")
_CAT_BY_PATH = {c["path"]: k for k, c in CATS.items()}


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path.startswith(("/images/", "/media/", "/modules/", "/components/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        if path == "/index.php":
            if request.method == "POST":
                return Response(303, b"", {"Location": base_url(request) + "/"})
            if not request.query:
                return home_page(request)
            return None
        if path == "/" and not request.query:
            return home_page(request)

        m = _ARTICLE.match(path)
        if m and m["cat"] in _CAT_BY_PATH:
            story = BY_ID.get(int(m["id"]))
            if not story or story.slug != m["alias"] or CATS[story.cat]["path"] != m["cat"]:
                return None
            if params.get("tmpl") == "component":
                return print_page(request, story)
            return article_page(request, story)
        m = _COMPONENT_ARTICLE.match(path)
        if m:
            story = BY_ID.get(int(m["id"]))
            if not story or story.slug != m["alias"]:
                return None
            return article_page(request, story, home_itemid=params.get("Itemid") == "101")
        m = _K2.match(path)
        if m:
            story = K2_IDS.get(int(m["id"]))
            if not story:
                return None
            return Response(301, b"", {"Location": base_url(request) + sef(story)})
        if path in _CAT_BY_PATH:
            key = _CAT_BY_PATH[path]
            if CATS[key]["layout"] == "list":
                return list_page(request, key)
            start = params.get("start") or params.get("limitstart") or "0"
            if not start.isdigit():
                return None
            return blog_page(request, key, int(start))
        m = _TAG.match(path)
        if m:
            return tag_page(request, m["alias"])
        if path == "/component/finder/search":
            return search_page(request)
        if path == "/gioi-thieu/lich-su-phat-trien":
            return history_page(request)
        if path == "/gioi-thieu/co-cau-to-chuc":
            return org_page(request)
        if path == "/lien-he":
            return contact_page(request)
        if path == "/van-ban":
            return docs_page(request)
        if path == f"/van-ban/{DL_CAT}":
            dl = params.get("download", "")
            f = next((f for f in FILES if dl == f"{f['id']}:{f['alias']}"), None)
            if not f:
                return None
            return Response(
                200,
                PDF,
                {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": f'attachment; filename="{f["file"]}"',
                },
            )
        m = _FILE.match(path)
        if m:
            f = next(
                (f for f in FILES if f["id"] == int(m["id"]) and f["alias"] == m["alias"]), None
            )
            return file_page(request, f) if f else None
        if path == "/thu-vien-anh":
            return gallery_index(request)
        if path == ALBUM:
            return album_page(request)
        if path == "/video":
            return video_index(request)
        if path == VIDEO_PATH:
            return video_page(request)
        if path == "/lich-cong-tac":
            return schedule_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [print_route(story)]
    if story.id in SLIDER:
        alts.append(home_route(story))
    if story.id == A2.id:
        alts.append("/index.php" + sef(story))
    return alts


GOLD = [
    gold_record(s, sef(s), CATS[s.cat]["name"], canonical_path=sef(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien",
    "/gioi-thieu/co-cau-to-chuc",
    "/lien-he",
    file_path(FILES[0]),
    file_path(FILES[1]),
    ALBUM,
    VIDEO_PATH,
    "/lich-cong-tac",
]

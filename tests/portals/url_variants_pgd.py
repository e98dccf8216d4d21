"""Phòng GD&ĐT quận Ninh Kiều (Cần Thơ) on WordPress 6 with many plugins: one article, many addresses.

Platform
--------
WordPress 6.x, a Newsmag-like magazine theme renamed "NK Mag" (its classes are ``nk-post``,
``nk-content``, ``nk-title`` …, never ``td-post-…``), with the plugins a provincial office piles
up over the years: an AMP plugin (``/amp/`` endpoint), WP-Print (``?print=1``), a "Tin nổi bật"
slider plugin, a share-button plugin, a related-posts plugin whose cache still holds links from the
old permalink setting (``/index.php/…``), WP-PostViews ("Đọc nhiều"), a visitor counter and a
poll. WordPress prints absolute URLs everywhere (``http://<host>/…``).

Post template (``/tin-tuc/<slug>/``)::

    header: top bar "Thứ Tư, ngày 25/11/2026" (today), logo, main menu
    <div class="nk-breadcrumbs"> Trang chủ » <category> » <title> </div>
    <article class="nk-post post-<id>">
      <a class="nk-cat-label" href="/chuyen-muc/…/">Tin giáo dục</a>
      <h1 class="nk-title">…</h1>
      <div class="nk-meta"> "Bởi <a href=/author/<login>/>display name</a>",
        <time class="nk-date" datetime="2026-11-18T08:30:00+07:00">18/11/2026</time>,
        "<n> lượt xem", "<a href=…/#comments>2 bình luận</a>" </div>
      <div class="nk-share"> Facebook (sharer.php), Zalo (…/?utm_source=zalo&utm_medium=share),
        "In bài" (…/?print=1), Email (mailto:) </div>
      <div class="nk-content"> Gutenberg / classic-editor HTML </div>
      <div class="nk-tags"> Từ khóa: … </div>
      "Bài trước / Bài sau", <div class="nk-related"> "Bài viết liên quan" </div>
      <div id="comments"> comment list with "Trả lời" links (?replytocom=<n>#respond),
        <div id="respond"> the comment form </div></div>
    </article>
    sidebar: search, "Đọc nhiều", "Thông báo mới" (hand-written HTML widget), "Lưu trữ",
    visitor counter (Đang online / Hôm nay / Tổng truy cập), poll, links; footer with address.

The page prints only the day (``18/11/2026``); the ``datetime`` attribute carries a clock the
reader never sees.

URL scheme
----------
- ``/`` home: "Tin nổi bật" slider (4 posts), then the 5 newest posts; ``/page/2/``, ``/page/3/``.
- ``/tin-tuc/<slug>/``: a post (the clean, canonical address).
- ``/chuyen-muc/<slug>/`` (``page/<n>/``, 5 per page), ``/tag/<tag>/``, ``/author/<login>/``,
  ``/2026/<mm>/`` month archives: listings.
- ``/gioi-thieu/``, ``/lien-he/``: WordPress pages.
- ``/?p=<id>``: the shortlink, 301 to the clean address; ``/?s=…``: search results.
- Any known page asked without its trailing slash: 301 to the slashed address.
- Uploads under ``/wp-content/uploads/2026/<mm>/`` (listing thumbnails: ``-218x150`` copies).
- No robots.txt, no sitemap (the SEO plugin's sitemap is switched off).

One article, many addresses (the trap of this portal)
-----------------------------------------------------
Every post answers, with the same article and ``<link rel="canonical">`` naming the clean address:

- ``/tin-tuc/<slug>/?utm_source=zalo&utm_medium=share``: the Zalo share button on every post;
- ``/tin-tuc/<slug>/?fbclid=IwAR…`` and ``/tin-tuc/<slug>/?zarsrc=30&utm_source=zalo``: the
  "Tin nổi bật" slider appends them (alternately) to its four posts;
- ``/tin-tuc/<slug>/amp/``: the AMP version, linked by ``<link rel="amphtml">``; simpler markup
  (``h1.amp-wp-title``, ``amp-img``), same text;
- ``/tin-tuc/<slug>/?replytocom=<n>``: each comment's "Trả lời" link (the page adds
  ``noindex`` and opens the form under that comment);
- ``/tin-tuc/<slug>/#comments``, ``#respond``: fragments of the clean address (not other targets);
- ``/?p=<id>``: the ``rel="shortlink"`` of every post, 301 to the clean address;
- ``/tin-tuc/<slug>`` without the slash: the hand-written "Thông báo mới" widget, 301;
- ``/index.php/tin-tuc/<slug>/``: related-posts links of the older posts (post id < 2440),
  cached from the old permalink setting; 200 with the canonical;
- ``/tin-tuc/<slug>/?print=1``: WP-Print's print view, a bare page with the same text;
- ``/TIN-TUC/<slug>/``: one upper-case link on the "Giới thiệu" page; the server is case
  sensitive and answers 404 (a dead link, not an address of the article).

Every form that is linked somewhere is in the article's ``alt_paths`` (the two redirecting forms
included); the clean address is the gold ``path`` and ``canonical_path``.

How each gold article is reached
--------------------------------
The 12 posts are on the home pages (5, 5, 2): the two oldest only on ``/page/3/``, on
``/chuyen-muc/tin-giao-duc/page/2/`` (the oldest), on tag, author and month-archive pages,
and through the variant links above (the slider, related lists, the widgets).

Other traps
-----------
- Comments carry their own dates ("21/11/2026 lúc 19:05") and text: neither is the article.
- The header prints today's date; the share bar, "lượt xem", tags, related list, previous/next
  links and the comment form are chrome.
- "Bởi admin": the login credits nobody; "ThS. Lê Minh Trí" is credited without the degree; the
  "Tổ Văn phòng" account is a unit credited as printed.
- A closing byline decides the credits where there is one ("Tin, ảnh: …", "Tin: …; Ảnh: …",
  "Ảnh: Internet" credits nobody, "BBT" credits nobody, a right-aligned bare unit name).
- A ``<br>`` inside a paragraph makes two paragraphs.

Gold decisions
--------------
- title: ``h1.nk-title``; published_at: the printed day ``dd/mm/yyyy`` -> "YYYY-MM-DD".
- summary: the bold sapo paragraph (``p.nk-sapo``) where the editor wrote one; it is the first
  body paragraph too.
- body: ``nk-content`` paragraphs, headings, list items, table rows (cells joined by " | "),
  quotes; not captions, bylines, the source line.
- images: the photos in ``nk-content`` in order; caption = the figcaption, or the centred line
  under the photo; a photo with nothing under it has None. Listing thumbnails, logo and avatars
  are not article images; the post page does not print the featured image.
- source: "Nguồn: Báo Cần Thơ" -> "Báo Cần Thơ"; "Theo Cổng TTĐT quận Ninh Kiều" -> the name.
- category: the category label / breadcrumb.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    TODAY,
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

NAME = "url_variants_pgd"
PLATFORM = "WordPress 6 + NK Mag (Newsmag-like) theme, AMP, WP-Print, slider, share and related-posts plugins"
START_PATH = "/"

SITE_TITLE = "Phòng Giáo dục và Đào tạo quận Ninh Kiều"
SITE_SHORT = "Phòng GD&ĐT Ninh Kiều"
PER_PAGE = 5

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
TAGS = {
    "nha-giao": "Nhà giáo",
    "chuyen-doi-so": "Chuyển đổi số",
    "tieu-hoc": "Tiểu học",
    "thcs": "THCS",
    "hoc-sinh-gioi": "Học sinh giỏi",
    "van-ban": "Văn bản",
    "the-thao": "Thể thao",
}
#: login -> display name (what "Bởi …" prints)
USERS = {
    "admin": "admin",
    "tovanphong": "Tổ Văn phòng",
    "leminhtri": "ThS. Lê Minh Trí",
    "phamthutrang": "Phạm Thu Trang",
    "nguyenhoangphuc": "Nguyễn Hoàng Phúc",
}
#: posts older than this id were linked by the related-posts cache under /index.php/
OLD_PERMALINK_BELOW = 2440


def up(month: int, name: str) -> str:
    return f"/wp-content/uploads/2026/{month:02d}/{name}"


# --- the posts (newest first) ----------------------------------------------------------------
#
# opts: id (WordPress post id), user (login), time (the datetime attribute's clock), tags,
# comments [(comment id, name, printed date, text)]. P styles: "sapo" (bold lead), "h2", "li"
# (bullets), "oli" (numbered), "quote", "th"/"td" (table rows), "br" (joined to the paragraph
# before with <br>). Img styles: "fig" (Gutenberg figcaption), "wpcap" (classic [caption]),
# "em" (a centred italic line under the photo), "center" (a centred plain line), "none".

S1 = "ninh-kieu-tuyen-duong-128-nha-giao-tieu-bieu-nam-2026"
S2 = "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026"
S3 = "chuyen-de-day-hoc-stem-mon-khoa-hoc-lop-5"
S4 = "hoi-thi-ke-chuyen-theo-sach-cap-tieu-hoc-nam-hoc-2026-2027"
S5 = "ninh-kieu-trien-khai-so-lien-lac-dien-tu-toan-quan"
S6 = "ke-hoach-kiem-tra-chuyen-de-hoc-ky-i-nam-hoc-2026-2027"
S7 = "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-mon-toan-thcs"
S8 = "hoc-sinh-ninh-kieu-dat-14-giai-hoc-sinh-gioi-cap-thanh-pho"
S9 = "tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc"
S10 = "lich-tiep-cong-dan-quy-iv-nam-2026"
S11 = "khai-mac-hoi-khoe-phu-dong-quan-ninh-kieu-nam-2026"
S12 = "ninh-kieu-ra-quan-nam-hoc-an-toan-giao-thong-2026-2027"

STORIES: list[Story] = [
    Story(
        1,
        S1,
        "Ninh Kiều tuyên dương 128 nhà giáo tiêu biểu năm 2026",
        "tin-giao-duc",
        "2026-11-21",
        [
            P(
                "Sáng 20/11, Phòng GD&ĐT quận Ninh Kiều long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam và tuyên dương 128 nhà giáo, cán bộ quản lý giáo dục tiêu biểu năm học "
                "2025-2026.",
                "sapo",
            ),
            P(
                "Đến dự buổi lễ có đồng chí Phó Bí thư Quận ủy, lãnh đạo UBND quận, Sở GD&ĐT thành phố "
                "Cần Thơ cùng hơn 400 thầy cô giáo đại diện cho các trường mầm non, tiểu học và THCS "
                "trên địa bàn quận."
            ),
            Img(
                up(11, "le-ky-niem-20-11-ninh-kieu-1.jpg"),
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại Hội trường quận",
                "Quang cảnh Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam tại Hội trường quận",
                "fig",
            ),
            P(
                "Báo cáo tại buổi lễ, bà Huỳnh Thị Mỹ Dung, Trưởng phòng GD&ĐT quận, cho biết năm học "
                "vừa qua toàn quận có 99,9% học sinh hoàn thành chương trình tiểu học, 99,6% học sinh "
                "được công nhận tốt nghiệp THCS; 212 học sinh đạt giải học sinh giỏi cấp thành phố và "
                "17 học sinh đạt giải cấp quốc gia. Quận có thêm 4 trường được công nhận đạt chuẩn "
                "quốc gia, nâng tổng số trường đạt chuẩn lên 61 trường."
            ),
            P(
                "Đội ngũ nhà giáo không ngừng học tập, đổi mới phương pháp dạy học; 100% giáo viên "
                "được bồi dưỡng thực hiện Chương trình GDPT 2018, nhiều thầy cô có sáng kiến được "
                "công nhận cấp thành phố."
            ),
            P(
                "“Mỗi thầy cô là một tấm gương sáng về đạo đức, tự học và sáng tạo. Ngành giáo dục quận "
                "sẽ tiếp tục tạo mọi điều kiện để nhà giáo yên tâm công tác, cống hiến”, bà Dung nhấn mạnh.",
                "quote",
            ),
            Img(
                up(11, "le-ky-niem-20-11-ninh-kieu-2.jpg"),
                "Lãnh đạo quận trao Giấy khen cho các nhà giáo tiêu biểu",
                "Lãnh đạo quận trao Giấy khen cho các nhà giáo tiêu biểu",
                "fig",
            ),
            P(
                "Dịp này, Chủ tịch UBND quận Ninh Kiều tặng Giấy khen cho 128 nhà giáo tiêu biểu; 15 "
                "thầy cô được đề nghị Chủ tịch UBND thành phố tặng Bằng khen."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Hoàng Phúc</strong></p>'),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        photographers=["Nguyễn Hoàng Phúc"],
        summary=(
            "Sáng 20/11, Phòng GD&ĐT quận Ninh Kiều long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam và tuyên dương 128 nhà giáo, cán bộ quản lý giáo dục tiêu biểu năm học "
            "2025-2026."
        ),
        opts={
            "id": 2481,
            "user": "admin",
            "time": "16:42:10",
            "tags": ["nha-giao"],
            "comments": [
                (318, "Lê Thị Kim Ngân", "21/11/2026 lúc 19:05", "Chúc mừng quý thầy cô!"),
                (321, "Phụ huynh Trường TH Cái Khế", "22/11/2026 lúc 07:12", "Tri ân thầy cô."),
            ],
        },
    ),
    Story(
        2,
        S2,
        "Thông báo tuyển dụng viên chức giáo dục quận Ninh Kiều năm 2026",
        "thong-bao",
        "2026-11-19",
        [
            P(
                "Căn cứ Kế hoạch số 215/KH-UBND ngày 10/11/2026 của UBND quận Ninh Kiều về tuyển dụng "
                "viên chức làm việc tại các đơn vị sự nghiệp giáo dục công lập, Phòng GD&ĐT quận thông "
                "báo như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng", "h2"),
            P("Vị trí | Cấp học | Chỉ tiêu", "th"),
            P("Giáo viên Tiếng Anh | Tiểu học | 6", "td"),
            P("Giáo viên Tin học | Tiểu học | 4", "td"),
            P("Giáo viên Khoa học tự nhiên | THCS | 5", "td"),
            P("Nhân viên kế toán | Mầm non | 3", "td"),
            P("2. Hồ sơ dự tuyển", "h2"),
            P("Phiếu đăng ký dự tuyển theo mẫu ban hành kèm Nghị định số 85/2023/NĐ-CP.", "li"),
            P("Bản sao văn bằng, chứng chỉ, kết quả học tập theo yêu cầu của vị trí dự tuyển.", "li"),
            P("Giấy chứng nhận đối tượng ưu tiên (nếu có).", "li"),
            P("3. Thời gian và địa điểm nhận hồ sơ", "h2"),
            P(
                "Từ ngày 23/11/2026 đến hết ngày 22/12/2026 (trong giờ hành chính), tại Phòng GD&ĐT "
                "quận Ninh Kiều, số 02 Hòa Bình, phường Tân An."
            ),
            P("Mọi chi tiết xin liên hệ Tổ Văn phòng, điện thoại 0292 3821 456."),
        ],
        authors=["Tổ Văn phòng"],
        opts={"id": 2475, "user": "tovanphong", "time": "08:15:00", "tags": ["van-ban"]},
    ),
    Story(
        3,
        S3,
        "Chuyên đề dạy học STEM môn Khoa học lớp 5",
        "hoat-dong-chuyen-mon",
        "2026-11-18",
        [
            P(
                "Ngày 17/11/2026, tại Trường Tiểu học Lê Quý Đôn, Phòng GD&ĐT quận Ninh Kiều tổ chức "
                "chuyên đề “Dạy học STEM trong môn Khoa học lớp 5” với sự tham dự của hơn 80 cán bộ "
                "quản lý, giáo viên khối 5 các trường tiểu học trong quận."
            ),
            P(
                "Tiết dạy minh họa bài “Sự biến đổi trạng thái của chất” do cô Đặng Ngọc Bích thực "
                "hiện. Học sinh được chia nhóm, tự thiết kế và chế tạo mô hình chưng cất nước đơn "
                "giản từ các vật liệu tái chế như chai nhựa, ống hút, lon nhôm."
            ),
            Img(
                up(11, "stem-khoa-hoc-lop-5-1.jpg"),
                "Học sinh lớp 5A3 thử nghiệm mô hình chưng cất nước",
                "Học sinh lớp 5A3 thử nghiệm mô hình chưng cất nước",
                "wpcap",
            ),
            P("Các bước của một bài học STEM", "h2"),
            P("Xác định vấn đề cần giải quyết.", "oli"),
            P("Nghiên cứu kiến thức nền và đề xuất giải pháp.", "oli"),
            P("Lựa chọn giải pháp, chế tạo mô hình và thử nghiệm.", "oli"),
            P("Chia sẻ, thảo luận và điều chỉnh sản phẩm.", "oli"),
            P(
                "Trong phần thảo luận, giáo viên các trường trao đổi về cách lựa chọn chủ đề phù hợp "
                "với điều kiện cơ sở vật chất, cách đánh giá năng lực học sinh qua sản phẩm và quy "
                "trình làm việc nhóm, đồng thời kiến nghị bổ sung thiết bị cho phòng học bộ môn."
            ),
            Img(up(11, "stem-khoa-hoc-lop-5-2.jpg"), None, None, "none"),
            P(
                "Phòng GD&ĐT đề nghị mỗi trường tiểu học tổ chức ít nhất hai bài học STEM trong học "
                "kỳ I và gửi sản phẩm tiêu biểu về Phòng trước ngày 15/01/2027."
            ),
        ],
        authors=["Lê Minh Trí"],
        opts={
            "id": 2468,
            "user": "leminhtri",
            "time": "10:30:00",
            "tags": ["tieu-hoc", "chuyen-doi-so"],
            "comments": [
                (305, "Nguyễn Văn Hậu", "18/11/2026 lúc 20:41", "Xin file giáo án tiết minh họa ạ."),
                (307, "Lê Minh Trí", "19/11/2026 lúc 07:02", "Thầy xem trong mục Tài liệu nhé."),
                (312, "Trần Bảo Ngọc", "19/11/2026 lúc 21:15", "Chuyên đề rất bổ ích."),
            ],
        },
    ),
    Story(
        4,
        S4,
        "Hội thi “Kể chuyện theo sách” cấp tiểu học năm học 2026-2027",
        "tin-giao-duc",
        "2026-11-16",
        [
            P(
                "Nhằm phát triển văn hóa đọc trong nhà trường, ngày 14/11/2026, Phòng GD&ĐT quận Ninh "
                "Kiều tổ chức Hội thi “Kể chuyện theo sách” cấp tiểu học tại Trường TH Cái Khế."
            ),
            P(
                "Hội thi có 46 học sinh của 23 trường tiểu học tham gia. Mỗi thí sinh kể một câu "
                "chuyện trong sách đã đọc, kết hợp tranh vẽ, đạo cụ và trả lời câu hỏi của Ban giám "
                "khảo về nội dung, bài học rút ra từ cuốn sách."
            ),
            Img(
                up(11, "ke-chuyen-theo-sach-1.jpg"),
                "Em Nguyễn Khánh Vy (Trường TH Mậu Thân) kể chuyện “Dế Mèn phiêu lưu ký”",
                "Em Nguyễn Khánh Vy (Trường TH Mậu Thân) kể chuyện “Dế Mèn phiêu lưu ký”",
                "em",
            ),
            P(
                "Kết quả, Ban tổ chức trao 4 giải Nhất, 8 giải Nhì, 12 giải Ba và 14 giải Khuyến khích."
            ),
            P("Giải Nhất thuộc về các em:", "br"),
            P("Em Nguyễn Khánh Vy, Trường TH Mậu Thân;", "li"),
            P("Em Trần Gia Huy, Trường TH Lê Quý Đôn;", "li"),
            P("Em Lâm Ngọc Hân, Trường TH Cái Khế;", "li"),
            P("Em Võ Minh Châu, Trường TH Ngô Quyền.", "li"),
            Img(
                up(11, "ke-chuyen-theo-sach-2.jpg"),
                "Ban tổ chức trao giải cho các thí sinh",
                "Ban tổ chức trao giải cho các thí sinh",
                "em",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Trần Thị Ngọc Hân (Trường TH Cái Khế)'
                "<br>Ảnh: Lâm Quốc Bảo</strong></p>"
            ),
        ],
        authors=["Trần Thị Ngọc Hân"],
        photographers=["Lâm Quốc Bảo"],
        opts={
            "id": 2460,
            "user": "admin",
            "time": "15:05:33",
            "tags": ["tieu-hoc"],
            "comments": [(298, "Cô Thu Hà", "17/11/2026 lúc 09:30", "Các em kể rất hay.")],
        },
    ),
    Story(
        5,
        S5,
        "Ninh Kiều triển khai sổ liên lạc điện tử toàn quận",
        "tin-giao-duc",
        "2026-11-12",
        [
            P(
                "Từ học kỳ I năm học 2026-2027, 100% trường tiểu học và THCS trên địa bàn quận Ninh "
                "Kiều sử dụng sổ liên lạc điện tử, thay thế hoàn toàn sổ liên lạc giấy."
            ),
            P(
                "Qua ứng dụng trên điện thoại, phụ huynh theo dõi được kết quả học tập, thời khóa "
                "biểu, nhận xét của giáo viên và thông báo của nhà trường; đồng thời có thể gửi đơn "
                "xin phép nghỉ học cho con mà không cần đến trường."
            ),
            Img(up(11, "so-lien-lac-dien-tu.jpg"), None, None, "none"),
            P(
                "Theo lãnh đạo Phòng GD&ĐT quận, việc triển khai sổ liên lạc điện tử nằm trong lộ "
                "trình chuyển đổi số của ngành, giúp giảm thủ tục giấy tờ cho giáo viên và tăng "
                "cường sự phối hợp giữa gia đình và nhà trường. Phụ huynh không phải đóng bất kỳ "
                "khoản phí nào khi sử dụng ứng dụng."
            ),
            P(
                "Trong tháng 11, các trường tổ chức hướng dẫn phụ huynh cài đặt, sử dụng ứng dụng "
                "trong các buổi họp cha mẹ học sinh."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Cần Thơ</em></p>'),
        ],
        source="Báo Cần Thơ",
        opts={"id": 2452, "user": "admin", "time": "09:20:00", "tags": ["chuyen-doi-so"]},
    ),
    Story(
        6,
        S6,
        "Kế hoạch kiểm tra chuyên đề học kỳ I năm học 2026-2027",
        "thong-bao",
        "2026-11-09",
        [
            P(
                "Thực hiện kế hoạch nhiệm vụ năm học 2026-2027, Phòng GD&ĐT quận Ninh Kiều thông báo "
                "lịch kiểm tra chuyên đề học kỳ I tại các trường THCS như sau:"
            ),
            P("Ngày | Đơn vị | Nội dung kiểm tra", "th"),
            P("24/11/2026 | THCS Đoàn Thị Điểm | Dạy học môn Ngữ văn, Lịch sử và Địa lý", "td"),
            P("26/11/2026 | THCS An Hòa 2 | Công tác chủ nhiệm, giáo dục kỹ năng sống", "td"),
            P("01/12/2026 | THCS Lương Thế Vinh | Dạy học môn Khoa học tự nhiên", "td"),
            P("03/12/2026 | THCS Huỳnh Thúc Kháng | Hồ sơ chuyên môn, kiểm tra đánh giá", "td"),
            P(
                "Các trường chuẩn bị đầy đủ hồ sơ, kế hoạch giáo dục của tổ chuyên môn và bố trí "
                "tiết dạy để đoàn kiểm tra dự giờ. Đoàn làm việc từ 7 giờ 15 phút."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Chuyên môn</strong></p>'),
        ],
        authors=["Tổ Chuyên môn"],
        opts={"id": 2447, "user": "admin", "time": "14:00:00", "tags": ["thcs", "van-ban"]},
    ),
    Story(
        7,
        S7,
        "Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán cấp THCS",
        "hoat-dong-chuyen-mon",
        "2026-11-05",
        [
            P(
                "Ngày 04/11/2026, tổ Toán Trường THCS Lương Thế Vinh phối hợp với Phòng GD&ĐT quận tổ "
                "chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học, với tiết dạy minh họa bài "
                "“Định lí Pythagore và ứng dụng” ở lớp 8."
            ),
            Img(
                up(11, "nghien-cuu-bai-hoc-toan-1.jpg"),
                "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 8A1",
                "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 8A1",
                "fig",
            ),
            P(
                "Khác với dự giờ truyền thống, người dự không đánh giá, xếp loại tiết dạy mà tập trung "
                "quan sát học sinh: em nào gặp khó khăn, vì sao, em nào chưa tham gia vào hoạt động và "
                "giáo viên đã hỗ trợ thế nào. Mỗi giáo viên dự giờ được phân công quan sát một nhóm, "
                "ghi chép bằng hình ảnh và phiếu quan sát."
            ),
            P(
                "Trong phần thảo luận sau tiết dạy, các thầy cô chia sẻ nhiều phát hiện thú vị: một số "
                "học sinh đã tự tìm ra định lí khi cắt ghép các hình vuông bằng giấy màu, trong khi "
                "một số nhóm còn lúng túng khi trình bày lập luận. Từ đó, tổ chuyên môn đề xuất điều "
                "chỉnh phiếu học tập và thời lượng của hoạt động khám phá."
            ),
            P(
                "Đây là buổi sinh hoạt thứ ba trong chuỗi chuyên đề môn Toán năm học 2026-2027; các "
                "buổi tiếp theo sẽ được tổ chức luân phiên tại các trường THCS trong quận."
            ),
        ],
        authors=["Phạm Thu Trang"],
        opts={
            "id": 2439,
            "user": "phamthutrang",
            "time": "17:10:45",
            "tags": ["thcs"],
            "comments": [(287, "Hồ Tấn Lộc", "06/11/2026 lúc 12:20", "Mong Phòng chia sẻ video tiết dạy.")],
        },
    ),
    Story(
        8,
        S8,
        "Học sinh Ninh Kiều đạt 14 giải học sinh giỏi cấp thành phố môn Tin học",
        "tin-giao-duc",
        "2026-10-30",
        [
            P(
                "Tại kỳ thi chọn học sinh giỏi cấp thành phố môn Tin học lớp 9 năm học 2026-2027, đội "
                "tuyển quận Ninh Kiều đạt 14 giải, dẫn đầu toàn thành phố.",
                "sapo",
            ),
            P(
                "Kỳ thi diễn ra ngày 25/10/2026 với 186 thí sinh của 9 quận, huyện. Đề thi gồm 4 bài "
                "lập trình, thời gian làm bài 150 phút, được chấm tự động trên hệ thống."
            ),
            P("Kết quả cụ thể như sau:"),
            P("Giải | Số lượng | Đơn vị có học sinh đạt giải", "th"),
            P("Nhất | 2 | THCS Đoàn Thị Điểm, THCS Lương Thế Vinh", "td"),
            P("Nhì | 4 | THCS Đoàn Thị Điểm, THCS An Hòa 2", "td"),
            P("Ba | 5 | THCS Huỳnh Thúc Kháng, THCS Lương Thế Vinh", "td"),
            P("Khuyến khích | 3 | THCS Trần Ngọc Quế, THCS An Khánh", "td"),
            Img(
                up(10, "hsg-tin-hoc-2026.jpg"),
                "Đội tuyển Tin học quận Ninh Kiều cùng giáo viên bồi dưỡng",
                "Đội tuyển Tin học quận Ninh Kiều cùng giáo viên bồi dưỡng",
                "center",
            ),
            P(
                "Em Trương Quang Minh, học sinh lớp 9A1 Trường THCS Đoàn Thị Điểm, đạt điểm cao nhất "
                "kỳ thi và được chọn vào đội tuyển thành phố dự thi cấp quốc gia."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        summary=(
            "Tại kỳ thi chọn học sinh giỏi cấp thành phố môn Tin học lớp 9 năm học 2026-2027, đội "
            "tuyển quận Ninh Kiều đạt 14 giải, dẫn đầu toàn thành phố."
        ),
        opts={"id": 2431, "user": "admin", "time": "11:45:00", "tags": ["hoc-sinh-gioi", "thcs"]},
    ),
    Story(
        9,
        S9,
        "Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho giáo viên",
        "hoat-dong-chuyen-mon",
        "2026-10-24",
        [
            P(
                "Trong hai ngày 22 và 23/10/2026, Phòng GD&ĐT quận Ninh Kiều tổ chức lớp tập huấn "
                "“Ứng dụng trí tuệ nhân tạo (AI) trong dạy học” cho 120 giáo viên cốt cán các trường "
                "tiểu học và THCS."
            ),
            P(
                "Học viên được hướng dẫn sử dụng các công cụ AI để soạn câu hỏi, thiết kế phiếu học "
                "tập, tạo hình ảnh minh họa bài giảng và hỗ trợ nhận xét bài làm của học sinh; đồng "
                "thời được lưu ý về bảo mật dữ liệu cá nhân và tính chính xác của thông tin do AI "
                "tạo ra."
            ),
            P(
                "AI là trợ lý đắc lực, nhưng người thầy vẫn là người quyết định nội dung và cách "
                "thức tổ chức bài học.",
                "quote",
            ),
            Img(
                up(10, "tap-huan-ai-giao-vien.jpg"),
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ AI",
                "Giáo viên thực hành thiết kế phiếu học tập với công cụ AI",
                "wpcap",
            ),
            P(
                "Sau tập huấn, mỗi giáo viên cốt cán có nhiệm vụ xây dựng ít nhất một kế hoạch bài "
                "dạy có ứng dụng AI và tập huấn lại cho đồng nghiệp tại đơn vị."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Võ Thanh Tùng; Ảnh: Tổ Văn phòng</strong></p>'
            ),
        ],
        authors=["Võ Thanh Tùng"],
        photographers=["Tổ Văn phòng"],
        opts={"id": 2424, "user": "admin", "time": "08:05:00", "tags": ["chuyen-doi-so"]},
    ),
    Story(
        10,
        S10,
        "Lịch tiếp công dân quý IV năm 2026",
        "thong-bao",
        "2026-10-15",
        [
            P(
                "Phòng GD&ĐT quận Ninh Kiều thông báo lịch tiếp công dân định kỳ quý IV năm 2026 của "
                "lãnh đạo Phòng như sau:"
            ),
            P("Thứ Năm, ngày 15/10/2026: bà Huỳnh Thị Mỹ Dung, Trưởng phòng.", "li"),
            P("Thứ Năm, ngày 19/11/2026: ông Trần Văn Thành, Phó Trưởng phòng.", "li"),
            P("Thứ Năm, ngày 17/12/2026: bà Huỳnh Thị Mỹ Dung, Trưởng phòng.", "li"),
            P(
                "Địa điểm: Phòng tiếp công dân, số 02 Hòa Bình, phường Tân An, quận Ninh Kiều. Thời "
                "gian: buổi sáng từ 7 giờ 30 đến 11 giờ."
            ),
        ],
        opts={"id": 2416, "user": "admin", "time": "07:40:00", "tags": ["van-ban"]},
    ),
    Story(
        11,
        S11,
        "Khai mạc Hội khỏe Phù Đổng quận Ninh Kiều năm 2026",
        "tin-giao-duc",
        "2026-10-08",
        [
            P(
                "Sáng 07/10/2026, tại Nhà thi đấu quận, Phòng GD&ĐT phối hợp Phòng Văn hóa - Thông "
                "tin quận Ninh Kiều khai mạc Hội khỏe Phù Đổng năm 2026 với sự tham gia của hơn 1.500 "
                "vận động viên là học sinh tiểu học và THCS.",
                "sapo",
            ),
            P(
                "Hội khỏe năm nay gồm 9 môn thi đấu: điền kinh, bơi lội, bóng đá mini, cầu lông, bóng "
                "bàn, cờ vua, võ cổ truyền, đá cầu và kéo co. Các môn thi đấu diễn ra đến hết ngày "
                "25/10/2026 tại 5 địa điểm."
            ),
            Img(
                up(10, "hkpd-khai-mac.jpg"),
                "Màn đồng diễn thể dục của học sinh Trường THCS An Khánh",
                "Màn đồng diễn thể dục của học sinh Trường THCS An Khánh",
                "fig",
            ),
            P(
                "Phát biểu khai mạc, lãnh đạo UBND quận mong muốn các vận động viên thi đấu trung "
                "thực, cao thượng; qua đó lựa chọn những học sinh xuất sắc tham dự Hội khỏe Phù Đổng "
                "thành phố Cần Thơ lần thứ X."
            ),
            P("Kết thúc lễ khai mạc là trận bóng đá mini giao hữu giữa đội giáo viên và học sinh."),
            Raw('<p style="text-align: right;"><em>Ảnh: Internet</em></p>'),
        ],
        authors=["Nguyễn Hoàng Phúc"],
        summary=(
            "Sáng 07/10/2026, tại Nhà thi đấu quận, Phòng GD&ĐT phối hợp Phòng Văn hóa - Thông "
            "tin quận Ninh Kiều khai mạc Hội khỏe Phù Đổng năm 2026 với sự tham gia của hơn 1.500 "
            "vận động viên là học sinh tiểu học và THCS."
        ),
        opts={"id": 2409, "user": "nguyenhoangphuc", "time": "10:25:00", "tags": ["the-thao"]},
    ),
    Story(
        12,
        S12,
        "Ninh Kiều ra quân “Năm học an toàn giao thông” 2026-2027",
        "tin-giao-duc",
        "2026-09-28",
        [
            P(
                "Ngày 26/9/2026, tại Trường THCS Huỳnh Thúc Kháng, Phòng GD&ĐT quận Ninh Kiều phối hợp "
                "Đội Cảnh sát giao thông Công an quận tổ chức lễ ra quân hưởng ứng “Năm học an toàn "
                "giao thông” 2026-2027."
            ),
            P(
                "Tại buổi lễ, đại diện học sinh các trường ký cam kết chấp hành pháp luật về trật tự, "
                "an toàn giao thông: đội mũ bảo hiểm đạt chuẩn khi ngồi trên xe mô tô, xe gắn máy; "
                "không đi xe máy điện khi chưa đủ tuổi; không dàn hàng ngang khi đi xe đạp.",
                "",
            ),
            P("Các trường đồng loạt thực hiện:", ""),
            P("Tuyên truyền luật giao thông trong tiết sinh hoạt dưới cờ đầu tuần.", "li"),
            P("Phối hợp phụ huynh đưa đón học sinh đúng nơi quy định, không đậu xe dưới lòng đường.", "li"),
            P("Tổ chức cuộc thi vẽ tranh “Em yêu an toàn giao thông” cho học sinh tiểu học.", "li"),
            Img(
                up(9, "ra-quan-atgt-2026.jpg"),
                "Học sinh ký cam kết chấp hành luật giao thông",
                "Học sinh ký cam kết chấp hành luật giao thông",
                "center",
            ),
            P(
                "Dịp này, Công an quận trao tặng 300 mũ bảo hiểm cho học sinh có hoàn cảnh khó khăn "
                "của các trường trên địa bàn."
            ),
            Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT quận Ninh Kiều</em></p>'),
        ],
        source="Cổng TTĐT quận Ninh Kiều",
        opts={"id": 2398, "user": "admin", "time": "09:00:00", "tags": ["thcs", "tieu-hoc"]},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.opts["id"]: s for s in STORIES}
COMMENT_IDS = {cid: s for s in STORIES for cid, *_ in s.opts.get("comments", [])}

#: the "Tin nổi bật" slider: (slug, the query its plugin appends)
SLIDER = [
    (S1, "fbclid=IwAR2mK8xQv1Tn4ZrYbHq7PwLc3sDf0uGj9eNkA5oVt6iW"),
    (S3, "zarsrc=30&utm_source=zalo"),
    (S4, "fbclid=IwAR0pLr5cNh2XyZt8QeWb1uMs6dVg4kFj7oAi3HnE"),
    (S8, "zarsrc=30&utm_source=zalo"),
]
SHARE_QUERY = "utm_source=zalo&utm_medium=share"
#: the hand-written "Thông báo mới" widget links the notices without the trailing slash
NOTICE_WIDGET = [S2, S6, S10]
#: WP-PostViews' "Đọc nhiều" widget (the two oldest posts are not on it)
POPULAR = [S1, S3, S5, S8, S9]
#: the "Giới thiệu" page's old upper-case link (404)
DEAD_UPPER = f"/TIN-TUC/{S7}/"


def clean(story: Story) -> str:
    return f"/tin-tuc/{story.slug}/"


def sorted_posts(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.opts["id"], reverse=True)


def related(story: Story) -> list[Story]:
    """The related-posts plugin: up to 3 other posts of the category, newest first."""
    return [s for s in sorted_posts(STORIES) if s.cat == story.cat and s is not story][:3]


def related_href(story: Story, other: Story) -> str:
    if story.opts["id"] < OLD_PERMALINK_BELOW:
        return "/index.php" + clean(other)
    return clean(other)


def linked_variants(story: Story) -> list[str]:
    """Every other target under which the site links this post (see the module docstring)."""
    base = clean(story)
    out = [f"{base}?{SHARE_QUERY}", f"{base}amp/", f"{base}?print=1", f"/?p={story.opts['id']}"]
    out += [f"{base}?replytocom={cid}" for cid, *_ in story.opts.get("comments", [])]
    out += [f"{base}?{q}" for slug, q in SLIDER if slug == story.slug]
    if story.slug in NOTICE_WIDGET:
        out.append(base.rstrip("/"))
    if any(story in related(o) and o.opts["id"] < OLD_PERMALINK_BELOW for o in STORIES):
        out.append("/index.php" + base)
    return out


GOLD = [
    gold_record(s, clean(s), CATEGORIES[s.cat], alt_paths=linked_variants(s)) for s in STORIES
]

NON_ARTICLES = [
    "/chuyen-muc/tin-giao-duc/page/2/",
    "/tag/chuyen-doi-so/",
    "/author/phamthutrang/",
    "/2026/11/",
    "/gioi-thieu/",
    "/lien-he/",
]


# --- printing -------------------------------------------------------------------------------


def _ymd(story: Story) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in story.published_at.split("-"))
    return y, m, d


def date_printed(story: Story) -> str:
    y, m, d = _ymd(story)
    return f"{d:02d}/{m:02d}/{y}"


def date_iso(story: Story) -> str:
    return f"{story.published_at}T{story.opts['time']}+07:00"


def absu(request: Request, path: str) -> str:
    return base_url(request) + path


def _srcset(request: Request, src: str) -> str:
    stem, ext = src.rsplit(".", 1)
    return (
        f'srcset="{absu(request, src)} 1024w, {absu(request, f"{stem}-300x200.{ext}")} 300w, '
        f'{absu(request, f"{stem}-768x512.{ext}")} 768w" sizes="(max-width: 1024px) 100vw, 1024px"'
    )


def render_img(request: Request, img: Img, n: int) -> str:
    src = absu(request, img.src)
    cap = esc(img.printed) if img.printed else ""
    tag = (
        f'<img decoding="async" width="1024" height="683" src="{src}" alt="{cap}" '
        f'class="wp-image-{9100 + n}" {_srcset(request, img.src)}>'
    )
    if img.style == "fig":
        return (
            f'<figure class="wp-block-image size-large">{tag}'
            f'<figcaption class="wp-element-caption">{cap}</figcaption></figure>'
        )
    if img.style == "wpcap":
        return (
            f'<figure id="attachment_{9100 + n}" aria-describedby="caption-attachment-{9100 + n}" '
            f'style="width: 1024px" class="wp-caption aligncenter">{tag}'
            f'<figcaption id="caption-attachment-{9100 + n}" class="wp-caption-text">{cap}</figcaption></figure>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.style == "em" and cap:
        out += f'\n<p style="text-align: center;"><em>{cap}</em></p>'
    elif img.style == "center" and cap:
        out += f'\n<p class="has-text-align-center">{cap}</p>'
    return out


def render_blocks(request: Request, story: Story, amp: bool = False) -> str:
    """The post content as the editor saved it (``amp``: as the AMP plugin sanitises it)."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if amp:
                amp_img = (
                    f'<amp-img src="{absu(request, b.src)}" width="1024" height="683" '
                    'layout="responsive"></amp-img>'
                )
                cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
                out.append(f'<figure class="amp-wp-figure">{amp_img}{cap}</figure>')
            else:
                out.append(render_img(request, b, i))
        elif b.style in ("li", "oli"):
            tag = "ol" if b.style == "oli" else "ul"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{text(blocks[i].text)}</li>")
                i += 1
            out.append(f'<{tag} class="wp-block-list">\n' + "\n".join(items) + f"\n</{tag}>")
            continue
        elif b.style in ("th", "td"):
            head, rows = "", []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "th":
                    head = "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in cells) + "</tr></thead>"
                else:
                    rows.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                f'<figure class="wp-block-table"><table class="has-fixed-layout">{head}<tbody>'
                + "".join(rows)
                + "</tbody></table></figure>"
            )
            continue
        elif b.style == "h2":
            out.append(f'<h2 class="wp-block-heading">{text(b.text)}</h2>')
        elif b.style == "sapo":
            out.append(f'<p class="nk-sapo"><strong>{text(b.text)}</strong></p>')
        elif b.style == "quote":
            out.append(f'<blockquote class="wp-block-quote"><p>{text(b.text)}</p></blockquote>')
        elif b.style == "br":
            pass  # printed with the paragraph before it
        else:
            para = text(b.text)
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if isinstance(nxt, P) and nxt.style == "br":
                para += f"<br>\n{text(nxt.text)}"
            out.append(f'<p style="text-align: justify;">{para}</p>')
        i += 1
    return "\n".join(out)


def menu_html() -> str:
    items = [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu")]
    items += [(f"/chuyen-muc/{k}/", v) for k, v in CATEGORIES.items()]
    items.append(("/lien-he/", "Liên hệ"))
    return "".join(
        f'<li class="menu-item menu-item-{300 + n}"><a href="{{base}}{href}">{esc(label)}</a></li>'
        for n, (href, label) in enumerate(items)
    )


MONTH_NAMES = {9: "Tháng Chín 2026", 10: "Tháng Mười 2026", 11: "Tháng Mười Một 2026"}


def sidebar(request: Request) -> str:
    base = base_url(request)
    by_views = sorted((BY_SLUG[slug] for slug in POPULAR), key=lambda s: s.views(), reverse=True)
    popular = "".join(
        f'<li><a href="{base}{clean(s)}" title="{esc(s.title)}">{esc(s.title)}</a> '
        f'<span class="post-views">({s.views()} lượt xem)</span></li>'
        for s in by_views
    )
    notices = "".join(
        f'<li><a href="{base}/tin-tuc/{slug}">{esc(BY_SLUG[slug].title)}</a></li>'
        for slug in NOTICE_WIDGET
    )
    archives = "".join(
        f'<li><a href="{base}/2026/{m:02d}/">{MONTH_NAMES[m]}</a></li>' for m in (11, 10, 9)
    )
    tags = " ".join(
        f'<a href="{base}/tag/{k}/" class="tag-cloud-link tag-link-{40 + n}">{esc(v)}</a>'
        for n, (k, v) in enumerate(TAGS.items())
    )
    return f"""<aside class="nk-sidebar">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="{base}/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span>
<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s"></label>
<input type="submit" class="search-submit" value="Tìm kiếm"></form></section>
<section class="widget widget_views"><h3 class="widget-title"><span>Đọc nhiều</span></h3><ul>{popular}</ul></section>
<section class="widget widget_custom_html"><h3 class="widget-title"><span>Thông báo mới</span></h3>
<div class="textwidget custom-html-widget"><ul class="nk-notice">{notices}</ul></div></section>
<section class="widget widget_archive"><h3 class="widget-title"><span>Lưu trữ</span></h3><ul>{archives}</ul></section>
<section class="widget widget_tag_cloud"><h3 class="widget-title"><span>Từ khóa</span></h3><div class="tagcloud">{tags}</div></section>
<section class="widget widget_counter"><h3 class="widget-title"><span>Thống kê truy cập</span></h3>
<ul class="nk-counter"><li>Đang online: <b>31</b></li><li>Hôm nay: <b>1.287</b></li>
<li>Hôm qua: <b>1.942</b></li><li>Tổng truy cập: <b>2.316.854</b></li></ul></section>
<section class="widget widget_polls-widget"><h3 class="widget-title"><span>Thăm dò ý kiến</span></h3>
<div id="polls-7" class="wp-polls"><form id="polls_form_7" class="wp-polls-form" action="{base}/index.php" method="post">
<p style="text-align: center;"><strong>Bạn đánh giá thế nào về sổ liên lạc điện tử?</strong></p>
<ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-21" name="poll_7" value="21"> <label for="poll-answer-21">Rất tiện lợi</label></li>
<li><input type="radio" id="poll-answer-22" name="poll_7" value="22"> <label for="poll-answer-22">Bình thường</label></li>
<li><input type="radio" id="poll-answer-23" name="poll_7" value="23"> <label for="poll-answer-23">Khó sử dụng</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="Bình chọn" class="Buttons" onclick="poll_vote(7);"></p>
</form></div></section>
<section class="widget widget_links"><h3 class="widget-title"><span>Liên kết website</span></h3><ul>
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://cantho.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Cần Thơ</a></li>
<li><a href="https://ninhkieu.cantho.gov.vn" target="_blank" rel="noopener">Cổng TTĐT quận Ninh Kiều</a></li></ul></section>
<section class="widget widget_media_image"><a href="https://dichvucong.gov.vn"><img width="300" height="120" src="{base}/wp-content/uploads/2025/03/banner-dich-vu-cong.png" class="image wp-image-88" alt="Dịch vụ công trực tuyến"></a></section>
</aside>"""


def layout(request: Request, title: str, main: str, head: str = "", body_class: str = "home") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="generator" content="WordPress 6.6.2">
{head}
<link rel="stylesheet" id="nk-mag-style-css" href="{base}/wp-content/themes/nk-mag/style.css?ver=2.4.1" media="all">
<link rel="stylesheet" id="wp-block-library-css" href="{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2" media="all">
<script src="{base}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/">
<link rel="icon" href="{base}/wp-content/uploads/2025/03/cropped-logo-pgd-32x32.png" sizes="32x32">
</head>
<body class="{body_class} wp-theme-nk-mag">
<div class="nk-outer-wrap">
<div class="nk-top-bar"><div class="nk-container"><span class="nk-top-date">{esc(TODAY)}</span>
<ul class="nk-top-menu"><li><a href="{base}/lien-he/">Liên hệ</a></li><li><a href="{base}/wp-login.php">Đăng nhập</a></li></ul></div></div>
<header class="nk-header"><div class="nk-container">
<div class="nk-logo"><a href="{base}/" rel="home"><img src="{base}/wp-content/uploads/2025/03/logo-pgd-ninh-kieu.png" alt="{esc(SITE_SHORT)}" width="420" height="90"></a></div>
<div class="nk-header-banner"><img src="{base}/wp-content/uploads/2025/03/banner-header.jpg" alt=""></div>
</div></header>
<nav class="nk-main-menu"><div class="nk-container"><ul id="menu-main" class="sf-menu">{menu_html().replace("{base}", base)}</ul></div></nav>
<div class="nk-main-content-wrap"><div class="nk-container nk-row">
<main class="nk-main-col">{main}</main>
{sidebar(request)}
</div></div>
<footer class="nk-footer"><div class="nk-container">
<div class="nk-footer-info"><p><strong>{esc(SITE_TITLE).upper()}</strong></p>
<p>Địa chỉ: Số 02 Hòa Bình, phường Tân An, quận Ninh Kiều, thành phố Cần Thơ</p>
<p>Điện thoại: 0292 3821 456 - Fax: 0292 3821 457 - Email: pgdninhkieu@cantho.edu.vn</p>
<p>Chịu trách nhiệm chính: Huỳnh Thị Mỹ Dung - Trưởng phòng</p></div>
<div class="nk-sub-footer">&copy; 2026 {esc(SITE_SHORT)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div>
</div></footer>
</div>
<script src="{base}/wp-content/themes/nk-mag/js/nk-script.js?ver=2.4.1" id="nk-script-js"></script>
<script src="{base}/wp-content/plugins/wp-polls/polls-js.js?ver=2.77.2" id="wp-polls-js"></script>
</body>
</html>"""


def card(request: Request, story: Story, href: str | None = None) -> str:
    """A listing module: thumbnail, category label, title, date, excerpt."""
    base = base_url(request)
    href = href or base + clean(story)
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb = ""
    if first:
        stem, ext = first.src.rsplit(".", 1)
        thumb = (
            f'<div class="nk-module-thumb"><a href="{href}" rel="bookmark" title="{esc(story.title)}">'
            f'<img width="218" height="150" class="entry-thumb" src="{base}{stem}-218x150.{ext}" '
            f'alt="" title="{esc(story.title)}"></a></div>'
        )
    excerpt = next(b.text for b in story.blocks if isinstance(b, P))
    words = excerpt.split()
    excerpt = " ".join(words[:28]) + (" [&hellip;]" if len(words) > 28 else "")
    return f"""<div class="nk-block-span12"><div class="nk_module_10 nk_module_wrap">
{thumb}
<div class="item-details">
<h3 class="entry-title nk-module-title"><a href="{href}" rel="bookmark" title="{esc(story.title)}">{esc(story.title)}</a></h3>
<div class="nk-module-meta-info"><a href="{base}/chuyen-muc/{story.cat}/" class="nk-post-category">{esc(CATEGORIES[story.cat])}</a>
<span class="nk-post-date"><time class="entry-date updated" datetime="{date_iso(story)}">{date_printed(story)}</time></span></div>
<div class="nk-excerpt">{esc(excerpt)}</div>
</div></div></div>"""


def pager(base_path: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    links = []
    if page > 1:
        prev = base_path if page == 2 else f"{base_path}page/{page - 1}/"
        links.append(f'<a class="page-nav-prev" href="{{base}}{prev}"><i class="nk-icon-menu-left"></i></a>')
    for n in range(1, pages + 1):
        target = base_path if n == 1 else f"{base_path}page/{n}/"
        if n == page:
            links.append(f'<span class="current">{n}</span>')
        else:
            links.append(f'<a href="{{base}}{target}" class="page" title="{n}">{n}</a>')
    if page < pages:
        links.append(f'<a class="page-nav-next" href="{{base}}{base_path}page/{page + 1}/"><i class="nk-icon-menu-right"></i></a>')
    links.append(f'<span class="pages">Trang {page} / {pages}</span>')
    return '<div class="page-nav nk-pb-padding-side">' + "".join(links) + "</div>"


def listing(
    request: Request, heading: str, posts: list[Story], base_path: str, page: int, crumbs: str = ""
) -> Response | None:
    base = base_url(request)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(card(request, s) for s in chunk)
    main = f"""<div class="nk-crumb-container"><div class="entry-crumbs"><a href="{base}/">Trang chủ</a> <i class="nk-icon-right"></i> {crumbs or esc(heading)}</div></div>
<h1 class="entry-title nk-page-title"><span>{esc(heading)}</span></h1>
<div class="nk-ss-main-content">{cards}</div>
{pager(base_path, page, pages).replace("{base}", base)}"""
    title = heading + (f" - Trang {page} trên {pages}" if page > 1 else "") + f" - {SITE_SHORT}"
    head = f'<link rel="canonical" href="{base}{base_path}{f"page/{page}/" if page > 1 else ""}">'
    return html(layout(request, title, main, head, "archive"))


def home(request: Request, page: int = 1) -> Response | None:
    base = base_url(request)
    posts = sorted_posts(STORIES)
    pages = -(-len(posts) // PER_PAGE)
    if page > pages:
        return None
    slider = ""
    if page == 1:
        slides = "".join(
            f'<div class="nk-slide"><a href="{base}/tin-tuc/{slug}/?{esc(q)}" class="nk-slide-link">'
            f'<span class="nk-slide-cat">{esc(CATEGORIES[BY_SLUG[slug].cat])}</span>'
            f'<span class="nk-slide-title">{esc(BY_SLUG[slug].title)}</span></a></div>'
            for slug, q in SLIDER
        )
        slider = f'<div class="nk-featured-slider"><h4 class="block-title"><span>Tin nổi bật</span></h4>{slides}</div>'
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "\n".join(card(request, s) for s in chunk)
    main = f"""{slider}
<div class="nk-block-title-wrap"><h4 class="block-title"><span>Tin mới cập nhật</span></h4></div>
<div class="nk-latest">{cards}</div>
{pager("/", page, pages).replace("{base}", base)}"""
    title = SITE_SHORT + (f" - Trang {page}" if page > 1 else " - Cổng thông tin điện tử")
    head = f'<link rel="canonical" href="{base}/{f"page/{page}/" if page > 1 else ""}">'
    return html(layout(request, title, main, head, "home blog" if page == 1 else "blog paged"))


def comments_html(request: Request, story: Story, reply_to: int | None) -> str:
    base = base_url(request)
    url = base + clean(story)
    items = []
    names = {cid: name for cid, name, *_ in story.opts.get("comments", [])}
    reply_title = f"Trả lời {esc(names[reply_to])}" if reply_to else "Để lại bình luận"
    form = f"""<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">{reply_title}
<small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"{"" if reply_to else ' style="display:none;"'}>Hủy</a></small></h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *</p>
<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="6" required placeholder="Bình luận:"></textarea></p>
<p class="comment-form-author"><input id="author" name="author" type="text" placeholder="Tên:*" required></p>
<p class="comment-form-email"><input id="email" name="email" type="email" placeholder="Email:*" required></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận">
<input type="hidden" name="comment_post_ID" value="{story.opts["id"]}" id="comment_post_ID">
<input type="hidden" name="comment_parent" id="comment_parent" value="{reply_to or 0}"></p>
</form></div>"""
    for cid, name, when, said in story.opts.get("comments", []):
        items.append(f"""<li class="comment even thread-even depth-1" id="li-comment-{cid}">
<article id="comment-{cid}" class="comment-body"><footer class="comment-meta">
<img alt="" src="{base}/wp-content/plugins/nk-avatars/avatar-default-50.png" class="avatar avatar-50" height="50" width="50">
<cite class="fn">{esc(name)}</cite>
<a href="{url}#comment-{cid}" class="comment-link"><time datetime="">{esc(when)}</time></a></footer>
<div class="comment-content"><p>{esc(said)}</p></div>
<div class="comment-respond-link"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={cid}#respond" data-commentid="{cid}" data-postid="{story.opts["id"]}" data-respondelement="respond" aria-label="Trả lời {esc(name)}">Trả lời</a></div>
</article>{form if reply_to == cid else ""}</li>""")
    n = len(items)
    head = f'<h3 class="nk-comments-title-wrap"><span>{n} BÌNH LUẬN</span></h3>' if n else ""
    lst = f'<ol class="comment-list">{"".join(items)}</ol>' if n else ""
    return f'<div class="comments" id="comments">{head}{lst}{"" if reply_to else form}</div>'


def post_page(request: Request, story: Story, reply_to: int | None = None) -> Response:
    base = base_url(request)
    url = base + clean(story)
    user = story.opts["user"]
    ncom = len(story.opts.get("comments", []))
    posts = sorted_posts(STORIES)
    idx = posts.index(story)
    nav = []
    if idx + 1 < len(posts):
        o = posts[idx + 1]
        nav.append(f'<div class="nk-post-prev-post"><span>Bài trước</span><a href="{base}{clean(o)}">{esc(o.title)}</a></div>')
    if idx > 0:
        o = posts[idx - 1]
        nav.append(f'<div class="nk-post-next-post"><span>Bài sau</span><a href="{base}{clean(o)}">{esc(o.title)}</a></div>')
    rel = "".join(
        f'<li><a href="{base}{related_href(story, o)}">{esc(o.title)}</a> <span class="nk-rel-date">({date_printed(o)})</span></li>'
        for o in related(story)
    )
    tags = "".join(f'<li><a href="{base}/tag/{t}/">{esc(TAGS[t])}</a></li>' for t in story.opts["tags"])
    share_title = quote(story.title)
    robots = '<meta name="robots" content="noindex, follow">' if reply_to else ""
    head = f"""{robots}
<link rel="canonical" href="{url}">
<link rel="shortlink" href="{base}/?p={story.opts["id"]}">
<link rel="amphtml" href="{url}amp/">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story.title)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{date_iso(story)}">"""
    comments_link = f'<a href="{url}#comments">{ncom} bình luận</a>' if ncom else f'<a href="{url}#respond">Để lại bình luận</a>'
    main = f"""<div class="nk-crumb-container"><div class="entry-crumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
<span><a href="{base}/" class="entry-crumb">Trang chủ</a></span> <i class="nk-icon-right"></i>
<span><a href="{base}/chuyen-muc/{story.cat}/" class="entry-crumb">{esc(CATEGORIES[story.cat])}</a></span> <i class="nk-icon-right"></i>
<span class="nk-bred-no-url-last">{esc(story.title)}</span></div></div>
<article id="post-{story.opts["id"]}" class="nk-post post-{story.opts["id"]} post type-post status-publish format-standard category-{story.cat}">
<div class="nk-post-header">
<ul class="nk-category"><li class="entry-category"><a class="nk-cat-label" href="{base}/chuyen-muc/{story.cat}/">{esc(CATEGORIES[story.cat])}</a></li></ul>
<header class="nk-post-title">
<h1 class="nk-title">{esc(story.title)}</h1>
<div class="nk-meta">
<div class="nk-post-author-name"><div class="nk-author-by">Bởi</div> <a href="{base}/author/{user}/">{esc(USERS[user])}</a><div class="nk-author-line"> - </div></div>
<span class="nk-post-date"><time class="nk-date" datetime="{date_iso(story)}">{date_printed(story)}</time></span>
<div class="nk-post-views"><i class="nk-icon-views"></i><span class="nk-nr-views-{story.opts["id"]}">{story.views()}</span> lượt xem</div>
<div class="nk-post-comments">{comments_link}</div>
</div></header></div>
<div class="nk-share nk-post-sharing">
<a class="nk-social-facebook" href="https://www.facebook.com/sharer.php?u={quote(url, safe="")}" target="_blank" rel="nofollow">Facebook</a>
<a class="nk-social-zalo" href="{url}?{SHARE_QUERY.replace("&", "&amp;")}" data-href="{url}" rel="nofollow">Zalo</a>
<a class="nk-social-print" href="{url}?print=1" rel="nofollow" title="In bài viết">In bài</a>
<a class="nk-social-mail" href="mailto:?subject={share_title}&amp;body={quote(url, safe="")}">Email</a>
</div>
<div class="nk-post-content nk-content">
{render_blocks(request, story)}
</div>
<footer class="nk-post-footer">
<div class="nk-post-source-tags"><ul class="nk-tags"><li><span>TỪ KHÓA</span></li>{tags}</ul></div>
<div class="nk-block-row nk-post-next-prev">{"".join(nav)}</div>
</footer>
<div class="nk-related nk_block_related_posts"><h4 class="nk-related-title"><span>Bài viết liên quan</span></h4><ul>{rel}</ul></div>
{comments_html(request, story, reply_to)}
</article>"""
    title = f"{story.title} - {SITE_SHORT}"
    return html(layout(request, title, main, head, f"post-template-default single single-post postid-{story.opts['id']}"))


def amp_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    url = base + clean(story)
    user = story.opts["user"]
    body = f"""<!doctype html>
<html amp lang="vi">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{esc(story.title)} &#8211; {esc(SITE_SHORT)}</title>
<link rel="canonical" href="{url}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>body{{font-family:Arial,sans-serif}}.amp-wp-header{{background:#0a5aa0}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{base}/">{esc(SITE_SHORT)}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{esc(story.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(USERS[user])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{date_iso(story)}">{date_printed(story)}</time></div>
</header>
<div class="amp-wp-article-content">
{render_blocks(request, story, amp=True)}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: <a href="{base}/chuyen-muc/{story.cat}/">{esc(CATEGORIES[story.cat])}</a></div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{url}#respond">Để lại bình luận</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><p>&copy; 2026 {esc(SITE_SHORT)}</p>
<a href="#top" class="back-to-top">Về đầu trang</a></div></footer>
</body></html>"""
    return html(body)


def print_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    url = base + clean(story)
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8">
<title>{esc(story.title)} - {esc(SITE_SHORT)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="{base}/wp-content/plugins/wp-print/print-css.css?ver=2.58" media="all">
</head>
<body>
<p style="text-align: center;"><strong>- {esc(SITE_SHORT)} - {base}/ -</strong></p>
<div class="Center"><div id="Outline">
<p id="BlogTitle">{esc(story.title)}</p>
<p id="BlogDate">Đăng bởi <u>{esc(USERS[story.opts["user"]])}</u> lúc {date_printed(story)} trong chuyên mục {esc(CATEGORIES[story.cat])}</p>
<div id="BlogContent">
{render_blocks(request, story)}
</div></div></div>
<p style="text-align: center;">Bài viết được in từ {esc(SITE_SHORT)}: <strong>{base}</strong></p>
<p style="text-align: center;">Địa chỉ bài viết: <strong dir="ltr">{url}</strong></p>
<p style="text-align: center;">Bản quyền &copy; 2026 {esc(SITE_SHORT)}. Bảo lưu mọi quyền.</p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" title="Bấm để in">Bấm để in</a></p>
</body></html>"""
    return html(body)


def static_page(request: Request, slug: str) -> Response:
    base = base_url(request)
    if slug == "gioi-thieu":
        title = "Giới thiệu"
        content = f"""<p>Phòng Giáo dục và Đào tạo quận Ninh Kiều là cơ quan chuyên môn thuộc UBND quận, tham mưu giúp UBND quận quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở trên địa bàn.</p>
<h2>Chức năng, nhiệm vụ</h2>
<ul><li>Trình UBND quận ban hành quyết định, kế hoạch phát triển giáo dục trên địa bàn.</li>
<li>Hướng dẫn, kiểm tra các cơ sở giáo dục thực hiện chương trình, kế hoạch giáo dục.</li>
<li>Tổng hợp, báo cáo tình hình giáo dục định kỳ và đột xuất.</li></ul>
<h2>Lãnh đạo Phòng</h2>
<p>Trưởng phòng: bà Huỳnh Thị Mỹ Dung<br>Phó Trưởng phòng: ông Trần Văn Thành</p>
<p>Quận hiện có 28 trường mầm non, 23 trường tiểu học và 11 trường THCS công lập với hơn 2.900 cán bộ, giáo viên, nhân viên. Xem thêm hoạt động chuyên môn: <a href="{base}{DEAD_UPPER}">Sinh hoạt chuyên môn theo nghiên cứu bài học</a>.</p>"""
    else:
        title = "Liên hệ"
        content = f"""<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO QUẬN NINH KIỀU</strong></p>
<p>Địa chỉ: Số 02 Hòa Bình, phường Tân An, quận Ninh Kiều, thành phố Cần Thơ</p>
<p>Điện thoại: 0292 3821 456 - Fax: 0292 3821 457</p>
<p>Email: pgdninhkieu@cantho.edu.vn</p>
<div class="wpcf7" id="wpcf7-f120-p14-o1"><form action="{base}/lien-he/#wpcf7-f120-p14-o1" method="post" class="wpcf7-form init">
<p><label>Họ và tên<br><input type="text" name="your-name" size="40"></label></p>
<p><label>Email<br><input type="email" name="your-email" size="40"></label></p>
<p><label>Nội dung<br><textarea name="your-message" cols="40" rows="6"></textarea></label></p>
<p><input type="submit" value="Gửi" class="wpcf7-form-control wpcf7-submit"></p></form></div>"""
    main = f"""<div class="nk-crumb-container"><div class="entry-crumbs"><a href="{base}/">Trang chủ</a> <i class="nk-icon-right"></i> <span>{title}</span></div></div>
<div class="nk-page-header"><h1 class="entry-title nk-page-title"><span>{title}</span></h1></div>
<div class="nk-page-content nk-content">{content}</div>"""
    head = f'<link rel="canonical" href="{base}/{slug}/">'
    return html(layout(request, f"{title} - {SITE_SHORT}", main, head, f"page-template-default page page-{slug}"))


def search_page(request: Request, words: str) -> Response | None:
    hits = [s for s in sorted_posts(STORIES) if words.lower() in s.title.lower()] if words else []
    return listing(request, f"Kết quả tìm kiếm: {words}", hits, "/", 1)


def _page_no(m: re.Match, group: int) -> int:
    return int(m.group(group)) if m.group(group) else 1


class WordPressSite:
    """The routes of the WordPress install (see the module docstring)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")) or path == "/favicon.ico":
            return static_file(path)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            # WordPress's redirect_canonical: the slashed address, when there is one
            slashed = Request(request.method, path + "/", "", request.headers)
            if self.route(slashed) is not None:
                target = base_url(request) + path + "/" + (f"?{request.query}" if request.query else "")
                return redirect(target, 301)
            return None
        return self.route(request)

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path == "/":
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(base_url(request) + clean(story), 301) if story else None
            if "s" in params:
                return search_page(request, params["s"].strip())
            return home(request)
        if m := re.fullmatch(r"/page/(\d+)/", path):
            return home(request, int(m.group(1))) if int(m.group(1)) > 1 else None
        if m := re.fullmatch(r"/(index\.php/)?tin-tuc/([a-z0-9-]+)/(amp/)?", path):
            story = BY_SLUG.get(m.group(2))
            if story is None:
                return None
            if m.group(3):
                return amp_page(request, story)
            if params.get("print") == "1":
                return print_page(request, story)
            reply = params.get("replytocom", "")
            reply_to = int(reply) if reply.isdigit() and COMMENT_IDS.get(int(reply)) is story else None
            return post_page(request, story, reply_to)
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)/(?:page/(\d+)/)?", path):
            key = m.group(1)
            if key not in CATEGORIES:
                return None
            posts = [s for s in sorted_posts(STORIES) if s.cat == key]
            return listing(request, CATEGORIES[key], posts, f"/chuyen-muc/{key}/", _page_no(m, 2))
        if m := re.fullmatch(r"/tag/([a-z-]+)/(?:page/(\d+)/)?", path):
            key = m.group(1)
            if key not in TAGS:
                return None
            posts = [s for s in sorted_posts(STORIES) if key in s.opts["tags"]]
            return listing(request, f"Từ khóa: {TAGS[key]}", posts, f"/tag/{key}/", _page_no(m, 2))
        if m := re.fullmatch(r"/author/([a-z]+)/(?:page/(\d+)/)?", path):
            login = m.group(1)
            if login not in USERS:
                return None
            posts = [s for s in sorted_posts(STORIES) if s.opts["user"] == login]
            heading = f"Tác giả: {USERS[login]}"
            return listing(request, heading, posts, f"/author/{login}/", _page_no(m, 2))
        if m := re.fullmatch(r"/2026/(\d\d)/(?:page/(\d+)/)?", path):
            month = int(m.group(1))
            if month not in MONTH_NAMES:
                return None
            posts = [s for s in sorted_posts(STORIES) if _ymd(s)[1] == month]
            heading = f"Lưu trữ: {MONTH_NAMES[month]}"
            return listing(request, heading, posts, f"/2026/{month:02d}/", _page_no(m, 2))
        if path in ("/gioi-thieu/", "/lien-he/"):
            return static_page(request, path.strip("/"))
        return None


def build_site() -> WordPressSite:
    return WordPressSite()

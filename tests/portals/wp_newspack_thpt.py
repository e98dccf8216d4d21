"""CLB Báo chí – Trường THPT Trần Phú, thành phố Hải Phòng: WordPress 6 + Newspack theme.

Platform: WordPress 6.6 with the Newspack theme (child "newspack-nelson"), Newspack Blocks
(homepage-articles blocks with a "Xem thêm bài" load-more button), Co-Authors Plus (several authors
and guest authors per post), Newspack's post subtitles, featured-image placement per post
(large / behind / beside / hidden), Newspack Newsletters' subscribe block, Newspack Campaigns'
inline prompts, Jetpack related posts, Yoast SEO (breadcrumbs, primary category, JSON-LD) and the
AMP plugin in transitional mode. The school's student press club runs the site.

URL scheme (WordPress prints every link absolute, from the Host header):
- ``/`` home: homepage-articles blocks ("Tiêu điểm": 1 post; "Mới nhất": 5 posts + load-more
  button whose ``data-next`` points at the REST route; "Góc sáng tác": a category block that
  de-duplicates posts already shown above); sidebar "Đọc nhiều".
- ``/wp-json/newspack-blocks/v1/articles?page=<N>&…``: JSON ``{"items":[{"html":…}],"next":…}``
  with PHP-escaped slashes (``http:\\/\\/host\\/2026\\/…``); page 2 and 3, then ``next: null``.
- ``/<yyyy>/<mm>/<dd>/<slug>/`` posts; ``/<slug>/2/`` the second page of a post split with
  ``<!--nextpage-->``; ``/<slug>/img_2041/`` an attachment page; ``?replytocom=<id>`` comment
  reply links; ``?amp=1`` the AMP view (``<link rel="amphtml">``); ``/?p=<id>`` the shortlink
  (301 to the post); a path without its final slash 301s to it.
- ``/category/<cat>/`` and ``/category/<cat>/page/<N>/`` (3 posts a page; ``/page/1/`` 301s).
- ``/author/<user>/`` (Co-Authors Plus archives, guest authors included), ``/tag/<tag>/``.
- Pages: ``/gioi-thieu/``, ``/lien-he/``, ``/ban-bien-tap/``, ``/dang-ky-ban-tin/``.
- ``/?s=…`` search (GET form in the header).

How the gold articles are reached: all 13 through the category listings (``tin-nha-truong`` has a
page 2 holding three of them), the home's HTML shows 8 of them (1 + 5 + 2), the rest through the
load-more JSON, the author archives and the previous/next post links.

Traps:
1. Load-more discovery: the home's "Mới nhất" block prints 5 posts; the rest come from
   ``/wp-json/newspack-blocks/v1/articles?page=N`` (JSON whose HTML has ``\\/``-escaped absolute
   URLs), linked only from the button's ``data-next`` attribute. Gold: the same articles, all
   also reachable through ``/category/…/page/2/``; the JSON pages are not articles.
2. Dates printed month-first with Vietnamese month words ("Tháng Mười Một 20, 2026", WordPress's
   default "F j, Y" under the vi locale); the time is only in ``<time datetime>`` and
   ``article:published_time``. Gold: the full timestamp with +07:00.
3. A visible "Cập nhật lúc 09:10, Tháng Mười Hai 5, 2026" (``time.updated``) next to the published
   date, and Yoast's JSON-LD printing ``datePublished`` in UTC (+00:00). Gold: the published
   timestamp in +07:00; for the post published at 00:00 the UTC form falls on the previous day
   (2026-11-25T17:00:00+00:00) and the gold is the day alone "2026-11-26" (midnight = day).
4. Featured image placements: "large" prints the photo above the header outside ``.entry-content``;
   "behind" prints it under the overlaid title, its caption in a separate ``.image-meta`` line
   after the header; "beside" prints it in a two-column header; "hidden" prints no photo, only
   ``og:image``. Gold: the printed featured photo is the first image (with its caption); a hidden
   one is no image.
5. Newspack image credits: ``<figcaption>`` holds the caption then ``<span class="image-credit">
   <span class="credit-label-wrapper">Ảnh:</span> <a>Trần Gia Huy</a></span>``. Gold: caption
   without the credit; the credited names are the photographers.
6. Co-Authors Plus bylines "Bởi A, B và C" with a guest author printed with a degree and a class
   ("ThS. Phạm Thị Hương", "Nguyễn Ngọc Bảo Trâm (12A5)"), plus an author-bio box per author
   under the post (name heading + bio paragraph + "Xem tất cả bài viết"). Gold: the names only;
   the bio boxes are not body.
7. A post split with ``<!--nextpage-->``: page 1 ends with "Trang: 1 2", the rest is at
   ``/<slug>/2/`` (its own canonical). Gold: one article at the first URL whose body is both
   pages' text in order; ``/2/`` is an alt path.
8. The attachment page ``/2026/11/24/tuoi-tre-tran-phu-tri-an-thay-co/img_2041/`` (one photo in a
   post links to it) looks like a post: title "img_2041", date, byline, comments form. Gold: a
   non-article.
9. The verse block ``<pre class="wp-block-verse">``: a poem's lines separated by newline
   characters, stanzas by an empty line. Gold: each line is a paragraph (a printed line break is
   a ``<br>``); a whitespace-collapsing reader glues the poem into one line.
10. Text inside figures: a pullquote is ``<figure class="wp-block-pullquote"><blockquote><p>``
    (text: a paragraph); a table block is ``<figure class="wp-block-table">`` with a
    ``<figcaption>`` (the table's rows are paragraphs, cells joined " | "; its caption is not).
11. Chrome inside ``.entry-content``: a Newspack Newsletters subscribe block and a Campaigns inline
    prompt ("Ủng hộ CLB Báo chí…") between paragraphs, Jetpack's "Có liên quan" related posts at
    the end. Gold: none of it is body.
12. A post filed in two categories ("Phóng sự" primary, "Tin nhà trường") is listed in both
    listings; the kicker and the Yoast breadcrumb print only the primary. Gold: "Phóng sự".
13. Duplicate URLs: ``?replytocom=N`` reply links in the comments and the AMP view ``?amp=1``
    (``<amp-img>`` instead of ``<img>``) serve the same post. Gold: alt_paths.
14. Drop caps written as a span: ``<p><span class="dropcap">T</span>rong…</p>``. Gold: "Trong…"
    (no space).
15. A post signed by the CMS account "Ban biên tập" whose text ends with a right-aligned
    "Tin, ảnh: Lê Khánh Linh (11A2)". Gold: authors = photographers = ["Lê Khánh Linh"], the
    line is not body.
16. ``srcset`` lists the original upload at 1600w while ``src`` is the "-1024x683" size. Gold:
    the ``src`` as printed.

Gold decisions on ambiguous points:
- ``published_at``: the ``<time class="entry-date published" datetime>`` timestamp (with time;
  the page prints no other time for publication).
- ``summary``: the Newspack subtitle (``.newspack-post-subtitle``, its own element under the
  title) when the post has one; it is then the body's first paragraph. Posts without one: null.
- A pullquote's text is a paragraph; the table caption is not body.
- Comments, comment dates and the comment form are not the article.
- The second page of a split post is part of the same article (alt path, not its own record).
- A guest author's class "(12A5)" is a unit after the name and is dropped.
- Gallery images carry their own ``<figcaption>``; the gallery has none.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "wp_newspack_thpt"
PLATFORM = "WordPress 6 + Newspack theme / Newspack Blocks"
START_PATH = "/"

SITE_TITLE = "CLB Báo chí Trần Phú"
HEADER_DAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

CATS = {
    "tin-nha-truong": "Tin nhà trường",
    "phong-su": "Phóng sự",
    "goc-sang-tac": "Góc sáng tác",
    "doan-thanh-nien": "Đoàn Thanh niên",
}

#: user slug -> (display name as printed, bio)
USERS = {
    "minhanh": ("Nguyễn Minh Anh", "Trưởng ban Nội dung CLB Báo chí, lớp 11A1. Thích viết phóng sự và chụp ảnh đường phố."),
    "giahuy": ("Trần Gia Huy", "Phóng viên ảnh của CLB, lớp 11A3. Luôn mang theo chiếc máy ảnh cũ của bố."),
    "khanhlinh": ("Lê Khánh Linh (11A2)", "Biên tập viên trẻ nhất CLB, mê đọc sách và viết tản văn."),
    "thuha": ("Đỗ Thu Hà", "Chủ nhiệm CLB Báo chí năm học 2026–2027, lớp 12A1."),
    "cap-pham-thi-huong": ("ThS. Phạm Thị Hương", "Giáo viên Ngữ văn, cố vấn CLB Báo chí."),
    "cap-bao-tram": ("Nguyễn Ngọc Bảo Trâm (12A5)", "Thành viên Ban Sáng tác."),
    "bbt": ("Ban biên tập", "Tài khoản của Ban biên tập CLB."),
}

TAGS = {"20-11": "20/11", "hoc-sinh-gioi": "học sinh giỏi"}

MONTHS = {
    1: "Tháng Một", 2: "Tháng Hai", 3: "Tháng Ba", 4: "Tháng Tư", 5: "Tháng Năm", 6: "Tháng Sáu",
    7: "Tháng Bảy", 8: "Tháng Tám", 9: "Tháng Chín", 10: "Tháng Mười", 11: "Tháng Mười Một",
    12: "Tháng Mười Hai",
}

U = "/wp-content/uploads/2026"


@dataclass(frozen=True)
class Comment:
    id: int
    who: str
    when: str
    text: str


def _story(**kw) -> Story:
    return Story(**kw)


STORIES: list[Story] = [
    _story(
        id=101, slug="hoi-thi-nha-bao-hoc-tro-lan-thu-v", cat="tin-nha-truong",
        title="Hội thi “Nhà báo học trò” lần thứ V: 12 đội tranh tài sôi nổi",
        published_at="2026-12-04T16:20:00+07:00",
        summary="Chiều 4/12, 12 đội đến từ các lớp khối 10 và 11 đã mang tới hội thi những tờ báo tường, bản tin video và phóng sự ảnh đầy sáng tạo.",
        sapo_outside=True,
        authors=["Nguyễn Minh Anh", "Trần Gia Huy"], photographers=["Trần Gia Huy"],
        blocks=[
            Img(f"{U}/12/hoi-thi-nha-bao-1024x683.jpg", "Đội 11A3 trình bày tờ báo tường chủ đề “Hải Phòng – thành phố hoa phượng đỏ”", "Đội 11A3 trình bày tờ báo tường chủ đề “Hải Phòng – thành phố hoa phượng đỏ”", "featured"),
            P("Hội thi “Nhà báo học trò” là hoạt động thường niên do CLB Báo chí phối hợp với Đoàn trường tổ chức, năm nay bước sang lần thứ năm."),
            P("Mỗi đội có 90 phút để hoàn thiện một trang báo theo đề bài bốc thăm, sau đó thuyết trình trước ban giám khảo gồm các thầy cô tổ Ngữ văn và một phóng viên Báo Hải Phòng."),
            Raw('<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" data-lists="[&quot;3&quot;]"><form><p class="newspack-newsletters-subscribe__description">Nhận bản tin CLB Báo chí mỗi thứ Sáu qua email.</p><input type="email" name="npe" placeholder="Địa chỉ email của bạn"><input type="submit" value="Đăng ký"></form></div>'),
            P("Kết quả chung cuộc", "h2"),
            P("Giải Nhất thuộc về đội 11A3 với tờ báo tường kết hợp mã QR dẫn tới phóng sự video về chợ Sắt."),
            P("Giải Nhì được trao cho hai đội 10A1 và 11A5; ba đội nhận giải Ba và sáu đội nhận giải Khuyến khích."),
            Img(f"{U}/12/trao-giai-1024x683.jpg", "Cô Phạm Thị Hương trao giải Nhất cho đội 11A3", "Cô Phạm Thị Hương trao giải Nhất cho đội 11A3", "figure"),
            P("Phát biểu bế mạc, cô Phạm Thị Hương mong các em giữ ngọn lửa đam mê với nghề báo và tiếp tục đóng góp bài vở cho trang tin của CLB."),
        ],
        opts={
            "dt": "2026-12-04T16:20:00", "updated": "2026-12-05T09:10:00", "placement": "large",
            "byline": ["minhanh", "giahuy"], "tags": [],
            "credits": {f"{U}/12/hoi-thi-nha-bao-1024x683.jpg": "Trần Gia Huy", f"{U}/12/trao-giai-1024x683.jpg": "Trần Gia Huy"},
            "comments": [
                Comment(5101, "Phạm Hải Yến", "2026-12-04T19:02:00", "Chúc mừng 11A3! Tờ báo của các bạn đẹp quá."),
                Comment(5102, "Vũ Đức Mạnh", "2026-12-04T20:41:00", "Năm sau lớp mình nhất định sẽ tham gia."),
            ],
        },
    ),
    _story(
        id=102, slug="hoc-sinh-tran-phu-gianh-9-giai-hoc-sinh-gioi-thanh-pho", cat="tin-nha-truong",
        title="Học sinh Trần Phú giành 9 giải Học sinh giỏi thành phố lớp 12",
        published_at="2026-12-02T07:45:00+07:00",
        authors=["Lê Khánh Linh"], photographers=["Trần Gia Huy"],
        blocks=[
            Img(f"{U}/12/hsg-thanh-pho-1024x683.jpg", "Đội tuyển học sinh giỏi lớp 12 chụp ảnh cùng thầy Hiệu trưởng", "Đội tuyển học sinh giỏi lớp 12 chụp ảnh cùng thầy Hiệu trưởng", "featured"),
            P("Kỳ thi chọn học sinh giỏi thành phố lớp 12 năm học 2026–2027 vừa công bố kết quả, trường THPT Trần Phú có 9 học sinh đoạt giải."),
            P("Môn | Giải | Học sinh", "row"),
            P("Ngữ văn | Nhất | Hoàng Thu Trang (12A5)", "row"),
            P("Toán | Nhì | Phạm Quốc Bảo (12A1)", "row"),
            P("Tiếng Anh | Ba | Ngô Minh Châu (12A2)", "row"),
            P("Em Hoàng Thu Trang chia sẻ rằng bí quyết của em là đọc thật nhiều và viết mỗi ngày một trang nhật ký."),
            P("“Giải thưởng là của cả tập thể thầy cô đã thức khuya cùng chúng em suốt ba tháng ôn luyện.”", "quote"),
            P("Nhà trường sẽ tổ chức tuyên dương các em trong buổi chào cờ đầu tuần tới."),
        ],
        opts={
            "dt": "2026-12-02T07:45:00", "placement": "behind", "byline": ["khanhlinh"],
            "tags": ["hoc-sinh-gioi"], "table_caption": "Một số giải tiêu biểu của trường",
            "credits": {f"{U}/12/hsg-thanh-pho-1024x683.jpg": "Trần Gia Huy"},
        },
    ),
    _story(
        id=103, slug="mot-ngay-theo-chan-cac-bac-lao-cong", cat="phong-su",
        title="Phóng sự: Một ngày theo chân các bác lao công ở sân trường",
        published_at="2026-11-29T20:00:00+07:00",
        summary="Khi cổng trường còn khóa, các bác lao công đã bắt đầu một ngày làm việc lặng lẽ để sân trường luôn sạch bóng lá bàng.",
        sapo_outside=True,
        authors=["Đỗ Thu Hà", "Trần Gia Huy"], photographers=["Trần Gia Huy", "Nguyễn Minh Anh"],
        blocks=[
            P("Trong ánh đèn vàng lúc 5 giờ sáng, bác Nguyễn Thị Mai đã quét xong nửa sân trước, tiếng chổi tre đều đều như một bản nhạc quen.", "dropcap"),
            P("Bác Mai gắn bó với trường đã hơn 18 năm, từ ngày dãy nhà A còn là những phòng học cấp bốn."),
            Img(f"{U}/11/lao-cong-1.jpg", "Bác Mai quét lá bàng trước dãy nhà A", "Bác Mai quét lá bàng trước dãy nhà A", "gallery"),
            Img(f"{U}/11/lao-cong-2.jpg", "Chiếc xe rác được bác sơn lại mỗi dịp khai giảng", "Chiếc xe rác được bác sơn lại mỗi dịp khai giảng", "gallery"),
            P("Mùa lá rụng vất vả nhất, có hôm các bác phải quét ba lượt mới kịp giờ vào lớp."),
            Raw("<!--nextpage-->"),
            P("Buổi trưa, khi học sinh về hết, các bác lại lau từng dãy hành lang và nhặt vỏ chai nhựa để phân loại."),
            P("Nhóm phóng viên chúng em thử làm cùng bác một buổi và chỉ sau một giờ đã mỏi nhừ tay."),
            P("Chúng em mong mỗi bạn học sinh sẽ bỏ rác đúng nơi quy định, như một lời cảm ơn nhỏ gửi tới các bác."),
        ],
        opts={
            "dt": "2026-11-29T20:00:00", "placement": "hidden", "og_image": f"{U}/11/lao-cong-og.jpg",
            "byline": ["thuha", "giahuy"], "tags": [], "also": ["tin-nha-truong"],
            "credits": {f"{U}/11/lao-cong-1.jpg": "Trần Gia Huy", f"{U}/11/lao-cong-2.jpg": "Nguyễn Minh Anh"},
        },
    ),
    _story(
        id=104, slug="tho-mua-hoa-sua-cuoi-cap", cat="goc-sang-tac",
        title="Thơ: Mùa hoa sữa cuối cấp",
        published_at="2026-11-26",
        authors=["Nguyễn Ngọc Bảo Trâm"],
        blocks=[
            P("Hoa sữa nồng nàn góc phố cũ", "verse"),
            P("Lớp mình còn mấy buổi bên nhau", "verse"),
            P("Bảng đen phấn trắng chưa kịp nói", "verse"),
            P("Một lời thương gửi tới mai sau.", "verse"),
            P("Mai này xa mái trường Trần Phú", "verse|gap"),
            P("Nhớ tiếng ve kêu cuối hạ nồng", "verse"),
            P("Nhớ thầy giảng bài trong nắng sớm", "verse"),
            P("Nhớ bạn bên hiên đợi nắng hồng.", "verse"),
            P("Tác giả viết bài thơ nhân dịp lớp 12A5 chụp ảnh kỷ yếu."),
        ],
        opts={"dt": "2026-11-26T00:00:00", "placement": "hidden", "byline": ["cap-bao-tram"], "tags": []},
    ),
    _story(
        id=105, slug="tuoi-tre-tran-phu-tri-an-thay-co", cat="doan-thanh-nien",
        title="Tuổi trẻ Trần Phú tri ân thầy cô nhân ngày 20/11",
        published_at="2026-11-24T15:00:00+07:00",
        authors=["Lê Khánh Linh"], photographers=["Lê Khánh Linh"],
        blocks=[
            P("Hướng tới kỷ niệm Ngày Nhà giáo Việt Nam, Đoàn trường đã phát động tháng thi đua “Hoa điểm tốt dâng thầy cô” với hơn 1.200 đoàn viên tham gia."),
            Img(f"{U}/11/img_2041.jpg", "Tiết mục múa “Bụi phấn” của chi đoàn 10A4", "Tiết mục múa “Bụi phấn” của chi đoàn 10A4", "attach"),
            P("Các chi đoàn đã thực hiện những tấm thiệp handmade, video chúc mừng và tiết mục văn nghệ đặc sắc."),
            Raw('<div class="newspack-inline-popup newspack-lightbox-placement-inline" id="id_3012" role="dialog"><div class="wp-block-group"><p class="has-medium-font-size"><strong>Ủng hộ CLB Báo chí Trần Phú</strong></p><p>Mỗi bài viết là công sức của các bạn học sinh. Hãy chia sẻ để nhiều người đọc hơn!</p><div class="wp-block-buttons"><a class="wp-block-button__link" href="/dang-ky-ban-tin/">Đăng ký bản tin</a></div></div></div>'),
            P("Chi đoàn 12A1 gây bất ngờ khi mời được các cựu học sinh khóa 2016 về trường tặng hoa thầy chủ nhiệm cũ."),
            P("Kết thúc tháng thi đua, Đoàn trường khen thưởng 8 chi đoàn xuất sắc."),
            Raw('<p class="has-text-align-right"><strong>Tin, ảnh: Lê Khánh Linh (11A2)</strong></p>'),
        ],
        opts={"dt": "2026-11-24T15:00:00", "placement": "hidden", "byline": ["bbt"], "tags": ["20-11"]},
    ),
    _story(
        id=106, slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam", cat="tin-nha-truong",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        published_at="2026-11-20T09:15:00+07:00",
        summary="Sáng 20/11, trường THPT Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với sự tham dự của đại diện Sở GD&ĐT Hải Phòng.",
        authors=["Phạm Thị Hương", "Nguyễn Minh Anh", "Đỗ Thu Hà"], photographers=["Trần Gia Huy"],
        source="Sở GD&ĐT Hải Phòng",
        blocks=[
            Img(f"{U}/11/le-20-11-1024x683.jpg", "Các thầy cô giáo nghỉ hưu được mời dự lễ", "Các thầy cô giáo nghỉ hưu được mời dự lễ", "featured"),
            P("Sáng 20/11, trường THPT Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với sự tham dự của đại diện Sở GD&ĐT Hải Phòng.", "lead"),
            P("Tại buổi lễ, thầy Hiệu trưởng ôn lại truyền thống 80 năm xây dựng và phát triển của nhà trường."),
            P("Nhà trường trao danh hiệu Chiến sĩ thi đua cơ sở cho 6 thầy cô và Giấy khen cho 15 thầy cô có thành tích xuất sắc."),
            P("Đại diện học sinh, em Đỗ Thu Hà (12A1) gửi lời tri ân tới các thầy cô bằng bức thư viết tay."),
            Raw('<p><em>Nguồn: Sở GD&amp;ĐT Hải Phòng</em></p>'),
        ],
        opts={
            "dt": "2026-11-20T09:15:00", "placement": "beside", "byline": ["cap-pham-thi-huong", "minhanh", "thuha"],
            "tags": ["20-11"], "credits": {f"{U}/11/le-20-11-1024x683.jpg": "Trần Gia Huy"},
            "comments": [Comment(5201, "Cựu HS khóa 2010", "2026-11-20T21:30:00", "Nhớ trường, nhớ thầy cô quá!")],
        },
    ),
    _story(
        id=107, slug="clb-robotics-chuan-bi-vong-chung-ket-quoc-gia", cat="phong-su",
        title="Phóng sự ảnh: CLB Robotics chuẩn bị cho vòng chung kết quốc gia",
        published_at="2026-11-17T10:00:00+07:00",
        authors=["Trần Gia Huy"], photographers=["Trần Gia Huy"],
        blocks=[
            P("Ba tuần trước vòng chung kết cuộc thi Robotacon WRO toàn quốc, phòng thực hành tầng 3 sáng đèn đến 9 giờ tối."),
            Img(f"{U}/11/robotics-1.jpg", "Nhóm lập trình chạy thử robot trên sa bàn thi đấu", "Nhóm lập trình chạy thử robot trên sa bàn thi đấu", "figure"),
            P("Đội gồm 4 học sinh lớp 11 do thầy Lương Văn Tùng hướng dẫn, đã vượt qua 40 đội để giành vé vào chung kết."),
            Img(f"{U}/11/robotics-2.jpg", "Những linh kiện được các bạn tự in 3D", "Những linh kiện được các bạn tự in 3D", "figure"),
            P("Các bạn chia sẻ, khó nhất là giữ robot chạy ổn định khi ánh sáng trong nhà thi đấu thay đổi."),
        ],
        opts={
            "dt": "2026-11-17T10:00:00", "placement": "hidden", "byline": ["giahuy"], "tags": [],
            "credits": {f"{U}/11/robotics-1.jpg": "Trần Gia Huy", f"{U}/11/robotics-2.jpg": "Trần Gia Huy"},
        },
    ),
    _story(
        id=108, slug="truyen-ngan-chiec-xe-dap-cua-bo", cat="goc-sang-tac",
        title="Truyện ngắn: Chiếc xe đạp của bố",
        published_at="2026-11-13T14:30:00+07:00",
        authors=["Đỗ Thu Hà"],
        blocks=[
            P("Trong góc nhà có một chiếc xe đạp Phượng Hoàng đã bạc màu sơn, chiếc xe bố đạp suốt những năm tôi học tiểu học.", "dropcap"),
            P("Mỗi sáng, bố chở tôi qua cầu Lạc Long, gió sông Cấm thổi lồng lộng làm tóc tôi rối bù."),
            P("Có lần xe tuột xích giữa đường, bố cúi xuống sửa, hai tay lấm lem dầu mà vẫn cười bảo: “Không sao, con vào lớp kịp giờ.”"),
            P("Bây giờ tôi đã có xe điện riêng, nhưng chiếc xe đạp cũ vẫn được bố lau chùi mỗi sáng Chủ nhật."),
            Raw('<p>Xem thêm: <a href="/2026/11/26/tho-mua-hoa-sua-cuoi-cap/">Thơ: Mùa hoa sữa cuối cấp</a></p>'),
        ],
        opts={"dt": "2026-11-13T14:30:00", "placement": "hidden", "byline": ["thuha"], "tags": []},
    ),
    _story(
        id=109, slug="doan-truong-ra-quan-ngay-chu-nhat-xanh-tai-do-son", cat="doan-thanh-nien",
        title="Đoàn trường ra quân “Ngày Chủ nhật xanh” tại bãi biển Đồ Sơn",
        published_at="2026-11-09T19:05:00+07:00",
        authors=["Nguyễn Minh Anh"], photographers=["Nguyễn Minh Anh"],
        blocks=[
            P("Sáng Chủ nhật 8/11, gần 300 đoàn viên đã có mặt tại Khu 2 bãi biển Đồ Sơn để thu gom rác thải nhựa."),
            P("Chương trình gồm các hoạt động:"),
            P("Thu gom rác dọc 2 km bờ biển;", "li"),
            P("Phân loại rác tái chế ngay tại chỗ;", "li"),
            P("Tuyên truyền cho du khách về tác hại của túi ni lông.", "li"),
            Img(f"{U}/11/do-son-1.jpg", "Các đoàn viên chi đoàn 11A5 thu gom rác", "Các đoàn viên chi đoàn 11A5 thu gom rác", "gallery"),
            Img(f"{U}/11/do-son-2.jpg", "Hơn 400 kg rác được phân loại", "Hơn 400 kg rác được phân loại", "gallery"),
            Img(f"{U}/11/do-son-3.jpg", None, None, "gallery"),
            P("Kết thúc buổi ra quân, hơn 400 kg rác đã được bàn giao cho công ty môi trường đô thị."),
        ],
        opts={
            "dt": "2026-11-09T19:05:00", "placement": "hidden", "byline": ["minhanh"], "tags": [],
            "credits": {f"{U}/11/do-son-1.jpg": "Nguyễn Minh Anh", f"{U}/11/do-son-2.jpg": "Nguyễn Minh Anh"},
        },
    ),
    _story(
        id=110, slug="tuyen-thanh-vien-clb-bao-chi-khoa-2026-2027", cat="tin-nha-truong",
        title="Thông báo tuyển thành viên CLB Báo chí khóa 2026–2027",
        published_at="2026-11-05T08:00:00+07:00",
        authors=["Đỗ Thu Hà"],
        blocks=[
            P("CLB Báo chí Trần Phú thông báo tuyển thành viên mới cho năm học 2026–2027 ở các ban Nội dung, Ảnh – Video và Thiết kế."),
            P("Yêu cầu", "h2"),
            P("Là học sinh khối 10 hoặc 11 của trường;", "li"),
            P("Có một bài viết, bộ ảnh hoặc video tự thực hiện.", "li"),
            P("Cách đăng ký", "h2"),
            P("👉 Điền phiếu đăng ký tại phòng Đoàn trường hoặc gửi email cho CLB trước ngày 20/11/2026."),
            P("Buổi phỏng vấn dự kiến diễn ra vào chiều thứ Bảy, 21/11/2026 tại phòng Thư viện."),
        ],
        opts={"dt": "2026-11-05T08:00:00", "placement": "hidden", "byline": ["thuha"], "tags": []},
    ),
    _story(
        id=111, slug="cuu-hoc-sinh-tran-phu-ke-chuyen-du-hoc-nhat-ban", cat="phong-su",
        title="Phỏng vấn: Cựu học sinh Trần Phú kể chuyện du học Nhật Bản",
        published_at="2026-10-30T16:45:00+07:00",
        summary="Anh Hoàng Minh Đức, cựu học sinh khóa 2019–2022, hiện là sinh viên năm tư Đại học Osaka, trò chuyện với CLB về hành trình du học.",
        sapo_outside=True,
        authors=["Lê Khánh Linh", "Nguyễn Minh Anh"], photographers=[],
        blocks=[
            Img(f"{U}/10/minh-duc-osaka-1024x683.jpg", "Anh Hoàng Minh Đức trong khuôn viên Đại học Osaka", "Anh Hoàng Minh Đức trong khuôn viên Đại học Osaka", "featured"),
            P("PV: Điều gì khiến anh chọn Nhật Bản?"),
            P("Anh Minh Đức: Mình thích cách người Nhật làm việc tỉ mỉ, và ngành kỹ thuật cơ khí ở đây rất mạnh."),
            P("PV: Những khó khăn đầu tiên anh gặp là gì?"),
            P("Anh Minh Đức: Tiếng Nhật và mùa đông đầu tiên. Mình từng khóc vì nhớ bát bánh đa cua Hải Phòng."),
            P("PV: Lời khuyên của anh cho các em đang học lớp 12?"),
            P("Anh Minh Đức: Hãy học ngoại ngữ thật sớm và đừng sợ thất bại."),
        ],
        opts={"dt": "2026-10-30T16:45:00", "placement": "large", "byline": ["khanhlinh", "minhanh"], "tags": []},
    ),
    _story(
        id=112, slug="tan-van-hai-phong-mua-heo-may", cat="goc-sang-tac",
        title="Tản văn: Hải Phòng mùa heo may",
        published_at="2026-10-22T11:20:00+07:00",
        authors=["Lê Khánh Linh"],
        blocks=[
            P("Heo may về trên những hàng phượng vĩ đã trút lá, Hải Phòng chợt dịu dàng như một cô gái tuổi mười bảy."),
            P("Tôi thích đạp xe qua phố Tam Bạc, nơi những ngôi nhà kiểu Pháp cũ kỹ soi bóng xuống dòng sông.[1]"),
            P("Mùa heo may là mùa của những ly cà phê muối nóng và tiếng rao bánh mì cay lúc tan trường."),
            P("Chú thích", "h3"),
            P("[1] Sông Tam Bạc, một nhánh của sông Lạch Tray, chảy qua trung tâm thành phố."),
        ],
        opts={"dt": "2026-10-22T11:20:00", "placement": "hidden", "byline": ["khanhlinh"], "tags": []},
    ),
    _story(
        id=113, slug="hoc-sinh-lop-10-trai-nghiem-lam-phong-vien-bao-hai-phong", cat="tin-nha-truong",
        title="Học sinh lớp 10 trải nghiệm một ngày làm phóng viên tại Báo Hải Phòng",
        published_at="2026-10-12T07:30:00+07:00",
        authors=["Nguyễn Minh Anh"], photographers=["Trần Gia Huy"],
        blocks=[
            P("Ngày 10/10, 25 thành viên mới của CLB Báo chí đã có chuyến tham quan, trải nghiệm tại tòa soạn Báo Hải Phòng."),
            Img(f"{U}/10/bao-hai-phong.jpg", "Các bạn học sinh tìm hiểu quy trình dàn trang tại tòa soạn", "Các bạn học sinh tìm hiểu quy trình dàn trang tại tòa soạn", "figure"),
            P("Các nhà báo đã hướng dẫn các em cách đặt câu hỏi phỏng vấn và kiểm chứng thông tin trước khi đăng."),
            P("Chuyến đi khép lại với bài tập nhỏ: viết một tin ngắn 300 chữ về buổi trải nghiệm."),
        ],
        opts={
            "dt": "2026-10-12T07:30:00", "placement": "hidden", "byline": ["minhanh"], "tags": [],
            "credits": {f"{U}/10/bao-hai-phong.jpg": "Trần Gia Huy"},
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
ATTACHMENT_SLUG = "img_2041"
ATTACHMENT_STORY = 105
SPLIT_STORY = 103

PAGES = {
    "/gioi-thieu/": ("Giới thiệu", [
        "CLB Báo chí Trần Phú được thành lập năm 2018 dưới sự bảo trợ của Đoàn trường THPT Trần Phú, thành phố Hải Phòng.",
        "CLB hiện có 46 thành viên, chia thành ba ban: Nội dung, Ảnh – Video và Thiết kế.",
    ]),
    "/lien-he/": ("Liên hệ", [
        "Phòng Đoàn trường, tầng 1 nhà A, Trường THPT Trần Phú, số 1 Lê Hồng Phong, Ngô Quyền, Hải Phòng.",
        "Email: clbbaochi@thpttranphu.edu.vn – Điện thoại: 0225 3 855 123.",
    ]),
    "/ban-bien-tap/": ("Ban biên tập", [
        "Chủ nhiệm: Đỗ Thu Hà (12A1). Trưởng ban Nội dung: Nguyễn Minh Anh (11A1).",
        "Cố vấn: ThS. Phạm Thị Hương, giáo viên Ngữ văn.",
    ]),
    "/dang-ky-ban-tin/": ("Đăng ký nhận bản tin", [
        "Bản tin CLB Báo chí được gửi vào mỗi sáng thứ Sáu, tổng hợp các bài viết nổi bật trong tuần.",
    ]),
}


# --- helpers ---------------------------------------------------------------------------------


def post_path(s: Story) -> str:
    y, m, d = s.opts["dt"][:10].split("-")
    return f"/{y}/{m}/{d}/{s.slug}/"


def attachment_path() -> str:
    return post_path(BY_ID[ATTACHMENT_STORY]) + ATTACHMENT_SLUG + "/"


def shown_date(dt: str) -> str:
    y, m, d = dt[:10].split("-")
    return f"{MONTHS[int(m)]} {int(d)}, {y}"


def iso_local(dt: str) -> str:
    return dt + "+07:00"


def iso_utc(dt: str) -> str:
    y, mo, d = (int(x) for x in dt[:10].split("-"))
    hh, mm, ss = (int(x) for x in dt[11:].split(":"))
    hh -= 7
    if hh < 0:
        hh += 24
        d -= 1
        if d == 0:
            mo -= 1
            d = {10: 31, 11: 30, 9: 30}[mo]
    return f"{y:04d}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss:02d}+00:00"


def cats_of(s: Story) -> list[str]:
    return [s.cat, *s.opts.get("also", [])]


def sorted_posts() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["dt"], reverse=True)


def srcset(base: str, src: str) -> str:
    stem = re.sub(r"-1024x683(\.jpg)$", r"\1", src)
    small = stem.replace(".jpg", "-300x200.jpg")
    return f"{base}{src} 1024w, {base}{small} 300w, {base}{stem} 1600w"


def img_tag(base: str, src: str, cls: str = "", alt: str = "", amp: bool = False) -> str:
    if amp:
        return f'<amp-img src="{base}{esc(src)}" width="1024" height="683" layout="responsive" alt="{esc(alt)}" class="{cls}"></amp-img>'
    return (
        f'<img loading="lazy" decoding="async" width="1024" height="683" src="{base}{esc(src)}" '
        f'alt="{esc(alt)}" class="{cls}" srcset="{srcset(base, src)}" sizes="(max-width: 1024px) 100vw, 1024px">'
    )


def figcaption(s: Story, img: Img) -> str:
    credit = s.opts.get("credits", {}).get(img.src)
    if not img.printed and not credit:
        return ""
    parts = []
    if img.printed:
        parts.append(esc(img.printed))
    if credit:
        user = next((u for u, (n, _) in USERS.items() if n == credit), None)
        who = f'<a href="/author/{user}/">{esc(credit)}</a>' if user else esc(credit)
        parts.append(f'<span class="image-credit"><span class="credit-label-wrapper">Ảnh:</span> {who}</span>')
    return '<figcaption class="wp-element-caption">' + " ".join(parts) + "</figcaption>"


# --- the article body ------------------------------------------------------------------------


def render_blocks(s: Story, blocks: list, base: str, amp: bool = False) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "featured":
                i += 1
                continue
            if b.style == "gallery":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                    group.append(blocks[i])
                    i += 1
                inner = "".join(
                    f'<figure class="wp-block-image size-large">{img_tag(base, g.src, f"wp-image-{s.id}{k}", amp=amp)}'
                    f"{figcaption(s, g)}</figure>"
                    for k, g in enumerate(group)
                )
                out.append(f'<figure class="wp-block-gallery has-nested-images columns-{len(group)} is-cropped">{inner}</figure>')
                continue
            tag = img_tag(base, b.src, f"wp-image-{s.id}7", amp=amp)
            if b.style == "attach":
                tag = f'<a href="{base}{attachment_path()}">{tag}</a>'
            out.append(f'<figure class="wp-block-image size-large">{tag}{figcaption(s, b)}</figure>')
            i += 1
            continue
        style = b.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append('<ul class="wp-block-list">' + "".join(items) + "</ul>")
            continue
        if style == "row":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                rows.append(blocks[i].text.split(" | "))
                i += 1
            head = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            cap = s.opts.get("table_caption")
            capm = f'<figcaption class="wp-element-caption">{esc(cap)}</figcaption>' if cap else ""
            out.append(
                f'<figure class="wp-block-table is-style-stripes"><table><thead><tr>{head}</tr></thead>'
                f"<tbody>{body}</tbody></table>{capm}</figure>"
            )
            continue
        if style.startswith("verse"):
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style.startswith("verse"):
                if blocks[i].style == "verse|gap":
                    lines.append("")
                lines.append(esc(blocks[i].text))
                i += 1
            out.append('<pre class="wp-block-verse">' + "\n".join(lines) + "</pre>")
            continue
        t = esc(b.text)
        if style == "h2":
            out.append(f'<h2 class="wp-block-heading">{t}</h2>')
        elif style == "h3":
            out.append(f'<h3 class="wp-block-heading">{t}</h3>')
        elif style == "quote":
            out.append(f'<figure class="wp-block-pullquote"><blockquote><p>{t}</p></blockquote></figure>')
        elif style == "lead":
            out.append(f"<p><strong>{t}</strong></p>")
        elif style == "dropcap":
            out.append(f'<p class="has-drop-cap"><span class="dropcap">{t[0]}</span>{t[1:]}</p>')
        else:
            out.append(f"<p>{t}</p>")
        i += 1
    return "\n".join(out)


def split_pages(s: Story) -> list[list]:
    pages: list[list] = [[]]
    for b in s.blocks:
        if isinstance(b, Raw) and b.html == "<!--nextpage-->":
            pages.append([])
        else:
            pages[-1].append(b)
    return pages


# --- chrome ----------------------------------------------------------------------------------


def menu(base: str) -> str:
    sub = "".join(f'<li class="menu-item"><a href="{base}/category/{c}/">{esc(n)}</a></li>' for c, n in CATS.items())
    return (
        '<nav id="site-navigation" class="main-navigation nav1 dd-menu" aria-label="Menu chính">'
        '<ul id="menu-chinh" class="main-menu">'
        f'<li class="menu-item"><a href="{base}/">Trang chủ</a></li>'
        f'<li class="menu-item menu-item-has-children"><a href="{base}/category/tin-nha-truong/">Chuyên mục</a>'
        f'<ul class="sub-menu">{sub}</ul></li>'
        f'<li class="menu-item menu-item-has-children"><a href="{base}/gioi-thieu/">Về CLB</a><ul class="sub-menu">'
        f'<li class="menu-item"><a href="{base}/gioi-thieu/">Giới thiệu</a></li>'
        f'<li class="menu-item"><a href="{base}/ban-bien-tap/">Ban biên tập</a></li>'
        f'<li class="menu-item"><a href="{base}/lien-he/">Liên hệ</a></li></ul></li>'
        f'<li class="menu-item"><a href="https://www.facebook.com/clbbaochitranphu" target="_blank" rel="noopener">Fanpage</a></li>'
        "</ul></nav>"
    )


def sidebar(base: str) -> str:
    top = [BY_ID[i] for i in (106, 101, 103, 104)]
    most = "".join(
        f'<li><a href="{base}{post_path(s)}" class="bump-view" data-bump-view="tp">{esc(s.title)}</a></li>' for s in top
    )
    return (
        '<aside id="secondary" class="widget-area">'
        f'<section class="widget widget_top-posts"><h2 class="widget-title">Đọc nhiều</h2><ul>{most}</ul></section>'
        '<section class="widget widget_block"><h2 class="widget-title">Liên kết</h2><ul>'
        '<li><a href="https://haiphong.edu.vn/">Sở GD&amp;ĐT Hải Phòng</a></li>'
        '<li><a href="https://baohaiphong.vn/">Báo Hải Phòng</a></li>'
        '<li><a href="https://www.youtube.com/@clbbaochitranphu">Kênh YouTube CLB</a></li></ul></section>'
        '<section class="widget widget_poll"><h2 class="widget-title">Bình chọn</h2>'
        '<p>Bạn thích chuyên mục nào nhất?</p><ul><li>Phóng sự</li><li>Góc sáng tác</li><li>Tin nhà trường</li></ul></section>'
        '<section class="widget widget_counter"><h2 class="widget-title">Thống kê truy cập</h2>'
        "<ul><li>Đang online: 17</li><li>Hôm nay: 342</li><li>Tổng truy cập: 128.904</li></ul></section>"
        "</aside>"
    )


def layout(request: Request, title: str, main: str, *, head: str = "", body_class: str = "", side: bool = True) -> Response:
    base = base_url(request)
    page = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} – {SITE_TITLE}</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="newspack-style-css" href="{base}/wp-content/themes/newspack-nelson/style.css?ver=2.3.1" media="all">
<script src="{base}/wp-content/plugins/newspack-blocks/dist/frontend.js?ver=4.1.0" id="newspack-blocks-frontend-js"></script>
{head}
</head>
<body class="{body_class} wp-custom-logo single-featured-image-default h-nsub h-db h-ll h-dh">
<a class="skip-link screen-reader-text" href="#content">Đi tới nội dung</a>
<div id="page" class="site">
<header id="masthead" class="site-header hide-header-search">
<div class="top-header-contain desktop-only"><div class="wrapper"><div class="header-date">{HEADER_DAY}</div>
<nav class="secondary-menu"><a href="{base}/dang-ky-ban-tin/">Đăng ký bản tin</a></nav></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding">
<a href="{base}/" class="custom-logo-link" rel="home"><img src="{base}/wp-content/uploads/2026/09/logo-clb-bao-chi.png" class="custom-logo" alt="{SITE_TITLE}"></a>
<p class="site-title"><a href="{base}/" rel="home">{SITE_TITLE}</a></p>
<p class="site-description">Trang tin của học sinh Trường THPT Trần Phú – Hải Phòng</p></div>
<div class="header-search-contain"><form role="search" method="get" class="search-form" action="{base}/">
<label><span class="screen-reader-text">Tìm kiếm:</span><input type="search" class="search-field" placeholder="Tìm kiếm …" value="" name="s"></label>
<button type="submit" class="search-submit">Tìm</button></form></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper">{menu(base)}</div></div>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area">
{main}
</div>
{sidebar(base) if side else ""}
</div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper">
<p><strong>CLB Báo chí – Trường THPT Trần Phú</strong></p>
<p>Địa chỉ: Số 1 Lê Hồng Phong, phường Gia Viên, thành phố Hải Phòng · Điện thoại: 0225 3 855 123 · Email: clbbaochi@thpttranphu.edu.vn</p>
</div></div>
<div class="site-info"><div class="wrapper">© 2026 {SITE_TITLE} · <a href="{base}/gioi-thieu/">Giới thiệu</a> · <a href="{base}/lien-he/">Liên hệ</a> ·
<a class="imprint" href="https://wordpress.org/">Vận hành bởi WordPress</a> | <a href="https://newspack.com/">Giao diện Newspack</a></div></div>
</footer></div>
</body></html>"""
    return html(page, headers={"Link": f'<{base}/wp-json/>; rel="https://api.w.org/"'})


def byline(s: Story, base: str) -> str:
    names = []
    for u in s.opts["byline"]:
        names.append(f'<span class="author vcard"><a class="url fn n" href="{base}/author/{u}/">{esc(USERS[u][0])}</a></span>')
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]
    avatars = "".join(
        f'<a href="{base}/author/{u}/" class="author-avatar"><img alt="" src="{base}/wp-content/uploads/avatars/{u}-60x60.jpg" class="avatar avatar-80 photo" height="80" width="80"></a>'
        for u in s.opts["byline"]
    )
    return f'{avatars}<span class="byline"><span>Bởi</span> {joined}</span>'


def posted_on(s: Story) -> str:
    dt = s.opts["dt"]
    out = (
        f'<span class="posted-on"><time class="entry-date published" datetime="{iso_local(dt)}">{shown_date(dt)}</time>'
    )
    if s.opts.get("updated"):
        up = s.opts["updated"]
        out += (
            f'<span class="updated-label">Cập nhật lúc</span> <time class="updated" datetime="{iso_local(up)}">'
            f"{up[11:16]}, {shown_date(up)}</time>"
        )
    return out + "</span>"


def card(s: Story, base: str, *, big: bool = False) -> str:
    url = base + post_path(s)
    feat = next((b for b in s.blocks if isinstance(b, Img)), None)
    thumb = ""
    if feat:
        thumb = (
            f'<figure class="post-thumbnail"><a href="{url}" rel="bookmark" tabindex="-1" aria-hidden="true">'
            f'<img src="{base}{feat.src.replace("-1024x683", "").replace(".jpg", "-400x267.jpg")}" class="attachment-newspack-article-block-landscape-small" alt=""></a></figure>'
        )
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    excerpt = first if len(first) < 120 else first[:117].rsplit(" ", 1)[0] + " […]"
    h = "h2" if big else "h3"
    authors = ", ".join(
        f'<span class="author vcard"><a class="url fn n" href="{base}/author/{u}/">{esc(USERS[u][0])}</a></span>'
        for u in s.opts["byline"]
    )
    return (
        f'<article data-post-id="{s.id}" class="tag-{s.cat} category-{s.cat} {"post-has-image" if feat else ""}">'
        f"{thumb}<div class=\"entry-wrapper\"><div class=\"cat-links\"><a href=\"{base}/category/{s.cat}/\">{esc(CATS[s.cat])}</a></div>"
        f'<{h} class="entry-title"><a href="{url}" rel="bookmark">{esc(s.title)}</a></{h}>'
        f"<p>{esc(excerpt)}</p>"
        f'<div class="entry-meta"><span class="byline">Bởi {authors}</span>'
        f'<time class="entry-date published" datetime="{iso_local(s.opts["dt"])}">{shown_date(s.opts["dt"])}</time></div>'
        "</div></article>"
    )


# --- pages -----------------------------------------------------------------------------------

HOME_TOP = [101]
HOME_LATEST_FIRST = 5


def home_order() -> tuple[list[Story], list[list[Story]], list[Story]]:
    posts = sorted_posts()
    top = [BY_ID[i] for i in HOME_TOP]
    rest = [p for p in posts if p.id not in HOME_TOP]
    latest = rest[:HOME_LATEST_FIRST]
    more = rest[HOME_LATEST_FIRST:]
    json_pages = [more[i : i + 5] for i in range(0, len(more), 5)]
    shown = {p.id for p in top + latest}
    creative = [p for p in posts if p.cat == "goc-sang-tac" and p.id not in shown][:2]
    return latest, json_pages, creative


def more_url(base: str, page: int) -> str:
    exclude = ",".join(str(i) for i in HOME_TOP)
    return (
        f"{base}/wp-json/newspack-blocks/v1/articles?className=is-style-default&showExcerpt=1&moreButton=1"
        f"&postsToShow=5&mediaPosition=left&typeScale=3&exclude_ids={exclude}&page={page}"
    )


def home(request: Request) -> Response:
    base = base_url(request)
    latest, json_pages, creative = home_order()
    top = "".join(card(BY_ID[i], base, big=True) for i in HOME_TOP)
    more_btn = ""
    if json_pages:
        more_btn = (
            f'<button type="button" class="btn btn-primary" data-next="{esc(more_url(base, 2))}">'
            '<span class="load-more-button-text">Xem thêm bài</span><span class="loading">Đang tải…</span></button>'
            '<p class="loading-error">Có lỗi khi tải bài. Vui lòng thử lại.</p>'
        )
    main = f"""<main id="main" class="site-main"><div class="entry-content">
<div class="wp-block-newspack-blocks-homepage-articles wpnbha is-style-default image-alignbehind show-image is-grid columns-1 ts-6">
<h2 class="article-section-title"><span>Tiêu điểm</span></h2><div data-posts data-current-post-id="0">{top}</div></div>
<div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-alignleft ts-3 is-style-default has-more-button">
<h2 class="article-section-title"><span>Mới nhất</span></h2>
<div data-posts data-current-post-id="0">{"".join(card(s, base) for s in latest)}</div>{more_btn}</div>
<div class="wp-block-newspack-blocks-homepage-articles wpnbha is-grid columns-2 ts-2">
<h2 class="article-section-title"><span><a href="{base}/category/goc-sang-tac/">Góc sáng tác</a></span></h2>
<div data-posts>{"".join(card(s, base) for s in creative)}</div></div>
</div></main>"""
    head = f'<link rel="canonical" href="{base}/"><meta property="og:type" content="website">'
    return layout(request, "Trang chủ", main, head=head, body_class="home page-template-default page")


def articles_json(request: Request) -> Response:
    base = base_url(request)
    try:
        page = int(request.params.get("page", "2"))
    except ValueError:
        return Response(400, '{"code":"rest_invalid_param"}', {"Content-Type": "application/json"})
    _latest, json_pages, _creative = home_order()
    if page < 2 or page - 2 >= len(json_pages):
        items, nxt = [], None
    else:
        items = [{"html": card(s, base)} for s in json_pages[page - 2]]
        nxt = more_url(base, page + 1) if page - 1 < len(json_pages) else None
    body = json.dumps({"items": items, "next": nxt}, ensure_ascii=False).replace("/", "\\/")
    return Response(200, body, {"Content-Type": "application/json; charset=UTF-8", "X-Robots-Tag": "noindex"})


def pagination(base: str, prefix: str, page: int, last: int) -> str:
    if last <= 1:
        return ""
    links = []
    if page > 1:
        prev = prefix if page == 2 else f"{prefix}page/{page - 1}/"
        links.append(f'<a class="prev page-numbers" href="{base}{prev}">Trước</a>')
    for n in range(1, last + 1):
        href = prefix if n == 1 else f"{prefix}page/{n}/"
        if n == page:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            links.append(f'<a class="page-numbers" href="{base}{href}">{n}</a>')
    if page < last:
        links.append(f'<a class="next page-numbers" href="{base}{prefix}page/{page + 1}/">Sau</a>')
    return (
        '<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">Phân trang bài viết</h2>'
        f'<div class="nav-links">{"".join(links)}</div></nav>'
    )


def archive(request: Request, heading: str, prefix: str, posts: list[Story], page: int, kind: str) -> Response | None:
    base = base_url(request)
    last = max(1, (len(posts) + PER_PAGE - 1) // PER_PAGE)
    if page < 1 or page > last:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        f'<main id="main" class="site-main"><header class="page-header"><span class="page-subtitle">{kind}</span>'
        f'<h1 class="page-title article-section-title">{esc(heading)}</h1></header>'
        + "".join(card(s, base) for s in chunk)
        + pagination(base, prefix, page, last)
        + "</main>"
    )
    head = f'<link rel="canonical" href="{base}{prefix}{"" if page == 1 else f"page/{page}/"}">'
    return layout(request, heading, main, head=head, body_class="archive")


def comments_html(s: Story, base: str) -> str:
    cs = s.opts.get("comments", [])
    url = base + post_path(s)
    items = "".join(
        f'<li id="comment-{c.id}" class="comment"><article class="comment-body"><footer class="comment-meta">'
        f'<b class="fn">{esc(c.who)}</b> <time datetime="{iso_local(c.when)}">{shown_date(c.when)} lúc {c.when[11:16]}</time></footer>'
        f'<div class="comment-content"><p>{esc(c.text)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{url}?replytocom={c.id}#respond" '
        f'data-commentid="{c.id}" data-postid="{s.id}">Trả lời</a></div></article></li>'
        for c in cs
    )
    title = f'<h2 class="comments-title">{len(cs)} bình luận</h2><ol class="comment-list">{items}</ol>' if cs else ""
    return (
        f'<div id="comments" class="comments-area">{title}<div id="respond" class="comment-respond">'
        '<h3 id="reply-title" class="comment-reply-title">Để lại bình luận</h3>'
        f'<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>'
        '<textarea id="comment" name="comment" cols="45" rows="8"></textarea>'
        '<input name="author" type="text"><input name="email" type="email">'
        f'<input type="hidden" name="comment_post_ID" value="{s.id}"><input type="submit" value="Gửi bình luận"></form></div></div>'
    )


def featured_html(s: Story, base: str, amp: bool) -> tuple[str, str, str]:
    """(before header, inside header, after header) markup of the featured image."""
    feat = next((b for b in s.blocks if isinstance(b, Img) and b.style == "featured"), None)
    place = s.opts.get("placement", "hidden")
    if feat is None or place == "hidden":
        return "", "", ""
    tag = img_tag(base, feat.src, "attachment-newspack-featured-image size-newspack-featured-image wp-post-image", amp=amp)
    credit = s.opts.get("credits", {}).get(feat.src)
    cap = ""
    if feat.printed or credit:
        credit_html = ""
        if credit:
            user = next((u for u, (n, _) in USERS.items() if n == credit), None)
            credit_html = (
                f' <span class="image-credit"><span class="credit-label-wrapper">Ảnh:</span> '
                f'<a href="{base}/author/{user}/">{esc(credit)}</a></span>'
            )
        cap = f'<span class="caption">{esc(feat.printed or "")}</span>{credit_html}'
    if place == "large":
        return f'<figure class="post-thumbnail">{tag}<figcaption>{cap}</figcaption></figure>', "", ""
    if place == "behind":
        return f'<div class="featured-image-behind">{tag}</div>', "", f'<div class="image-meta"><figcaption>{cap}</figcaption></div>'
    # beside
    return "", f'<div class="featured-image-beside"><figure class="post-thumbnail">{tag}<figcaption>{cap}</figcaption></figure></div>', ""


def post_page(request: Request, s: Story, page_no: int = 1, amp: bool = False) -> Response:
    base = base_url(request)
    url = base + post_path(s)
    pages = split_pages(s)
    blocks = pages[page_no - 1]
    content = render_blocks(s, blocks, base, amp=amp)
    if len(pages) > 1:
        links = []
        for n in range(1, len(pages) + 1):
            href = url if n == 1 else f"{url}{n}/"
            links.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>' if n == page_no
                         else f'<a href="{href}" class="post-page-numbers">{n}</a>')
        content += f'\n<div class="page-links">Trang: {" ".join(links)}</div>'
    # Jetpack related posts
    related = [p for p in sorted_posts() if p.id != s.id and p.cat == s.cat][:3]
    if related:
        content += (
            '\n<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>'
            + "".join(
                f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{base}{post_path(p)}">{esc(p.title)}</a></h4>'
                f'<p class="jp-relatedposts-post-date">{shown_date(p.opts["dt"])}</p><p class="jp-relatedposts-post-context">Trong &quot;{esc(CATS[p.cat])}&quot;</p></div>'
                for p in related
            )
            + "</div>"
        )
    before, inside, after = featured_html(s, base, amp) if page_no == 1 else ("", "", "")
    subtitle = f'<div class="newspack-post-subtitle">{esc(s.summary)}</div>' if s.summary and s.sapo_outside and page_no == 1 else ""
    cat = CATS[s.cat]
    title = s.title if page_no == 1 else f"{s.title} – Trang {page_no}"
    crumbs = (
        f'<nav class="yoast-breadcrumbs"><span><span><a href="{base}/">Trang chủ</a></span> » '
        f'<span><a href="{base}/category/{s.cat}/">{esc(cat)}</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(s.title)}</span></span></nav>'
    )
    tags = ""
    if s.opts.get("tags"):
        tags = '<span class="tags-links"><span>Thẻ:</span> ' + ", ".join(
            f'<a href="{base}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"]
        ) + "</span>"
    bios = "".join(
        f'<div class="author-bio"><div class="author-bio-header"><img alt="" src="{base}/wp-content/uploads/avatars/{u}-80x80.jpg" class="avatar avatar-80 photo" width="80" height="80">'
        f'<div><h2 class="accent-header">{esc(USERS[u][0])}</h2></div></div>'
        f'<p>{esc(USERS[u][1])} <a class="author-link" href="{base}/author/{u}/" rel="author">Xem tất cả bài viết của {esc(USERS[u][0])}</a></p></div>'
        for u in s.opts["byline"] if u != "bbt"
    )
    posts = sorted_posts()
    idx = posts.index(s)
    nav = ""
    if idx + 1 < len(posts):
        p = posts[idx + 1]
        nav += f'<div class="nav-previous"><a href="{base}{post_path(p)}" rel="prev"><span class="meta-nav">Bài trước</span> <span class="post-title">{esc(p.title)}</span></a></div>'
    if idx > 0:
        p = posts[idx - 1]
        nav += f'<div class="nav-next"><a href="{base}{post_path(p)}" rel="next"><span class="meta-nav">Bài tiếp</span> <span class="post-title">{esc(p.title)}</span></a></div>'
    share = (
        '<div class="newspack-sharing">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="share-facebook" target="_blank"><span>Facebook</span></a>'
        f'<a href="https://zalo.me/share?url={url}" class="share-zalo" target="_blank"><span>Zalo</span></a>'
        '<a href="javascript:window.print()" class="share-print"><span>In bài</span></a></div>'
    )
    main = f"""<main id="main" class="site-main">{crumbs}
<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard hentry {" ".join("category-" + c for c in cats_of(s))} entry">
{before}
<header class="entry-header">
{inside}
<span class="cat-links"><span class="screen-reader-text">Đăng trong</span><a href="{base}/category/{s.cat}/" rel="category tag">{esc(cat)}</a></span>
<h1 class="entry-title">{esc(title)}</h1>
{subtitle}
<div class="entry-subhead"><div class="entry-meta">{byline(s, base)}{posted_on(s)}</div>{share}</div>
</header>
{after}
<div class="entry-content">
{content}
</div>
<footer class="entry-footer">{tags}</footer>
{bios}
</article>
<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">{nav}</div></nav>
{comments_html(s, base) if page_no == 1 else ""}
</main>"""
    og_img = s.opts.get("og_image") or next((b.src for b in s.blocks if isinstance(b, Img)), None)
    canonical = url if page_no == 1 else f"{url}{page_no}/"
    ld = {
        "@context": "https://schema.org",
        "@graph": [{
            "@type": "NewsArticle", "headline": s.title, "datePublished": iso_utc(s.opts["dt"]),
            "dateModified": iso_utc(s.opts.get("updated") or s.opts["dt"]),
            "author": [{"@type": "Person", "name": USERS[u][0]} for u in s.opts["byline"]],
            "articleSection": [CATS[c] for c in cats_of(s)], "inLanguage": "vi",
        }],
    }
    head = (
        f'<link rel="canonical" href="{canonical}">'
        f'<link rel="shortlink" href="{base}/?p={s.id}">'
        + ("" if amp else f'<link rel="amphtml" href="{url}?amp=1">')
        + f'<meta name="description" content="{esc(s.summary or "")}">'
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(s.title)}">'
        + (f'<meta property="og:image" content="{base}{og_img}">' if og_img else "")
        + f'<meta property="article:published_time" content="{iso_local(s.opts["dt"])}">'
        + (f'<meta property="article:modified_time" content="{iso_local(s.opts["updated"])}">' if s.opts.get("updated") else "")
        + '<script type="application/ld+json" class="yoast-schema-graph">'
        + json.dumps(ld, ensure_ascii=False).replace("/", "\\/")
        + "</script>"
    )
    return layout(request, title, main, head=head, body_class=f"post-template-default single single-post postid-{s.id}")


def attachment_page(request: Request) -> Response:
    base = base_url(request)
    s = BY_ID[ATTACHMENT_STORY]
    img = next(b for b in s.blocks if isinstance(b, Img))
    main = f"""<main id="main" class="site-main"><article id="post-2041" class="post-2041 attachment type-attachment status-inherit hentry entry">
<header class="entry-header"><h1 class="entry-title">{ATTACHMENT_SLUG}</h1>
<div class="entry-meta"><span class="byline"><span>Bởi</span> <span class="author vcard"><a class="url fn n" href="{base}/author/bbt/">Ban biên tập</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="{iso_local(s.opts["dt"])}">{shown_date(s.opts["dt"])}</time></span></div></header>
<div class="entry-content"><figure class="entry-attachment wp-block-image">
<img src="{base}{img.src}" class="attachment-full size-full" alt="" width="1600" height="1067">
<figcaption class="wp-caption-text">{esc(img.printed or "")}</figcaption></figure>
<p>Ảnh thuộc bài <a href="{base}{post_path(s)}">{esc(s.title)}</a>. Kích thước đầy đủ: 1600 × 1067.</p></div>
</article>
<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Để lại bình luận</h3>
<form action="{base}/wp-comments-post.php" method="post" class="comment-form"><textarea name="comment"></textarea>
<input type="hidden" name="comment_post_ID" value="2041"><input type="submit" value="Gửi bình luận"></form></div></main>"""
    head = f'<link rel="canonical" href="{base}{attachment_path()}">'
    return layout(request, ATTACHMENT_SLUG, main, head=head, body_class="attachment attachment-template-default single postid-2041")


def static_page(request: Request, path: str) -> Response:
    base = base_url(request)
    title, paras = PAGES[path]
    extra = ""
    if path == "/dang-ky-ban-tin/":
        extra = '<form class="newspack-newsletters-subscribe" method="post"><input type="email" name="npe"><input type="submit" value="Đăng ký"></form>'
    main = (
        f'<main id="main" class="site-main"><article class="page type-page status-publish entry">'
        f'<header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
        f'<div class="entry-content">{"".join(f"<p>{esc(p)}</p>" for p in paras)}{extra}</div></article></main>'
    )
    head = f'<link rel="canonical" href="{base}{path}">'
    return layout(request, title, main, head=head, body_class="page-template-default page", side=False)


def search_page(request: Request) -> Response:
    q = request.params.get("s", "")
    main = (
        f'<main id="main" class="site-main"><header class="page-header"><h1 class="page-title">Kết quả tìm kiếm cho: {esc(q)}</h1></header>'
        "<section class=\"no-results not-found\"><p>Không tìm thấy bài viết nào phù hợp. Vui lòng thử từ khóa khác.</p></section></main>"
    )
    return layout(request, "Tìm kiếm", main, head='<meta name="robots" content="noindex, follow">', body_class="search search-no-results")


# --- routing ---------------------------------------------------------------------------------

_POST_RE = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9_-]+)/(?:([a-z0-9_]+)/)?$")
_CAT_RE = re.compile(r"^/category/([a-z-]+)/(?:page/(\d+)/)?$")
_AUTHOR_RE = re.compile(r"^/author/([a-z-]+)/(?:page/(\d+)/)?$")
_TAG_RE = re.compile(r"^/tag/([a-z0-9-]+)/$")


class Site:
    def __init__(self) -> None:
        self.by_path = {post_path(s): s for s in STORIES}

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None
        if path.startswith("/wp-content/") or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            if "s" in request.params:
                return search_page(request)
            if "p" in request.params:
                s = BY_ID.get(int(request.params["p"])) if request.params["p"].isdigit() else None
                return redirect(base_url(request) + post_path(s), 301) if s else None
            return home(request) if not request.query else None
        if path == "/wp-json/newspack-blocks/v1/articles":
            return articles_json(request)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            target = path + "/" + (f"?{request.query}" if request.query else "")
            if self.respond(Request("GET", path + "/", request.query, request.headers)) is not None:
                return redirect(base_url(request) + target, 301)
            return None
        if path in PAGES:
            return static_page(request, path)
        if m := _CAT_RE.match(path):
            cat, page = m.group(1), m.group(2)
            if cat not in CATS:
                return None
            if page == "1":
                return redirect(f"{base_url(request)}/category/{cat}/", 301)
            posts = [s for s in sorted_posts() if cat in cats_of(s)]
            return archive(request, CATS[cat], f"/category/{cat}/", posts, int(page or 1), "Chuyên mục")
        if m := _AUTHOR_RE.match(path):
            user, page = m.group(1), m.group(2)
            if user not in USERS:
                return None
            if page == "1":
                return redirect(f"{base_url(request)}/author/{user}/", 301)
            posts = [s for s in sorted_posts() if user in s.opts["byline"]]
            return archive(request, USERS[user][0], f"/author/{user}/", posts, int(page or 1), "Tác giả")
        if m := _TAG_RE.match(path):
            tag = m.group(1)
            if tag not in TAGS:
                return None
            posts = [s for s in sorted_posts() if tag in s.opts.get("tags", [])]
            return archive(request, TAGS[tag], f"/tag/{tag}/", posts, 1, "Thẻ")
        if m := _POST_RE.match(path):
            base_path = f"/{m.group(1)}/{m.group(2)}/{m.group(3)}/{m.group(4)}/"
            s = self.by_path.get(base_path)
            if s is None:
                return None
            sub = m.group(5)
            if sub is None:
                amp = request.params.get("amp") == "1"
                return post_page(request, s, 1, amp=amp)
            if sub.isdigit():
                n = int(sub)
                if n == 1:
                    return redirect(base_url(request) + base_path, 301)
                if 2 <= n <= len(split_pages(s)):
                    return post_page(request, s, n)
                return None
            if s.id == ATTACHMENT_STORY and sub == ATTACHMENT_SLUG and not request.query:
                return attachment_page(request)
            return None
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt(s: Story) -> list[str]:
    p = post_path(s)
    alts = [f"{p}?amp=1"]
    alts += [f"{p}?replytocom={c.id}" for c in s.opts.get("comments", [])]
    if len(split_pages(s)) > 1:
        alts += [f"{p}{n}/" for n in range(2, len(split_pages(s)) + 1)]
    return alts


GOLD = [gold_record(s, post_path(s), CATS[s.cat], alt_paths=_alt(s)) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu/", "/lien-he/", "/ban-bien-tap/", "/dang-ky-ban-tin/", attachment_path()]

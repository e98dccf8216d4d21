"""Pagekit 1.0 (PHP + Vue admin) with its Blog extension and a UIkit 2 theme: Trường Chính trị
tỉnh Hà Giang.

Platform
    Pagekit 1.0.x with URL rewriting on. The Blog extension's permalink is set to "name"
    (``/blog/<slug>``), but its id route ``/blog/<id>`` answers as well, and the pre-rewrite form
    ``/index.php/blog/<slug>`` still works. A community extension ("Blog Categories") adds
    ``/blog/category/<slug>`` listings and a "Chuyên mục:" line under each post. The theme is a
    UIkit 2 theme derived from Pagekit's "One" (``tm-*`` / ``uk-*`` classes, ``<base href>`` in
    the head, drop-down navbar, panel boxes in the sidebar). The vi_VN translation of the Blog
    extension is incomplete: "Written by … on …", "Read more", "Comments" stay English.

URL scheme
    ``/``                               Site home page (a Pagekit page node with widgets)
    ``/blog`` , ``/blog/page/<N>``      Blog listing, 3 posts a page (5 pages), core pagination
    ``/blog/<slug>``                    a post (what listings, the RSS feed and "Các tin khác" link)
    ``/blog/<id>``                      the same post (the "Bài viết mới" widget, in-text links)
    ``/index.php/blog/<slug>``          the same post (one old "Liên kết nhanh" menu item)
    ``/blog/category/<slug>[?page=N]``  category listings of the extension, 5 a page
    ``/blog/feed``                      RSS 2.0 feed
    ``/<page-slug>``                    Site pages: gioi-thieu, lich-su-hinh-thanh, co-cau-to-chuc,
                                        ban-giam-hieu, thu-vien-anh, lien-he
    ``/user/login``                     Pagekit login form
    ``/storage/…``                      uploaded images (Pagekit's storage folder)

Page templates
    * post (``blog/views/post.php``): optional featured image ``<img src="storage/…">`` ABOVE
      ``<h1 class="uk-article-title">``; ``<p class="uk-article-meta">Written by <account> on
      <time datetime="<UTC W3C>" v-cloak>{{ "<UTC W3C>" | date "longDate" }}</time></p>``;
      ``<div class="uk-margin">`` the editor's HTML; the categories line; share tools; the Vue
      comments mount plus a ``<script>`` holding the comments as JSON; "Các tin khác".
    * listing (``blog/views/posts.php``): per post the featured image, h1 link, meta line, then
      the excerpt when one is set, else the WHOLE content, then "Read more" / "Comments (n)".
    * page (``site/views/page.php``): the same ``uk-article`` / ``uk-article-title`` markup.

How each gold article is reached
    /blog page 1: 58, 57, 55; page 2: 54, 52, 51; page 3: 49, 48, 46; page 4: 44, 43, 41;
    page 5: 40. Page 1's pager shows 1 2 3 … 5 (Pagekit's window of 3), so page 4 is reached
    only from page 2, 3 or 5. Category listings repeat them (Đào tạo has a ``?page=2``); the
    home page's slideshow links 58, 57, 55 by slug, its "Bài viết mới" widget 58 57 55 54 52 by
    id; the RSS feed lists all 13 by slug.

Traps
    1. Date as an un-rendered Vue filter in UTC: the meta line's ``<time datetime>`` and its text
       ``{{ "2026-12-03T01:30:00+00:00" | date "longDate" }}`` are the stored UTC instant (Pagekit
       keeps dates in UTC; the browser localises). Gold: the instant in Asia/Ho_Chi_Minh with
       +07:00 ("2026-12-03T08:30:00+07:00"). Post 52 crosses the day: printed
       "2026-11-19T18:30:00+00:00", gold "2026-11-20T01:30:00+07:00".
    2. Midnight hidden by UTC: post 49 prints "2026-11-09T17:00:00+00:00", which is local
       midnight of 10/11: gold the day alone, "2026-11-10".
    3. ``<base href="http://host/">`` with relative URLs in the editor's HTML: images are
       ``src="storage/…"`` and in-text links ``href="blog/44"``. Resolved against the page's own
       path they give /blog/storage/… and /blog/blog/44, which are 404. Gold image paths are
       resolved against the base ("/storage/…"), some with ``%20`` in the folder name.
    4. Three live routes for one post: /blog/<slug> (gold path), /blog/<id> (widget, in-text
       link) and /index.php/blog/<slug> (old menu item); none prints a canonical link. The extra
       forms are in alt_paths.
    5. Listings print a post's whole content when it has no excerpt (Pagekit's
       ``excerpt ?: content``): listing pages carry complete article text, photos and captions
       under a ``uk-article-title`` h1, like a post page. Listings are not articles.
    6. An excerpt is not a lead: where a post has one it is printed on the listings only, never
       on the post page, and it is not the post's first paragraph. Gold summary: null for those
       (unless the post page itself prints a bold lead, post 40).
    7. Featured image above the title: Pagekit prints ``post.image`` before the h1, with an alt
       and no line. It is the article's first photo, caption None. Post 55 uses the same file as
       its first in-text photo: it is one photo, listed once, with the in-text caption.
    8. Untranslated English byline naming the CMS account ("Written by Quản trị Cổng TTĐT on
       …"): nobody. The real writers sign in the text (top italic line, right-aligned closing,
       "Tin, ảnh:", "Tin: … - Ảnh: …").
    9. Core pager markup: Pagekit's template leaves ``<li>`` unclosed (``<li><a>2</a><li>``),
       windows the page numbers with "…", and the category extension paginates differently
       (``?page=N``, "« Trước / Sau »"). ``/blog/page/1`` repeats ``/blog``.
    10. Two categories on one post (57: "Tin tức - Sự kiện, Đào tạo - Bồi dưỡng"): it appears
        on both category listings; gold category is the first, which the breadcrumb prints.
        The breadcrumb's "Tin tức" (the blog node) is not the category.
    11. Pages use post markup: /lich-su-hinh-thanh is a long ``uk-article`` text with an h1 and a
        "Cập nhật: 12/10/2026" line: a page, not an article.
    12. UIkit grid of photos (post 55, 43): ``uk-grid`` columns of ``figure.uk-thumbnail`` with
        ``figcaption.uk-thumbnail-caption``; photos in reading order (row by row), each with its
        own caption. A ``uk-panel-box`` "Bài viết liên quan" box inside the content is not text.
    13. Comments live in a ``<script>`` as JSON for Vue (``var $comments = {…}``), dated after
        the post, with names; none of it is the article's.

Gold decisions on ambiguous points
    * published_at from the UTC instant converted to +07:00, with its time (the only date the
      HTML carries is that instant, in both the attribute and the text); midnight local -> day.
    * category: the extension's first category, as the breadcrumb's third crumb prints it.
    * featured image: an article photo with caption None (its alt is not a printed line).
    * "Xem thêm: <link>" line, "Chuyên mục:", tags, share tools: not body.
    * A closing "Theo Báo Hà Giang điện tử" line: source "Báo Hà Giang điện tử".
    * The lightbox photo (post 48): the gold is the ``<img src>`` as printed (the 600x400 size),
      not the full-size file its ``<a data-uk-lightbox>`` opens; its caption is the muted line
      under it (the link's ``title`` repeats it, unprinted).
    * Table rows of the exam schedule (post 49): paragraphs with cells joined by " | ".
"""

from __future__ import annotations

import json

from crawler.demo.server import Request, Response, html
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

NAME = "pagekit_tct"
PLATFORM = "Pagekit 1.0 + Blog + UIkit theme"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Hà Giang"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
ACCOUNT = "Quản trị Cổng TTĐT"
PER_PAGE = 3
CAT_PER_PAGE = 5

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "cong-tac-dang-doan-the": "Công tác Đảng - Đoàn thể",
}


def _right(name: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(name)}</strong></p>')


STORIES: list[Story] = [
    Story(
        58,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-45",
        "Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung khóa 45",
        "dao-tao-boi-duong",
        "2026-12-03T08:30:00+07:00",
        [
            Img("storage/blog/2026-12/k45-khai-giang.jpg", style="featured"),
            P(
                "Sáng 03/12/2026, Trường Chính trị tỉnh Hà Giang tổ chức lễ khai giảng lớp Trung cấp "
                "lý luận chính trị - hành chính hệ không tập trung khóa 45 cho 86 học viên là cán bộ, "
                "công chức các xã, phường thuộc huyện Vị Xuyên."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhấn mạnh lớp học được tổ chức theo "
                "Chương trình mới của Học viện Chính trị quốc gia Hồ Chí Minh, gồm 4 phần học với tổng "
                "thời gian 8 tháng, học tập trung vào các ngày cuối tuần."
            ),
            Img(
                "storage/blog/2026-12/k45-dai-bieu.jpg",
                "Các đại biểu dự lễ khai giảng lớp K45",
                "Các đại biểu dự lễ khai giảng lớp K45",
                style="fig",
            ),
            P(
                "Đồng chí đề nghị học viên chấp hành nghiêm quy chế học tập, phát huy tinh thần tự "
                "học, liên hệ lý luận với thực tiễn công tác tại cơ sở."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="blog/44">Đoàn công tác của Học viện Chính trị khu vực I '
                "làm việc tại Trường</a></em></p>"
            ),
            _right("Phòng Quản lý đào tạo"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"utc": "2026-12-03T01:30:00+00:00", "comments": 2},
    ),
    Story(
        57,
        "hoi-nghi-tong-ket-cong-tac-dao-tao-boi-duong-nam-2026",
        "Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026",
        "tin-tuc-su-kien",
        "2026-12-01T15:45:00+07:00",
        [
            P(
                "Chiều 01/12, Trường Chính trị tỉnh tổ chức Hội nghị tổng kết công tác đào tạo, bồi "
                "dưỡng năm 2026 và triển khai nhiệm vụ năm 2027."
            ),
            P(
                "Năm 2026, Nhà trường đã mở 24 lớp với 2.315 học viên, vượt 8% kế hoạch được giao; "
                "100% học viên các lớp trung cấp lý luận chính trị được đánh giá đạt yêu cầu trở lên."
            ),
            P("Một số chỉ tiêu chủ yếu:", "h4"),
            P("Đào tạo trung cấp lý luận chính trị - hành chính: 6 lớp, 512 học viên;", "li"),
            P("Bồi dưỡng kiến thức quốc phòng và an ninh: 5 lớp, 640 học viên;", "li"),
            P("Bồi dưỡng chức danh, nghiệp vụ: 13 lớp, 1.163 học viên.", "li"),
            Img(
                "storage/blog/2026-12/tong-ket-2026.jpg",
                "Ảnh: Minh Tuấn",
                None,
                style="center",
            ),
            P(
                "Hội nghị đã khen thưởng 5 tập thể và 17 cá nhân có thành tích xuất sắc trong thực "
                "hiện nhiệm vụ năm học."
            ),
        ],
        photographers=["Minh Tuấn"],
        opts={
            "utc": "2026-12-01T08:45:00+00:00",
            "cats": ["tin-tuc-su-kien", "dao-tao-boi-duong"],
            "excerpt": "Năm 2026 Nhà trường mở 24 lớp, vượt 8% kế hoạch; khen thưởng 5 tập thể, 17 cá nhân.",
        },
    ),
    Story(
        55,
        "hoi-thao-khoa-hoc-nang-cao-chat-luong-doi-ngu-giang-vien-kiem-chuc",
        "Hội thảo khoa học: Nâng cao chất lượng đội ngũ giảng viên kiêm chức",
        "nghien-cuu-khoa-hoc",
        "2026-11-27T09:00:00+07:00",
        [
            P(
                "Ngày 27/11/2026, Trường Chính trị tỉnh Hà Giang tổ chức Hội thảo khoa học cấp trường "
                "“Nâng cao chất lượng đội ngũ giảng viên kiêm chức trong giai đoạn hiện nay”."
            ),
            Img(
                "storage/Anh%20hoat%20dong/IMG_2031.JPG",
                "Quang cảnh hội thảo",
                "Quang cảnh hội thảo",
                style="grid",
            ),
            Img(
                "storage/Anh%20hoat%20dong/IMG_2047.JPG",
                "Đại biểu trình bày tham luận",
                "Đại biểu trình bày tham luận",
                style="grid",
            ),
            P(
                "Hội thảo nhận được 21 bài tham luận của giảng viên cơ hữu, giảng viên kiêm chức là "
                "lãnh đạo các sở, ngành và báo cáo viên cấp tỉnh."
            ),
            P(
                "Giảng viên kiêm chức phải là cầu nối giữa lý luận và thực tiễn, mang hơi thở cuộc "
                "sống vào từng bài giảng.",
                "quote",
            ),
            P(
                "Kết luận hội thảo, đồng chí Hiệu trưởng đề nghị các khoa rà soát, bổ sung danh sách "
                "giảng viên kiêm chức và tổ chức dự giờ ít nhất một lần mỗi học kỳ."
            ),
            Raw(
                '<div class="uk-panel uk-panel-box uk-margin"><h4 class="uk-panel-title">Bài viết liên '
                'quan</h4><ul class="uk-list"><li><a href="blog/hoi-nghi-tong-ket-cong-tac-dao-tao-boi-'
                'duong-nam-2026">Hội nghị tổng kết công tác đào tạo, bồi dưỡng năm 2026</a></li><li>'
                '<a href="blog/46">Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo ở '
                "vùng cao</a></li></ul></div>"
            ),
            Raw('<p style="text-align: right;"><em>Khoa Nhà nước và pháp luật</em></p>'),
        ],
        authors=["Khoa Nhà nước và pháp luật"],
        opts={
            "utc": "2026-11-27T02:00:00+00:00",
            "featured_dup": "storage/Anh%20hoat%20dong/IMG_2031.JPG",
            "comments": 4,
        },
    ),
    Story(
        54,
        "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-thang-11",
        "Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề tháng 11",
        "cong-tac-dang-doan-the",
        "2026-11-24T16:10:00+07:00",
        [
            P(
                "Thực hiện Kế hoạch của Đảng ủy Trường, ngày 24/11, Chi bộ Khoa Xây dựng Đảng tổ "
                "chức sinh hoạt chuyên đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với đổi mới "
                "phương pháp giảng dạy”."
            ),
            P(
                "Các đảng viên đã thảo luận sôi nổi, chỉ ra những hạn chế trong việc soạn giáo án "
                "điện tử và sử dụng tình huống thực tiễn trong bài giảng."
            ),
            P("Chi bộ thống nhất ba nhóm giải pháp trọng tâm cho năm học 2026 - 2027."),
            _right("Hà Thu Trang"),
        ],
        authors=["Hà Thu Trang"],
        opts={
            "utc": "2026-11-24T09:10:00+00:00",
            "excerpt": "Chi bộ thống nhất ba nhóm giải pháp nâng cao chất lượng sinh hoạt chi bộ.",
        },
    ),
    Story(
        52,
        "be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
        "Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
        "dao-tao-boi-duong",
        "2026-11-20T01:30:00+07:00",
        [
            Img("storage/blog/2026-11/qpan-dt4.jpg", style="featured"),
            P(
                "Sau 5 ngày học tập, lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 "
                "năm 2026 đã bế giảng với 118 học viên là trưởng thôn, bí thư chi bộ các thôn, tổ dân "
                "phố."
            ),
            P(
                "Kết quả: 100% học viên đạt yêu cầu, trong đó 64 học viên đạt loại giỏi, 49 học viên "
                "loại khá."
            ),
            Raw('<p><em>Tin, ảnh: Vàng Thị Dung</em></p>'),
        ],
        authors=["Vàng Thị Dung"],
        photographers=["Vàng Thị Dung"],
        opts={"utc": "2026-11-19T18:30:00+00:00"},
    ),
    Story(
        51,
        "truong-chinh-tri-tinh-ha-giang-huong-ung-ngay-nha-giao-viet-nam-20-11",
        "Trường Chính trị tỉnh Hà Giang hưởng ứng Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc-su-kien",
        "2026-11-18T16:20:00+07:00",
        [
            P(
                "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công đoàn "
                "Trường tổ chức nhiều hoạt động thiết thực."
            ),
            P("Tổ chức hội giảng chào mừng với 12 bài giảng dự thi;", "li"),
            P("Thăm hỏi, tặng quà các nhà giáo đã nghỉ hưu;", "li"),
            P("Phát động phong trào “Mỗi giảng viên một sáng kiến”.", "li"),
            P(
                "Dịp này, Nhà trường cũng tổ chức gặp mặt các thế hệ cán bộ, giảng viên qua các thời "
                "kỳ."
            ),
            P("Trân trọng cảm ơn các thầy cô!", "brnext"),
        ],
        opts={"utc": "2026-11-18T09:20:00+00:00", "comments": 6},
    ),
    Story(
        49,
        "thong-bao-lich-thi-ket-thuc-hoc-phan-lop-trung-cap-llct-hc-khoa-44",
        "Thông báo lịch thi kết thúc học phần lớp Trung cấp LLCT-HC khóa 44",
        "dao-tao-boi-duong",
        "2026-11-10",
        [
            P(
                "Phòng Quản lý đào tạo thông báo lịch thi kết thúc học phần II lớp Trung cấp lý luận "
                "chính trị - hành chính khóa 44 như sau:"
            ),
            P("Ngày thi | Môn thi | Hình thức | Phòng thi", "tr"),
            P("21/11/2026 | Những vấn đề cơ bản về Đảng Cộng sản | Viết | Hội trường B", "tr"),
            P("22/11/2026 | Quản lý hành chính nhà nước | Vấn đáp | P.204, P.205", "tr"),
            P(
                "Học viên có mặt trước giờ thi 15 phút, mang theo thẻ học viên và giấy tờ tùy thân."
            ),
            _right("Phòng Quản lý đào tạo"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"utc": "2026-11-09T17:00:00+00:00"},
    ),
    Story(
        48,
        "giang-vien-truong-tham-gia-hoi-thi-giang-vien-day-gioi-cap-tinh",
        "Giảng viên Trường tham gia Hội thi giảng viên dạy giỏi cấp tỉnh",
        "tin-tuc-su-kien",
        "2026-11-06T10:05:00+07:00",
        [
            P(
                "Từ ngày 02 đến 05/11/2026, 4 giảng viên của Trường Chính trị tỉnh tham dự Hội thi "
                "giảng viên dạy giỏi các trường chính trị khu vực miền núi phía Bắc."
            ),
            Img(
                "storage/blog/2026-11/hoi-thi-gvdg-600x400.jpg",
                "Giảng viên Nguyễn Thị Hồng Nhung trình bày bài giảng",
                "Giảng viên Nguyễn Thị Hồng Nhung trình bày bài giảng",
                style="lightbox",
            ),
            P(
                "Kết quả, đoàn Hà Giang giành 1 giải Nhì, 2 giải Ba và 1 giải Khuyến khích."
            ),
            P(
                "Theo Ban tổ chức, chất lượng bài giảng năm nay có nhiều tiến bộ, nhất là ở việc ứng "
                "dụng công nghệ thông tin."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Hà Giang điện tử</em></p>'),
        ],
        source="Báo Hà Giang điện tử",
        opts={"utc": "2026-11-06T03:05:00+00:00"},
    ),
    Story(
        46,
        "van-dung-tu-tuong-ho-chi-minh-ve-can-bo-trong-cong-tac-dao-tao-o-vung-cao",
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo ở vùng cao",
        "nghien-cuu-khoa-hoc",
        "2026-11-02T14:00:00+07:00",
        [
            Raw('<p><em>ThS. Lò Thị Mai - Khoa Lý luận cơ sở</em></p>'),
            P(
                "Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ là cái gốc của mọi công việc”.[1] Tư tưởng "
                "ấy đến nay vẫn còn nguyên giá trị đối với công tác đào tạo cán bộ ở các tỉnh miền núi."
            ),
            P("1. Đặc điểm đội ngũ cán bộ cơ sở vùng cao", "h3"),
            P(
                "Đội ngũ cán bộ cơ sở ở Hà Giang phần lớn là người dân tộc thiểu số, am hiểu phong "
                "tục, tập quán nhưng trình độ lý luận còn hạn chế."
            ),
            P("2. Một số giải pháp", "h3"),
            P(
                "Một là, đổi mới nội dung chương trình theo hướng gắn với thực tiễn địa phương; hai "
                "là, tăng cường giảng viên biết tiếng dân tộc.[2]"
            ),
            P("Tài liệu tham khảo", "h4"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309."),
            P("[2] Tỉnh ủy Hà Giang: Báo cáo tổng kết công tác cán bộ nhiệm kỳ 2020 - 2025."),
        ],
        authors=["Lò Thị Mai"],
        opts={
            "utc": "2026-11-02T07:00:00+00:00",
            "excerpt": "Bài viết phân tích đặc điểm đội ngũ cán bộ cơ sở vùng cao và đề xuất giải pháp.",
        },
    ),
    Story(
        44,
        "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong",
        "Đoàn công tác của Học viện Chính trị khu vực I làm việc tại Trường",
        "tin-tuc-su-kien",
        "2026-10-28T14:00:00+07:00",
        [
            Img("storage/blog/2026-10/hvct-kv1.jpg", style="featured"),
            P(
                "Chiều 28/10, Đoàn công tác của Học viện Chính trị khu vực I do PGS.TS Nguyễn Văn "
                "Thắng làm trưởng đoàn đã đến làm việc với Trường Chính trị tỉnh Hà Giang."
            ),
            P(
                "Hai bên trao đổi về việc phối hợp mở lớp cao cấp lý luận chính trị hệ không tập "
                "trung và bồi dưỡng giảng viên."
            ),
        ],
        opts={"utc": "2026-10-28T07:00:00+00:00"},
    ),
    Story(
        43,
        "lop-boi-duong-cap-nhat-kien-thuc-cho-can-bo-nu-dan-toc-thieu-so",
        "Lớp bồi dưỡng cập nhật kiến thức cho cán bộ nữ dân tộc thiểu số",
        "dao-tao-boi-duong",
        "2026-10-21T11:15:00+07:00",
        [
            P(
                "Từ ngày 19 - 21/10/2026, Trường phối hợp với Hội Liên hiệp Phụ nữ tỉnh mở lớp bồi "
                "dưỡng cập nhật kiến thức cho 75 cán bộ nữ người dân tộc thiểu số."
            ),
            Img(
                "storage/blog/2026-10/can-bo-nu-01.jpg",
                "Học viên thảo luận nhóm",
                "Học viên thảo luận nhóm",
                style="grid",
            ),
            Img(
                "storage/blog/2026-10/can-bo-nu-02.jpg",
                "Trao giấy chứng nhận cho học viên",
                "Trao giấy chứng nhận cho học viên",
                style="grid",
            ),
            P(
                "Học viên được truyền đạt các chuyên đề về bình đẳng giới, kỹ năng lãnh đạo, quản lý "
                "và chuyển đổi số ở cơ sở."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Đặng Thu Hiền - Ảnh: Lý Văn Sáng</strong></p>'),
        ],
        authors=["Đặng Thu Hiền"],
        photographers=["Lý Văn Sáng"],
        opts={"utc": "2026-10-21T04:15:00+00:00"},
    ),
    Story(
        41,
        "cong-doan-truong-to-chuc-giai-bong-chuyen-hoi-chao-mung-20-10",
        "Công đoàn Trường tổ chức giải bóng chuyền hơi chào mừng ngày 20/10",
        "cong-tac-dang-doan-the",
        "2026-10-16T17:40:00+07:00",
        [
            P(
                "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam, Công đoàn Trường tổ "
                "chức giải bóng chuyền hơi nữ với sự tham gia của 4 đội."
            ),
            Img(
                "storage/blog/2026-10/bong-chuyen-hoi.jpg",
                "(Đội Khoa Xây dựng Đảng nhận giải Nhất)",
                "Đội Khoa Xây dựng Đảng nhận giải Nhất",
                style="center",
            ),
            P("Giải Nhất thuộc về đội Khoa Xây dựng Đảng, giải Nhì: đội Phòng Tổ chức - Hành chính."),
            Raw('<p style="text-align: right;"><strong>Công đoàn Trường</strong></p>'),
        ],
        authors=["Công đoàn Trường"],
        opts={"utc": "2026-10-16T10:40:00+00:00", "comments": 1},
    ),
    Story(
        40,
        "khai-mac-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-tai-ha-giang",
        "Khai mạc lớp Cao cấp lý luận chính trị hệ không tập trung tại tỉnh Hà Giang",
        "dao-tao-boi-duong",
        "2026-10-09T08:00:00+07:00",
        [
            P(
                "Lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 tại Hà Giang có "
                "92 học viên, học tập trong 24 tháng tại Trường Chính trị tỉnh.",
                "bold",
            ),
            P(
                "Sáng 09/10, Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh Hà Giang "
                "khai mạc lớp Cao cấp lý luận chính trị hệ không tập trung."
            ),
            P(
                "Học viên là cán bộ lãnh đạo, quản lý cấp phòng, cấp huyện và tương đương thuộc diện "
                "quy hoạch của tỉnh."
            ),
            _right("P.QLĐT"),
        ],
        authors=["P.QLĐT"],
        summary=(
            "Lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 tại Hà Giang có "
            "92 học viên, học tập trong 24 tháng tại Trường Chính trị tỉnh."
        ),
        opts={
            "utc": "2026-10-09T01:00:00+00:00",
            "excerpt": "Lớp Cao cấp LLCT khóa 2026 - 2028 khai mạc với 92 học viên.",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}


def _cats(story: Story) -> list[str]:
    return story.opts.get("cats", [story.cat])


# --- markup --------------------------------------------------------------------------------


def _img_tag(src: str, alt: str = "") -> str:
    return f'<img src="{esc(src)}" alt="{esc(alt)}">'


def _content(story: Story) -> str:
    """The editor's HTML, as stored (relative ``storage/…`` and ``blog/…`` URLs)."""
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "featured":
                pass
            elif b.style == "fig":
                out.append(
                    f'<figure class="uk-thumbnail uk-align-center">{_img_tag(b.src)}'
                    f'<figcaption class="uk-thumbnail-caption">{esc(b.printed or "")}</figcaption></figure>'
                )
            elif b.style == "center":
                out.append(f'<p style="text-align: center;">{_img_tag(b.src)}</p>')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>')
            elif b.style == "lightbox":
                full = b.src.replace("-600x400", "")
                out.append(
                    f'<p><a href="{esc(full)}" data-uk-lightbox title="{esc(b.printed or "")}">'
                    f"{_img_tag(b.src, b.printed or '')}</a></p>"
                    f'<p class="uk-text-small uk-text-muted uk-text-center">{esc(b.printed or "")}</p>'
                )
            elif b.style == "grid":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "grid":
                    group.append(blocks[i])
                    i += 1
                cells = "".join(
                    f'<div class="uk-width-medium-1-2"><figure class="uk-thumbnail">{_img_tag(g.src)}'
                    f'<figcaption class="uk-thumbnail-caption">{esc(g.printed or "")}</figcaption>'
                    "</figure></div>"
                    for g in group
                )
                out.append(f'<div class="uk-grid uk-grid-small" data-uk-grid-margin>{cells}</div>')
                continue
        elif isinstance(b, P):
            if b.style in ("li", "tr"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                    group.append(blocks[i])
                    i += 1
                if b.style == "li":
                    items = "".join(f"<li>{esc(g.text)}</li>" for g in group)
                    out.append(f'<ul class="uk-list uk-list-bullet">{items}</ul>')
                else:
                    rows = []
                    for n, g in enumerate(group):
                        tag = "th" if n == 0 else "td"
                        rows.append(
                            "<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in g.text.split(" | ")) + "</tr>"
                        )
                    out.append(
                        '<table class="uk-table uk-table-striped uk-table-condensed" border="1">'
                        f"<tbody>{''.join(rows)}</tbody></table>"
                    )
                continue
            if b.style in ("h3", "h4"):
                out.append(f"<{b.style}>{esc(b.text)}</{b.style}>")
            elif b.style == "quote":
                out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
            elif b.style == "bold":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif b.style == "brnext":
                prev = out.pop()
                assert prev.endswith("</p>")
                out.append(prev[:-4] + f"<br>\n{esc(b.text)}</p>")
            else:
                out.append(f"<p>{esc(b.text)}</p>")
        i += 1
    return "\n".join(out)


def _featured(story: Story) -> str | None:
    if "featured_dup" in story.opts:
        return story.opts["featured_dup"]
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "featured":
            return b.src
    return None


def _meta(story: Story) -> str:
    utc = story.opts["utc"]
    return (
        f'<p class="uk-article-meta">Written by {esc(ACCOUNT)} on '
        f'<time datetime="{utc}" v-cloak>{{{{ "{utc}" | date "longDate" }}}}</time></p>'
    )


def _local_day(story: Story) -> str:
    """dd/mm/yyyy of the local day, as the sidebar widget (server-side PHP) prints it."""
    d = (story.published_at or "")[:10]
    return f"{d[8:10]}/{d[5:7]}/{d[0:4]}"


def _navbar() -> str:
    cat_items = "".join(f'<li><a href="/blog/category/{k}">{esc(v)}</a></li>' for k, v in CATS.items())
    return f"""
<nav class="uk-navbar tm-navbar" data-uk-sticky>
 <ul class="uk-navbar-nav uk-hidden-small">
  <li><a href="/">Trang chủ</a></li>
  <li class="uk-parent" data-uk-dropdown="{{pos:'bottom-left'}}"><a href="/gioi-thieu">Giới thiệu</a>
   <div class="uk-dropdown uk-dropdown-navbar"><ul class="uk-nav uk-nav-navbar">
    <li><a href="/lich-su-hinh-thanh">Lịch sử hình thành</a></li>
    <li><a href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li>
    <li><a href="/ban-giam-hieu">Ban Giám hiệu</a></li>
   </ul></div></li>
  <li class="uk-parent" data-uk-dropdown><a href="/blog">Tin tức</a>
   <div class="uk-dropdown uk-dropdown-navbar"><ul class="uk-nav uk-nav-navbar">{cat_items}</ul></div></li>
  <li><a href="/blog/category/dao-tao-boi-duong">Đào tạo</a></li>
  <li><a href="/thu-vien-anh">Thư viện ảnh</a></li>
  <li><a href="/lien-he">Liên hệ</a></li>
 </ul>
 <a href="#tm-offcanvas" class="uk-navbar-toggle uk-visible-small" data-uk-offcanvas></a>
</nav>"""


def _sidebar() -> str:
    latest = sorted(STORIES, key=lambda s: s.opts["utc"], reverse=True)[:5]
    items = "".join(
        f'<li><a href="/blog/{s.id}">{esc(s.title)}</a> <span class="uk-text-muted">({_local_day(s)})</span></li>'
        for s in latest
    )
    return f"""
<aside class="uk-width-medium-1-4 tm-sidebar">
 <div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">Bài viết mới</h3>
  <ul class="uk-list uk-list-line">{items}</ul></div>
 <div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">Liên kết nhanh</h3>
  <ul class="uk-nav uk-nav-side">
   <li><a href="/index.php/blog/hoi-thao-khoa-hoc-nang-cao-chat-luong-doi-ngu-giang-vien-kiem-chuc">Hội thảo giảng viên kiêm chức</a></li>
   <li><a href="http://hagiang.gov.vn" target="_blank">Cổng TTĐT tỉnh Hà Giang</a></li>
   <li><a href="https://www.hcma.vn" target="_blank">Học viện CTQG Hồ Chí Minh</a></li>
   <li><a href="https://www.facebook.com/truongchinhtrihagiang" target="_blank">Facebook của Trường</a></li>
  </ul></div>
 <div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">Thăm dò ý kiến</h3>
  <form class="uk-form" onsubmit="return false"><p>Bạn đánh giá thế nào về Cổng thông tin của Trường?</p>
   <label><input type="radio" name="poll" value="1"> Rất hữu ích</label><br>
   <label><input type="radio" name="poll" value="2"> Hữu ích</label><br>
   <label><input type="radio" name="poll" value="3"> Cần cải thiện</label><br>
   <button class="uk-button uk-button-mini" type="button">Bình chọn</button></form></div>
 <div class="uk-panel uk-panel-box tm-counter"><h3 class="uk-panel-title">Thống kê truy cập</h3>
  <ul class="uk-list"><li>Đang online: 14</li><li>Hôm nay: 352</li><li>Tổng truy cập: 1.204.577</li></ul></div>
</aside>"""


def _layout(request: Request, title: str, main: str, *, breadcrumb: list[tuple[str, str | None]] | None = None,
            description: str = "") -> Response:
    base = base_url(request) + "/"
    crumbs = ""
    if breadcrumb:
        parts = []
        for label, href in breadcrumb:
            if href:
                parts.append(f'<li><a href="{href}">{esc(label)}</a></li>')
            else:
                parts.append(f'<li class="uk-active"><span>{esc(label)}</span></li>')
        crumbs = f'<ul class="uk-breadcrumb">{"".join(parts)}</ul>'
    page = f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="{base}">
<title>{esc(title)} | {esc(SITE)}</title>
<meta name="description" content="{esc(description or SITE)}">
<link href="/blog/feed" title="{esc(SITE)}" type="application/rss+xml" rel="alternate">
<link href="/packages/pagekit/theme-one/css/theme.css?v=7a1c" rel="stylesheet">
<script src="/app/assets/jquery/dist/jquery.min.js?v=7a1c"></script>
<script src="/app/assets/uikit/js/uikit.min.js?v=7a1c"></script>
<script src="/app/system/modules/theme/js/theme.js?v=7a1c"></script>
<script>var $pagekit = {{"url":"","csrf":"c8f1e0b2d9","locale":"vi_VN","timezone":"UTC"}};</script>
</head>
<body>
<div class="tm-toolbar uk-clearfix"><div class="uk-container uk-container-center">
 <div class="uk-float-left">{TODAY_LINE}</div>
 <div class="uk-float-right"><a href="/user/login">Đăng nhập</a> | <a href="/blog/feed">RSS</a></div>
</div></div>
<div class="tm-header"><div class="uk-container uk-container-center">
 <a class="tm-logo" href="/"><img src="/storage/logo-tct-hagiang.png" alt="{esc(SITE)}"></a>
 <div class="tm-sitename">ĐẢNG BỘ TỈNH HÀ GIANG<br><strong>TRƯỜNG CHÍNH TRỊ TỈNH HÀ GIANG</strong></div>
</div></div>
<div class="uk-container uk-container-center">{_navbar()}</div>
<div id="tm-main" class="tm-main uk-block"><div class="uk-container uk-container-center">
{crumbs}
<div class="uk-grid" data-uk-grid-match data-uk-grid-margin>
<main class="uk-width-medium-3-4">
{main}
</main>
{_sidebar()}
</div></div></div>
<footer id="tm-footer" class="tm-footer uk-block uk-block-secondary uk-contrast"><div class="uk-container uk-container-center">
 <p><strong>{esc(SITE.upper())}</strong><br>Địa chỉ: Tổ 10, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang<br>
 Điện thoại: 0219.3866.258 - Email: truongchinhtri@hagiang.gov.vn</p>
 <p>© 2026 Bản quyền thuộc về {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
 <p class="uk-text-small">Powered by <a href="https://pagekit.com">Pagekit</a></p>
</div></footer>
<div id="tm-offcanvas" class="uk-offcanvas"><div class="uk-offcanvas-bar"><ul class="uk-nav uk-nav-offcanvas">
 <li><a href="/">Trang chủ</a></li><li><a href="/blog">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li>
</ul></div></div>
</body>
</html>"""
    return html(page)


def _post_page(request: Request, story: Story) -> Response:
    cats = _cats(story)
    featured = _featured(story)
    fimg = _img_tag(featured, story.title) if featured else ""
    cat_links = ", ".join(f'<a href="/blog/category/{c}">{esc(CATS[c])}</a>' for c in cats)
    others = [s for s in STORIES if s.cat == story.cat and s.id != story.id][:4]
    others_html = "".join(
        f'<li><a href="/blog/{s.slug}">{esc(s.title)}</a> <span class="uk-text-muted">({_local_day(s)})</span></li>'
        for s in others
    )
    comments = [
        {
            "id": 300 + story.id * 3 + n,
            "author": name,
            "content": text,
            "created": f"2026-12-04T0{n + 2}:1{n}:00+00:00",
            "status": 1,
        }
        for n, (name, text) in enumerate(
            [
                ("Nguyễn Văn Hưng", "Bài viết rất thiết thực, cảm ơn Nhà trường."),
                ("Lục Thị Ngân", "Mong Trường tiếp tục mở lớp tại huyện Yên Minh."),
                ("Sùng Mí Páo", "Thông tin hữu ích."),
                ("Hoàng Văn Tiến", "Chúc mừng các đồng chí!"),
                ("Phạm Thu Hà", "Xin cho hỏi lịch học tuần tới?"),
                ("Ly Thị Mỷ", "Rất tự hào về Trường."),
            ][: story.opts.get("comments", 0)]
        )
    ]
    config = json.dumps(
        {"post": story.id, "config": {"enabled": True, "requireinfo": True}, "comments": comments, "count": len(comments)},
        ensure_ascii=False,
    )
    main = f"""
<article class="uk-article tm-article">
 {fimg}
 <h1 class="uk-article-title">{esc(story.title)}</h1>
 {_meta(story)}
 <div class="uk-margin">
{_content(story)}
 </div>
 <p class="uk-article-meta pk-blog-categories">Chuyên mục: {cat_links}</p>
 <div class="uk-margin tm-share"><span>Chia sẻ:</span>
  <a class="uk-icon-button uk-icon-facebook" href="https://www.facebook.com/sharer/sharer.php?u={esc(base_url(request))}/blog/{story.slug}" target="_blank"></a>
  <a class="uk-icon-button uk-icon-print" href="javascript:window.print()" title="In bài viết"></a>
  <a class="uk-icon-button uk-icon-envelope-o" href="mailto:?subject={esc(story.title)}"></a>
 </div>
 <div id="comments" class="uk-margin-large-top" v-cloak>
  <h2 class="uk-h3">Comments ({len(comments)})</h2>
  <post-comments :config="$comments"></post-comments>
 </div>
 <script>var $comments = {config};</script>
</article>
<div class="uk-panel tm-related uk-margin-large-top"><h3 class="uk-panel-title">Các tin khác</h3>
 <ul class="uk-list uk-list-line">{others_html}</ul></div>"""
    crumbs = [("Trang chủ", "/"), ("Tin tức", "/blog"), (CATS[cats[0]], f"/blog/category/{cats[0]}"),
              (story.title, None)]
    return _layout(request, story.title, main, breadcrumb=crumbs, description=story.opts.get("excerpt", ""))


def _teaser(story: Story) -> str:
    featured = _featured(story)
    fimg = f'<a href="/blog/{story.slug}">{_img_tag(featured, story.title)}</a>' if featured else ""
    excerpt = story.opts.get("excerpt")
    text = f"<p>{esc(excerpt)}</p>" if excerpt else _content(story)
    more = f'<li><a href="/blog/{story.slug}">Read more</a></li>' if excerpt else ""
    n = story.opts.get("comments", 0)
    return f"""
<article class="uk-article">
 {fimg}
 <h1 class="uk-article-title"><a href="/blog/{story.slug}">{esc(story.title)}</a></h1>
 {_meta(story)}
 <div class="uk-margin">{text}</div>
 <ul class="uk-subnav">{more}<li><a href="/blog/{story.slug}#comments">Comments ({n})</a></li></ul>
</article>
<hr class="uk-article-divider">"""


def _ordered() -> list[Story]:
    return sorted(STORIES, key=lambda s: s.opts["utc"], reverse=True)


def _core_pager(page: int, total: int) -> str:
    """Pagekit Blog's posts.php pager, unclosed ``<li>`` and all."""
    rng = 3
    idx = page - 1
    out = ['<ul class="uk-pagination">']
    for i in range(1, total + 1):
        if idx - rng <= i <= idx + rng:
            if i == page:
                out.append(f'<li class="uk-active"><span>{i}</span></li>')
            else:
                out.append(f'<li>\n    <a href="/blog/page/{i}">{i}</a>\n<li>')
        elif i == 1:
            out.append('<li>\n    <a href="/blog/page/1">1</a>\n</li>\n<li><span>...</span></li>')
        elif i == total:
            out.append(f'<li><span>...</span></li>\n<li>\n    <a href="/blog/page/{total}">{total}</a>\n</li>')
    out.append("</ul>")
    return "\n".join(out)


def _blog_list(request: Request, page: int) -> Response | None:
    posts = _ordered()
    total = -(-len(posts) // PER_PAGE)
    if not 1 <= page <= total:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = "".join(_teaser(s) for s in chunk) + _core_pager(page, total)
    title = "Tin tức" if page == 1 else f"Tin tức - Trang {page}"
    return _layout(request, title, main, breadcrumb=[("Trang chủ", "/"), ("Tin tức", None)])


def _cat_list(request: Request, slug: str) -> Response | None:
    if slug not in CATS:
        return None
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    posts = [s for s in _ordered() if slug in _cats(s)]
    total = max(1, -(-len(posts) // CAT_PER_PAGE))
    if not 1 <= page <= total:
        return None
    chunk = posts[(page - 1) * CAT_PER_PAGE : page * CAT_PER_PAGE]
    items = "".join(
        f'<li class="uk-clearfix"><h3 class="uk-h4 uk-margin-remove"><a href="/blog/{s.slug}">{esc(s.title)}</a></h3>'
        f'<span class="uk-text-muted uk-text-small">{_local_day(s)}</span>'
        f"<p>{esc(s.opts.get('excerpt') or s.paragraphs[0])}</p></li>"
        for s in chunk
    )
    pager = '<ul class="uk-pagination pk-blogcat-pager">'
    if page > 1:
        prev = f"/blog/category/{slug}" if page == 2 else f"/blog/category/{slug}?page={page - 1}"
        pager += f'<li class="uk-pagination-previous"><a href="{prev}">« Trước</a></li>'
    if page < total:
        pager += f'<li class="uk-pagination-next"><a href="/blog/category/{slug}?page={page + 1}">Sau »</a></li>'
    pager += "</ul>"
    main = f'<h1 class="uk-h2">{esc(CATS[slug])}</h1><ul class="uk-list uk-list-line">{items}</ul>{pager}'
    return _layout(request, CATS[slug], main,
                   breadcrumb=[("Trang chủ", "/"), ("Tin tức", "/blog"), (CATS[slug], None)])


PAGES: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu",
        "<p>Trường Chính trị tỉnh Hà Giang là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự chỉ đạo "
        "trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy và sự hướng dẫn về chuyên môn của Học viện "
        "Chính trị quốc gia Hồ Chí Minh.</p><p>Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh "
        "đạo, quản lý của hệ thống chính trị ở cơ sở.</p>"
        '<ul class="uk-list"><li><a href="/lich-su-hinh-thanh">Lịch sử hình thành</a></li>'
        '<li><a href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li><li><a href="/ban-giam-hieu">Ban Giám hiệu</a></li></ul>',
    ),
    "lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        '<p class="uk-article-meta">Cập nhật: 12/10/2026</p>'
        "<p>Tiền thân của Trường Chính trị tỉnh Hà Giang là Trường Đảng tỉnh Hà Giang, được thành lập "
        "năm 1961. Năm 1976, khi hợp nhất hai tỉnh Hà Giang và Tuyên Quang, trường được sáp nhập thành "
        "Trường Đảng tỉnh Hà Tuyên.</p>"
        "<p>Ngày 01/10/1991, tỉnh Hà Giang được tái lập; Trường Đảng tỉnh Hà Giang được thành lập lại, "
        "đến năm 1995 đổi tên thành Trường Chính trị tỉnh Hà Giang.</p>"
        "<p>Qua hơn 60 năm xây dựng và trưởng thành, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn "
        "lượt cán bộ, đảng viên; được Nhà nước tặng thưởng Huân chương Lao động hạng Nhất.</p>"
        '<p style="text-align: center;"><img src="storage/gioi-thieu/truong-xua.jpg" alt=""></p>'
        '<p style="text-align: center;"><em>Trường Đảng tỉnh Hà Giang những năm 1960</em></p>',
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        '<table class="uk-table"><tr><th>Đơn vị</th><th>Trưởng đơn vị</th></tr>'
        "<tr><td>Phòng Tổ chức - Hành chính</td><td>Nguyễn Văn Phúc</td></tr>"
        "<tr><td>Phòng Quản lý đào tạo</td><td>Trần Thị Hải Yến</td></tr>"
        "<tr><td>Khoa Xây dựng Đảng</td><td>Vương Mí Dính</td></tr>"
        "<tr><td>Khoa Lý luận cơ sở</td><td>Lò Thị Mai</td></tr>"
        "<tr><td>Khoa Nhà nước và pháp luật</td><td>Nông Văn Thạch</td></tr></table>",
    ),
    "ban-giam-hieu": (
        "Ban Giám hiệu",
        '<div class="uk-grid"><div class="uk-width-1-3"><img src="storage/bgh/hieu-truong.jpg" alt="">'
        "<p><strong>Đồng chí Hoàng Văn Long</strong><br>Hiệu trưởng</p></div>"
        '<div class="uk-width-1-3"><img src="storage/bgh/pht-1.jpg" alt="">'
        "<p><strong>Đồng chí Triệu Thị Liên</strong><br>Phó Hiệu trưởng</p></div>"
        '<div class="uk-width-1-3"><img src="storage/bgh/pht-2.jpg" alt="">'
        "<p><strong>Đồng chí Giàng Seo Chư</strong><br>Phó Hiệu trưởng</p></div></div>",
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        '<div class="uk-grid uk-grid-width-medium-1-3" data-uk-grid-margin>'
        + "".join(
            f'<div><a href="storage/album/{n:02d}.jpg" data-uk-lightbox="{{group:\'album\'}}">'
            f'<img src="storage/album/thumb-{n:02d}.jpg" alt="Hoạt động {n}"></a></div>'
            for n in range(1, 7)
        )
        + "</div>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p><strong>TRƯỜNG CHÍNH TRỊ TỈNH HÀ GIANG</strong></p>"
        "<p>Địa chỉ: Tổ 10, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</p>"
        "<p>Điện thoại: 0219.3866.258 - Fax: 0219.3866.259</p><p>Email: truongchinhtri@hagiang.gov.vn</p>"
        '<form class="uk-form uk-form-stacked" action="/lien-he" method="post"><input type="text" name="name" '
        'placeholder="Họ tên"><textarea name="message"></textarea><button class="uk-button">Gửi</button></form>',
    ),
}


def _site_page(request: Request, slug: str) -> Response:
    title, body = PAGES[slug]
    main = f'<article class="uk-article"><h1 class="uk-article-title">{esc(title)}</h1>{body}</article>'
    crumbs = [("Trang chủ", "/")]
    if slug in ("lich-su-hinh-thanh", "co-cau-to-chuc", "ban-giam-hieu"):
        crumbs.append(("Giới thiệu", "/gioi-thieu"))
    crumbs.append((title, None))
    return _layout(request, title, main, breadcrumb=crumbs)


def _home(request: Request) -> Response:
    slides = "".join(
        f'<li><a href="/blog/{s.slug}">{_img_tag(_featured(s) or "storage/slide-default.jpg", s.title)}'
        f'<div class="uk-overlay-panel uk-overlay-background uk-overlay-bottom"><h3>{esc(s.title)}</h3></div></a></li>'
        for s in _ordered()[:3]
    )
    cat_boxes = "".join(
        f'<div class="uk-width-medium-1-2"><div class="uk-panel uk-panel-header"><h3 class="uk-panel-title">'
        f'<a href="/blog/category/{k}">{esc(v)}</a></h3><ul class="uk-list">'
        + "".join(
            f'<li><a href="/blog/{s.slug}">{esc(s.title)}</a></li>'
            for s in [s for s in _ordered() if k in _cats(s)][:2]
        )
        + "</ul></div></div>"
        for k, v in CATS.items()
    )
    main = f"""
<div class="uk-slidenav-position" data-uk-slideshow="{{autoplay:true}}"><ul class="uk-slideshow">{slides}</ul>
 <a href="#" class="uk-slidenav uk-slidenav-previous" data-uk-slideshow-item="previous"></a>
 <a href="#" class="uk-slidenav uk-slidenav-next" data-uk-slideshow-item="next"></a></div>
<div class="uk-alert uk-alert-warning tm-notice"><strong>Thông báo:</strong> Trường tuyển sinh lớp Trung cấp
 lý luận chính trị - hành chính khóa 46, hạn nộp hồ sơ 31/12/2026. <a href="/blog">Xem tin tức</a></div>
<div class="uk-grid" data-uk-grid-margin>{cat_boxes}</div>
<p class="uk-text-right"><a class="uk-button" href="/blog">Xem tất cả tin</a></p>"""
    return _layout(request, "Trang chủ", main)


def _feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}/blog/{s.slug}</link>"
        f"<guid isPermaLink=\"false\">{s.id}</guid><pubDate>{s.opts['utc']}</pubDate>"
        f"<description>{esc(s.opts.get('excerpt') or s.paragraphs[0])}</description></item>"
        for s in _ordered()
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{esc(SITE)}</title><link>{base}/blog</link><description>Tin tức</description>{items}"
        "</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _login(request: Request) -> Response:
    main = (
        '<form class="uk-form uk-form-stacked uk-panel uk-panel-box" action="/user/authenticate" method="post">'
        '<h1 class="uk-h3">Đăng nhập</h1><input type="text" name="credentials[username]" placeholder="Tên đăng nhập">'
        '<input type="password" name="credentials[password]"><button class="uk-button uk-button-primary">Đăng nhập</button>'
        "</form>"
    )
    return _layout(request, "Đăng nhập", main)


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/storage/") or path.startswith(("/app/", "/packages/")):
            return static_file(path)
        if path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        if path == "/":
            return _home(request)
        if path == "/blog":
            return _blog_list(request, 1)
        if path == "/blog/feed":
            return _feed(request)
        if path == "/user/login":
            return _login(request)
        parts = path.strip("/").split("/")
        if path.endswith("/"):
            return None
        if len(parts) == 3 and parts[:2] == ["blog", "page"] and parts[2].isdigit():
            return _blog_list(request, int(parts[2]))
        if len(parts) == 3 and parts[:2] == ["blog", "category"]:
            return _cat_list(request, parts[2])
        if len(parts) == 2 and parts[0] == "blog":
            key = parts[1]
            story = BY_ID.get(int(key)) if key.isdigit() else BY_SLUG.get(key)
            return _post_page(request, story) if story else None
        if len(parts) == 1 and parts[0] in PAGES:
            return _site_page(request, parts[0])
        return None


def build_site() -> Site:
    return Site()


_ID_LINKED = {58, 57, 55, 54, 52, 44, 46}


def _gold(story: Story) -> dict:
    alts = []
    if story.id in _ID_LINKED:
        alts.append(f"/blog/{story.id}")
    if story.id == 55:
        alts.append(f"/index.php/blog/{story.slug}")
    return gold_record(story, f"/blog/{story.slug}", CATS[story.cat], alt_paths=alts, image_page="/")


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lich-su-hinh-thanh",
    "/co-cau-to-chuc",
    "/ban-giam-hieu",
    "/thu-vien-anh",
    "/lien-he",
]

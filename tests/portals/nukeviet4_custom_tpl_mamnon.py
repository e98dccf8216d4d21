"""Trường Mầm non Sen Hồng (quận Ninh Kiều, Cần Thơ): NukeViet 4.3, custom kindergarten template.

Platform
    NukeViet 4.3 with rewrite on (no language prefix, ``.html`` ending) and a custom cartoon
    template ("senhong") that overrides the news module's ``detail.tpl`` / ``viewcat_*.tpl``:
    sun-and-cloud header, a calendar "tờ lịch" date badge, flower dividers, star rating,
    "Tin mới hơn" only (the template dropped the default "Những tin cũ hơn" block).

URL scheme
    ``/``                                   site home (slider + one block per news category)
    ``/news/``                              home of the news module (viewcat_main_bottom: each
                                            top category with its three newest posts)
    ``/news/<cat>/`` and ``/news/<cat>/page-<N>``   category listings, 4 posts a page
    ``/news/<cat>/<alias>-<id>.html``       a post (``?download=1&id=0`` / ``?pdf=1&id=0`` on it
                                            serve its attached file, not the post)
    ``/news/print/<cat>/<alias>-<id>.html`` print view (linked only from an ``onclick``)
    ``/news/tag/<alias>``                   tag listings
    ``/page/<alias>.html``                  page module (intro, organisation, weekly menu)
    ``/photos/`` and ``/photos/<album>-<id>/``  album module
    ``/contact/``                           contact module; ``/seek/?q=`` search
    ``/index.php?language=vi&nv=news&op=<cat>/<alias>-<id>`` old un-rewritten links: 301 to the
                                            rewritten address

Page templates
    every page: header (today "Thứ Bảy, 05/12/2026", hotline), menu with drop-downs, breadcrumb
    ("Trang chủ › Tin tức › <cat>"), left column (most-read, links, poll, visitor counter),
    footer with address/phone/email and "Powered by NukeViet".
    post: ``<div class="bv-khung" itemscope itemtype="http://schema.org/NewsArticle">`` holding
    the category ribbon, ``<h1 class="bv-tieude">``, the date badge, the home image with its
    ``<em>`` line, ``<div class="bv-mota" itemprop="description">`` (hometext = sapo), then
    ``<div id="news-bodyhtml" class="bodytext">``, the author/source block, attachments, tags,
    rating, share bar, "Tin mới hơn", comments.

How each gold article is reached
    The site home links the three newest posts of "Tin tức - Sự kiện" and "Hoạt động của bé",
    the slider (128, 129, 126) and "Góc phụ huynh" (121, 115); ``/news/`` the same; each post's
    "Tin mới hơn" lists newer posts of its category only. 112 and 106 are on
    ``/news/tin-tuc-su-kien/page-2`` only, 104 on ``/news/hoat-dong-cua-be/page-2`` only, 110 on
    page 1 of "Hoạt động của bé" (and in "Tin mới hơn" of 104).

Traps
    1. Calendar badge date: the template prints the day ("03") and "Tháng 12/2026" in two spans
       of a "tờ lịch" badge and the time ("14:30") in a third element; "Cập nhật: …" (edit
       time) is printed beside it on some posts and the "Tin mới hơn" list prints other dates.
       Gold: the publication day and time ("2026-12-03T14:30:00+07:00"), never the edit time.
    2. Sapo printed twice: NukeViet shows the hometext in ``div.bv-mota`` above the body and on
       posts 128 and 123 the editor pasted the same lead again as the body's first paragraph.
       Gold: summary = hometext; the body holds it once, as its first paragraph.
    3. Home image outside the body: with imgposition 2 the post's home image is printed above the
       text with its ``homeimgalt`` in an ``<em>`` under it -> first image, caption = that line
       (128, 129, 110). With imgposition 0 (125, 121) the home image is only ``og:image`` and a
       thumbnail (``/assets/news/…``) on listings -> not an article image.
    4. Honorific and post in bylines: "Tác giả bài viết: Cô Trần Thị Ngọc Hân - GV lớp Chồi 3"
       -> "Trần Thị Ngọc Hân" (kindergarten teachers sign as "Cô"/"Thầy"; the post after " - "
       goes too); "Đăng bởi: senhong_admin" (the CMS account of the poster) -> nobody.
    5. Bylines inside the body, right-aligned bold italic, spelled "Tin, ảnh: Cô Phạm Thị Kim
       Yến" (129) and "Tin & ảnh: Lê Thị Thu Trang" (125): author and photographer (honorific
       dropped); a photo line "Ảnh: Phạm Minh Tâm" (117) -> caption None, photographer.
    6. Multi-category post: 117 is filed under "Hoạt động của bé" and also listed in "Tin tức -
       Sự kiện", whose listing links it as ``/news/tin-tuc-su-kien/…-117.html``: that address
       answers 200 with the same post and a canonical link to the main one -> alt_path; gold
       category "Hoạt động của bé". Any other category alias answers 301.
    7. Print view linked only through ``href="javascript:void(0);"`` +
       ``onclick="nv_open_browse('/news/print/…')"`` (the template dropped the sendmail icon):
       same article in a bare layout with "URL của bài viết: …" under it -> alt_path.
    8. Attachment panel "Tập tin đính kèm" (112): links ``<post>.html?download=1&id=0`` and
       ``?pdf=1&id=0`` on the post's own address serve the PDF, not the post: not alt paths.
    9. Template decorations inside the text: the custom editor snippets insert cartoon dividers
       and flower bullets (``/themes/senhong/images/…gif``) into ``bodytext``: not images.
   10. Captions in three editor forms: CKEditor image2 ``<figure><figcaption>`` (125), a two-row
       table with the line in italics (128, 117), a centred ``<em>`` paragraph under the photo
       with the line in parentheses (119); photos with only an ``alt`` that is a file name
       ("IMG_20261204_0931.jpg", 129) have no caption.
   11. Text pasted from Facebook (119): one ``<div>`` whose lines are split by ``<br>`` ->
       each line a paragraph; a YouTube ``<iframe>`` in 110 is no text and no image.
   12. Chrome after the text that reads like content: rating ("Tổng số điểm của bài viết là:
       22 trong 5 đánh giá", "Click để đánh giá bài viết"), "Từ khóa", share bar, comment form
       "Ý kiến bạn đọc", "Tin mới hơn" list with dates.
   13. Midnight time: 112 was posted with the time left at "00:00" -> the day alone.
   14. Official notice (126): letterhead table, "Số: 45/TB-MNSH", "Ninh Kiều, ngày 30 tháng 11
       năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and "HIỆU TRƯỞNG … Nguyễn Thị Bích Ngọc".
       Gold: the letterhead day "2026-11-30" (the badge says 01/12/2026 07:45), signer author.
   15. Sub-category: 115 is in "Dinh dưỡng - Sức khỏe" under "Góc phụ huynh"; the breadcrumb
       prints both, the parent's listing shows the post too -> category "Dinh dưỡng - Sức khỏe".
   16. Source lines: "Nguồn tin: Báo Giáo dục và Thời đại" in the author block (121) -> source;
       a closing italic "Theo Trung tâm Y tế quận Ninh Kiều" (115) -> source, while the body
       sentence "Theo khuyến cáo của Bộ Y tế, …" stays text.
   17. Old links: the photo album's description links a post as
       ``/index.php?language=vi&nv=news&op=…`` which 301-redirects to the rewritten address.

Gold decisions on ambiguous points
    - The sapo repeated as the body's first paragraph is kept once (trap 2).
    - The home image printed above the text is the article's first image; one shown only as
      og:image / list thumbnail is not.
    - The honorific "Cô" is a title, not a name; a unit signing alone ("Tổ Văn phòng",
      "Công đoàn cơ sở") is the author as printed.
    - 115's category is the sub-category printed last in the breadcrumb.
    - /page/ items (intro, organisation, weekly menu "Thực đơn tuần"), albums and the contact
      page are not articles; the print view is not a separate article.
    - The official notice has no hometext: summary None.
"""

from __future__ import annotations

import datetime as _dt
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nukeviet4_custom_tpl_mamnon"
PLATFORM = "NukeViet 4.3 (custom kindergarten template, rewrite on)"
START_PATH = "/"

SITE = "Trường Mầm non Sen Hồng"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
THEME = "/themes/senhong"

# alias -> (title, parent alias or None)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", None),
    "hoat-dong-cua-be": ("Hoạt động của bé", None),
    "goc-phu-huynh": ("Góc phụ huynh", None),
    "dinh-duong-suc-khoe": ("Dinh dưỡng - Sức khỏe", "goc-phu-huynh"),
    "thong-bao": ("Thông báo", None),
}
TAGS = {
    "hoi-thi": "hội thi",
    "an-toan-giao-thong": "an toàn giao thông",
    "ngay-nha-giao-viet-nam": "ngày nhà giáo việt nam",
    "steam": "steam",
}

DIVIDER = Raw(
    f'<p style="text-align:center"><img alt="" src="{THEME}/images/ngan-cach-hoa-sen.gif" '
    'style="width:420px;height:24px" /></p>'
)


STORIES: list[Story] = [
    Story(
        id=128,
        slug="truong-mam-non-sen-hong-to-chuc-hoi-thi-be-khoe-be-ngoan-nam-hoc-2026-2027",
        title="Trường Mầm non Sen Hồng tổ chức Hội thi “Bé khỏe – Bé ngoan” năm học 2026-2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Sáng ngày 02/12/2026, Trường Mầm non Sen Hồng đã tổ chức Hội thi “Bé khỏe – Bé ngoan” "
            "dành cho các bé khối Mầm và Chồi với sự tham gia của hơn 200 trẻ và đông đảo phụ huynh."
        ),
        sapo_outside=True,
        authors=["Trần Thị Ngọc Hân"],
        blocks=[
            Img(
                "/uploads/news/2026_12/hoi-thi-be-khoe-be-ngoan-1.jpg",
                "Các bé khối Chồi diễu hành khai mạc hội thi",
                "Các bé khối Chồi diễu hành khai mạc hội thi",
                style="home",
            ),
            Raw(
                "<p>Sáng ngày 02/12/2026, Trường Mầm non Sen Hồng đã tổ chức Hội thi “Bé khỏe – Bé "
                "ngoan” dành cho các bé khối Mầm và Chồi với sự tham gia của hơn 200 trẻ và đông "
                "đảo phụ huynh.</p>"
            ),
            P(
                "Hội thi nhằm giúp trẻ rèn luyện thể lực, phát triển các vận động cơ bản như đi, "
                "chạy, bật, ném, bò; đồng thời giáo dục trẻ các thói quen tốt trong sinh hoạt hằng ngày."
            ),
            P(
                "Hội thi gồm ba phần: đồng diễn thể dục nhịp điệu, vượt chướng ngại vật và giải đố "
                "về các hành vi văn minh. Các bé tham gia rất hào hứng, mạnh dạn và tự tin."
            ),
            DIVIDER,
            Img(
                "/uploads/news/2026_12/hoi-thi-be-khoe-be-ngoan-2.jpg",
                "Phần thi vượt chướng ngại vật của lớp Chồi 3",
                "Phần thi vượt chướng ngại vật của lớp Chồi 3",
                style="table",
            ),
            P(
                "Kết thúc hội thi, Ban tổ chức đã trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và nhiều "
                "phần quà khích lệ cho các bé."
            ),
        ],
        opts={
            "time": "14:30",
            "author_line": "Cô Trần Thị Ngọc Hân - GV lớp Chồi 3",
            "poster": "senhong_admin",
            "tags": ["hoi-thi"],
            "updated": "04/12/2026 08:15",
        },
    ),
    Story(
        id=125,
        slug="ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        title="Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:15:00+07:00",
        summary=(
            "Trong không khí tưng bừng của tháng 11, tập thể cán bộ, giáo viên, nhân viên nhà trường "
            "đã long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam."
        ),
        sapo_outside=True,
        authors=["Lê Thị Thu Trang"],
        photographers=["Lê Thị Thu Trang"],
        blocks=[
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo quận Ninh Kiều, "
                "Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên nhà trường."
            ),
            Img(
                "/uploads/news/2026_11/ky-niem-20-11-a.jpg",
                "Văn nghệ chào mừng của các cô giáo khối Lá",
                "Văn nghệ chào mừng của các cô giáo khối Lá",
                style="figure",
            ),
            P(
                "Tại buổi lễ, cô Hiệu trưởng đã ôn lại truyền thống của ngày 20/11 và biểu dương "
                "những tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua."
            ),
            Img(
                "/uploads/news/2026_11/ky-niem-20-11-b.jpg",
                "Các bé lớp Lá 1 tặng hoa chúc mừng cô giáo",
                "Các bé lớp Lá 1 tặng hoa chúc mừng cô giáo",
                style="figure",
            ),
            P("Buổi lễ khép lại trong không khí ấm áp, vui tươi và đầy ý nghĩa."),
            Raw(
                '<p style="text-align: right;"><strong><em>Tin &amp; ảnh: Lê Thị Thu Trang</em>'
                "</strong></p>"
            ),
        ],
        opts={
            "time": "09:15",
            "homeimg": "/uploads/news/2026_11/ky-niem-20-11-home.jpg",
            "poster": "senhong_admin",
            "tags": ["ngay-nha-giao-viet-nam"],
            "updated": "22/11/2026 10:40",
        },
    ),
    Story(
        id=119,
        slug="doan-kiem-tra-cua-phong-gd-dt-quan-ninh-kieu-tham-va-lam-viec-tai-truong",
        title="Đoàn kiểm tra của Phòng GD&ĐT quận Ninh Kiều thăm và làm việc tại trường",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T10:00:00+07:00",
        summary="Ngày 05/11/2026, Đoàn kiểm tra của Phòng GD&ĐT quận Ninh Kiều đã đến thăm và làm việc tại trường.",
        sapo_outside=True,
        authors=["Tổ Văn phòng"],
        blocks=[
            P("Đoàn do bà Nguyễn Thị Kiều Oanh, Phó Trưởng phòng GD&ĐT làm trưởng đoàn.", "br"),
            P("Đoàn đã kiểm tra hồ sơ chuyên môn, bếp ăn bán trú và công tác phòng chống dịch bệnh.", "br"),
            P("Sau buổi kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường.", "br"),
            Img(
                "/uploads/news/2026_11/doan-kiem-tra-phong-gd.jpg",
                "(Đoàn kiểm tra dự giờ hoạt động học tại lớp Mầm 2)",
                "Đoàn kiểm tra dự giờ hoạt động học tại lớp Mầm 2",
                style="pem",
            ),
            P(
                "Nhà trường tiếp thu các ý kiến góp ý của đoàn và xây dựng kế hoạch khắc phục trong "
                "tháng 12/2026."
            ),
        ],
        opts={"time": "10:00", "author_line": "Tổ Văn phòng", "poster": "senhong_admin"},
    ),
    Story(
        id=117,
        slug="hoi-thi-be-voi-an-toan-giao-thong-khoi-choi",
        title="Hội thi “Bé với an toàn giao thông” khối Chồi",
        cat="hoat-dong-cua-be",
        published_at="2026-11-02T08:30:00+07:00",
        summary="Nhằm giáo dục trẻ những hiểu biết ban đầu về luật giao thông, khối Chồi đã tổ chức hội thi “Bé với an toàn giao thông”.",
        sapo_outside=True,
        authors=["Huỳnh Ngọc Diễm"],
        photographers=["Phạm Minh Tâm"],
        blocks=[
            P("Các bé được làm quen với đèn tín hiệu giao thông, vạch kẻ đường dành cho người đi bộ và một số biển báo đơn giản."),
            Img("/uploads/news/2026_11/atgt-khoi-choi-1.jpg", "Ảnh: Phạm Minh Tâm", None, style="pem"),
            P("Phần thi “Bé qua đường an toàn” được các bé thực hiện rất nghiêm túc dưới sự hướng dẫn của các cô."),
            Img(
                "/uploads/news/2026_11/atgt-khoi-choi-2.jpg",
                "Bé đội mũ bảo hiểm đúng cách",
                "Bé đội mũ bảo hiểm đúng cách",
                style="table",
            ),
            P("Qua hội thi, các bé biết đội mũ bảo hiểm khi ngồi trên xe máy và không chơi đùa dưới lòng đường."),
        ],
        opts={
            "time": "08:30",
            "author_line": "Cô Huỳnh Ngọc Diễm",
            "poster": "senhong_admin",
            "also": ["tin-tuc-su-kien"],
            "tags": ["hoi-thi", "an-toan-giao-thong"],
        },
    ),
    Story(
        id=112,
        slug="hoi-nghi-can-bo-vien-chuc-va-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị Cán bộ, viên chức và người lao động năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-22",
        summary="Chiều ngày 21/10/2026, Trường Mầm non Sen Hồng tổ chức Hội nghị Cán bộ, viên chức và người lao động năm học 2026 - 2027.",
        sapo_outside=True,
        authors=["Công đoàn cơ sở"],
        blocks=[
            P("Hội nghị đã thông qua báo cáo tổng kết năm học 2025 - 2026 và phương hướng nhiệm vụ năm học mới."),
            P("Hội nghị thống nhất các chỉ tiêu chính:", "b"),
            P("100% trẻ được đảm bảo an toàn tuyệt đối về thể chất và tinh thần;", "li"),
            P("Tỷ lệ trẻ suy dinh dưỡng giảm còn dưới 2%;", "li"),
            P("Duy trì danh hiệu Trường đạt chuẩn quốc gia mức độ 2.", "li"),
            P("Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí."),
        ],
        opts={
            "time": "00:00",
            "author_line": "Công đoàn cơ sở",
            "poster": "senhong_admin",
            "files": [("Nghị quyết Hội nghị CBVC-NLĐ 2026-2027", "nghi-quyet-hoi-nghi-cbvc-2026.pdf")],
        },
    ),
    Story(
        id=106,
        slug="truong-tiep-don-sinh-vien-thuc-tap-khoa-su-pham-truong-dai-hoc-can-tho",
        title="Trường tiếp đón sinh viên thực tập Khoa Sư phạm – Trường Đại học Cần Thơ",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08T15:20:00+07:00",
        summary="Từ ngày 06/10/2026, nhà trường tiếp nhận 12 sinh viên ngành Giáo dục Mầm non về thực tập sư phạm.",
        sapo_outside=True,
        blocks=[
            P("Trong thời gian 8 tuần, các sinh viên sẽ được phân công về các lớp Mầm, Chồi, Lá để dự giờ và thực hành tổ chức hoạt động."),
            P("Nhà trường đã phân công giáo viên có kinh nghiệm hướng dẫn, giúp sinh viên hoàn thành tốt đợt thực tập."),
        ],
        opts={"time": "15:20", "poster": "senhong_admin"},
    ),
    Story(
        id=129,
        slug="be-trai-nghiem-lam-banh-quy-giang-sinh",
        title="Bé trải nghiệm làm bánh quy Giáng sinh",
        cat="hoat-dong-cua-be",
        published_at="2026-12-04T16:05:00+07:00",
        summary="Chào đón mùa Giáng sinh, các bé khối Lá đã có buổi trải nghiệm tự tay làm những chiếc bánh quy xinh xắn.",
        sapo_outside=True,
        authors=["Phạm Thị Kim Yến"],
        photographers=["Phạm Thị Kim Yến"],
        blocks=[
            Img(
                "/uploads/news/2026_12/banh-quy-giang-sinh-home.jpg",
                "Bé lớp Lá 2 trang trí bánh quy hình cây thông",
                "Bé lớp Lá 2 trang trí bánh quy hình cây thông",
                style="home",
            ),
            Raw(f'<p><img alt="" src="{THEME}/images/bong-hoa-nho.gif" /> <img alt="" src="{THEME}/images/bong-hoa-nho.gif" /></p>'),
            P("Các bé được cô hướng dẫn nhào bột, cán bột và dùng khuôn để tạo hình ngôi sao, cây thông, người tuyết."),
            Img("/uploads/news/2026_12/IMG_20261204_0931.jpg", None, None, style="bare"),
            P("Sau khi bánh chín, các bé cùng nhau trang trí bằng kem và kẹo màu rồi mang tặng ông bà, bố mẹ."),
            Img("/uploads/news/2026_12/IMG_20261204_0947.jpg", None, None, style="bare"),
            DIVIDER,
            Raw(
                '<p style="text-align: right;"><strong><em>Tin, ảnh: Cô Phạm Thị Kim Yến</em>'
                "</strong></p>"
            ),
        ],
        opts={"time": "16:05", "poster": "senhong_admin"},
    ),
    Story(
        id=123,
        slug="tiet-hoc-steam-be-lam-den-long-tu-vo-chai-nhua",
        title="Tiết học STEAM: Bé làm đèn lồng từ vỏ chai nhựa",
        cat="hoat-dong-cua-be",
        published_at="2026-11-14T10:45:00+07:00",
        summary="Tiết học STEAM giúp trẻ khám phá, sáng tạo và biết tái sử dụng đồ dùng đã qua sử dụng.",
        sapo_outside=True,
        authors=["Đoàn Thị Mỹ Tiên"],
        blocks=[
            Raw("<p>Tiết học STEAM giúp trẻ khám phá, sáng tạo và biết tái sử dụng đồ dùng đã qua sử dụng.</p>"),
            P("1. Mục tiêu", "h"),
            P("Trẻ biết cắt, dán, trang trí vỏ chai thành chiếc đèn lồng.", "li"),
            P("Trẻ biết giữ gìn vệ sinh môi trường, phân loại rác.", "li"),
            P("2. Chuẩn bị", "h"),
            P("Nguyên liệu | Số lượng"),
            P("Vỏ chai nhựa 1,5 lít | 1 chai/trẻ"),
            P("Giấy màu, keo dán | 1 bộ/nhóm"),
            P("3. Tiến hành", "h"),
            P("Cô giới thiệu các bước thực hiện, trẻ quan sát và thực hành theo nhóm. Kết thúc tiết học, các bé trưng bày sản phẩm của mình tại góc lớp."),
        ],
        opts={
            "time": "10:45",
            "author_line": "Cô Đoàn Thị Mỹ Tiên - Tổ trưởng tổ Lá",
            "poster": "senhong_admin",
            "tags": ["steam"],
        },
    ),
    Story(
        id=110,
        slug="khoi-la-tham-quan-khu-du-lich-my-khanh",
        title="Khối Lá tham quan Khu du lịch Mỹ Khánh",
        cat="hoat-dong-cua-be",
        published_at="2026-10-17T13:10:00+07:00",
        summary="Ngày 16/10/2026, hơn 150 bé khối Lá đã có chuyến tham quan bổ ích tại Khu du lịch Mỹ Khánh, huyện Phong Điền.",
        sapo_outside=True,
        authors=["Võ Thị Bảo Châu"],
        blocks=[
            Img(
                "/uploads/news/2026_10/tham-quan-my-khanh-home.jpg",
                "Các bé khối Lá tại vườn trái cây",
                "Các bé khối Lá tại vườn trái cây",
                style="home",
            ),
            P("Tại đây, các bé được tham quan vườn trái cây, xem đua heo và tìm hiểu nghề làm bánh tráng truyền thống."),
            Raw(
                '<p style="text-align:center"><iframe allowfullscreen="" frameborder="0" height="360" '
                'src="https://www.youtube.com/embed/mk2026la" width="640"></iframe></p>'
            ),
            P("Chuyến đi giúp các bé mở rộng hiểu biết về thiên nhiên và cuộc sống ở vùng quê Nam Bộ."),
        ],
        opts={"time": "13:10", "author_line": "Cô Võ Thị Bảo Châu", "poster": "senhong_admin"},
    ),
    Story(
        id=104,
        slug="be-tap-lam-noi-tro-pha-nuoc-cam",
        title="Bé tập làm nội trợ: Pha nước cam",
        cat="hoat-dong-cua-be",
        published_at="2026-10-05T09:00:00+07:00",
        summary="Hoạt động “Bé tập làm nội trợ” giúp trẻ rèn luyện kỹ năng tự phục vụ.",
        sapo_outside=True,
        blocks=[
            P("Các bé lớp Chồi 1 được cô hướng dẫn rửa tay, vắt cam, pha nước cam với đường và đá."),
            P("Bé nào cũng thích thú thưởng thức ly nước cam do chính tay mình pha."),
        ],
        opts={"time": "09:00", "poster": "senhong_admin"},
    ),
    Story(
        id=121,
        slug="5-cach-giup-tre-mam-non-tu-tin-khi-den-lop",
        title="5 cách giúp trẻ mầm non tự tin khi đến lớp",
        cat="goc-phu-huynh",
        published_at="2026-11-10T20:00:00+07:00",
        summary="Sự tự tin là nền tảng giúp trẻ hòa nhập với bạn bè và cô giáo. Cha mẹ có thể giúp con bằng những việc đơn giản hằng ngày.",
        sapo_outside=True,
        authors=["Minh An"],
        source="Báo Giáo dục và Thời đại",
        blocks=[
            P("1. Trò chuyện với con mỗi ngày", "h"),
            P("Hãy hỏi con về một ngày ở lớp, lắng nghe và khen ngợi những điều con làm được."),
            P("2. Cho con tự làm việc vừa sức", "h"),
            P("Tự xúc ăn, tự cất dép, tự mặc áo giúp trẻ thấy mình có ích."),
            P("3. Không so sánh con với bạn khác", "h"),
            P("Mỗi trẻ có một tốc độ phát triển riêng; sự so sánh dễ làm trẻ tự ti."),
            P("4. Đưa con đến lớp đúng giờ", "h"),
            P("5. Phối hợp chặt chẽ với cô giáo", "h"),
            P("Cha mẹ nên trao đổi thường xuyên với giáo viên để kịp thời động viên trẻ."),
        ],
        opts={
            "time": "20:00",
            "author_line": "Minh An",
            "source_line": "Báo Giáo dục và Thời đại",
            "homeimg": "/uploads/news/2026_11/tre-tu-tin-home.jpg",
            "poster": "senhong_admin",
        },
    ),
    Story(
        id=115,
        slug="phong-chong-benh-tay-chan-mieng-cho-tre-trong-mua-mua",
        title="Phòng chống bệnh tay chân miệng cho trẻ trong mùa mưa",
        cat="dinh-duong-suc-khoe",
        published_at="2026-10-28T11:20:00+07:00",
        summary="Bệnh tay chân miệng thường gia tăng vào mùa mưa, trẻ dưới 5 tuổi là đối tượng dễ mắc bệnh.",
        sapo_outside=True,
        source="Trung tâm Y tế quận Ninh Kiều",
        blocks=[
            P("Theo khuyến cáo của Bộ Y tế, phụ huynh cần thực hiện tốt các biện pháp sau:"),
            P("Rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch nhiều lần trong ngày;", "li"),
            P("Vệ sinh đồ chơi, sàn nhà bằng dung dịch sát khuẩn;", "li"),
            P("Đưa trẻ đến cơ sở y tế khi có dấu hiệu sốt, loét miệng, nổi ban.", "li"),
            P("Nhà trường đề nghị phụ huynh cho trẻ nghỉ học khi trẻ mắc bệnh và báo ngay cho giáo viên chủ nhiệm."),
            Raw('<p style="text-align: right;"><em>Theo Trung tâm Y tế quận Ninh Kiều</em></p>'),
        ],
        opts={"time": "11:20", "poster": "senhong_admin"},
    ),
    Story(
        id=126,
        slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        title="Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        authors=["Nguyễn Thị Bích Ngọc"],
        blocks=[
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="text-align:center; width:40%">UBND QUẬN NINH KIỀU<br /><strong>TRƯỜNG MẦM NON SEN HỒNG</strong>'
                "<br />Số: 45/TB-MNSH</td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
                "<em>Ninh Kiều, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align:center"><strong>THÔNG BÁO</strong><br />'
                "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
            ),
            P("Căn cứ Công văn số 1234/UBND-NV của UBND quận Ninh Kiều về việc nghỉ Tết Dương lịch năm 2027;"),
            P("Trường Mầm non Sen Hồng thông báo đến cán bộ, giáo viên, nhân viên và quý phụ huynh lịch nghỉ như sau:"),
            P("Thời gian nghỉ: từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027.", "li"),
            P("Trẻ đi học lại bình thường vào thứ Hai ngày 04/01/2027.", "li"),
            P("Đề nghị các bộ phận bố trí trực bảo vệ, đảm bảo an toàn tài sản trong những ngày nghỉ."),
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                "<td><strong><em>Nơi nhận:</em></strong><br />- CB, GV, NV;<br />- PHHS;<br />- Lưu: VT.</td>"
                '<td style="text-align:center"><strong>HIỆU TRƯỞNG</strong><br /><em>(Đã ký)</em><br /><br />'
                "<strong>Nguyễn Thị Bích Ngọc</strong></td></tr></tbody></table>"
            ),
        ],
        opts={"time": "07:45", "day": "01/12/2026", "poster": "senhong_admin"},
    ),
]

BY_ID = {s.id: s for s in STORIES}

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _day(story: Story) -> _dt.date:
    if "day" in story.opts:
        return _dt.datetime.strptime(story.opts["day"], "%d/%m/%Y").date()
    return _dt.date.fromisoformat(story.published_at[:10])


def _iso(story: Story) -> str:
    return f"{_day(story).isoformat()}T{story.opts['time']}:00+07:00"


def _dmy(story: Story) -> str:
    return _day(story).strftime("%d/%m/%Y")


_ORDER = sorted(STORIES, key=lambda s: (_day(s), s.opts["time"]), reverse=True)


def path_of(story: Story, cat: str | None = None) -> str:
    return f"/news/{cat or story.cat}/{story.slug}-{story.id}.html"


def print_path(story: Story) -> str:
    return f"/news/print/{story.cat}/{story.slug}-{story.id}.html"


def cat_members(alias: str) -> list[Story]:
    """Posts a category's listing shows: its own, its sub-categories', and posts also filed there."""
    subs = {a for a, (_t, parent) in CATS.items() if parent == alias}
    return [s for s in _ORDER if s.cat == alias or s.cat in subs or alias in s.opts.get("also", [])]


def _home_img(story: Story) -> str | None:
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "home":
            return b.src
    return story.opts.get("homeimg")


def _thumb(story: Story) -> str:
    src = _home_img(story) or "/themes/senhong/images/no-image.png"
    return src.replace("/uploads/news/", "/assets/news/")


# --- chrome --------------------------------------------------------------------------------


def _menu() -> str:
    news_sub = "".join(
        f'<li><a href="/news/{a}/" title="{esc(t)}">{esc(t)}</a></li>' for a, (t, _p) in CATS.items()
    )
    return f"""
<nav class="menu-chinh"><ul class="nv-mnu">
 <li class="home"><a href="/" title="Trang chủ"><em class="fa fa-home"></em> Trang chủ</a></li>
 <li class="dropdown"><a href="/page/gioi-thieu.html">Giới thiệu</a><ul class="dropdown-menu">
   <li><a href="/page/gioi-thieu.html">Giới thiệu chung</a></li>
   <li><a href="/page/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>
 <li class="dropdown"><a href="/news/">Tin tức</a><ul class="dropdown-menu">{news_sub}</ul></li>
 <li><a href="/page/thuc-don-tuan.html">Thực đơn của bé</a></li>
 <li><a href="/photos/">Thư viện ảnh</a></li>
 <li><a href="/contact/">Liên hệ</a></li>
</ul></nav>"""


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{path_of(BY_ID[i])}" title="{esc(BY_ID[i].title)}">{esc(BY_ID[i].title)}</a></li>'
        for i in (125, 117, 121)
    )
    return f"""
<aside class="cot-trai">
 <div class="khoi-hoat-hinh"><h3 class="khoi-tieude"><span>Tin đọc nhiều</span></h3><ul class="ds-tin">{most}</ul></div>
 <div class="khoi-hoat-hinh"><h3 class="khoi-tieude"><span>Thăm dò ý kiến</span></h3>
  <form action="/voting/" method="post"><p>Phụ huynh biết đến trường qua kênh nào?</p>
  <label><input type="radio" name="option" value="1" /> Người quen giới thiệu</label><br />
  <label><input type="radio" name="option" value="2" /> Website, Facebook</label><br />
  <input type="button" value="Bình chọn" onclick="nv_sendvoting(this.form, 1, 1);" />
  <a href="javascript:void(0);" onclick="nv_sendvoting(this.form, 1, 0);">Xem kết quả</a></form></div>
 <div class="khoi-hoat-hinh"><h3 class="khoi-tieude"><span>Liên kết website</span></h3><ul>
  <li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
  <li><a href="https://cantho.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Cần Thơ</a></li>
  <li><a href="https://www.facebook.com/mnsenhong" target="_blank" rel="noopener">Fanpage nhà trường</a></li></ul></div>
 <div class="khoi-hoat-hinh thong-ke"><h3 class="khoi-tieude"><span>Thống kê truy cập</span></h3><ul>
  <li><img src="{THEME}/images/icon-online.gif" alt="" /> Đang online: <strong>14</strong></li>
  <li>Hôm nay: <strong>312</strong></li><li>Tháng hiện tại: <strong>2.847</strong></li>
  <li>Tổng truy cập: <strong>486.215</strong></li></ul></div>
</aside>"""


def _page(request: Request, title: str, crumbs: list[tuple[str, str]], content: str, *,
          canonical: str | None = None, head: str = "", description: str = "") -> Response:
    base = base_url(request)
    crumb_html = '<a href="/" title="Trang chủ"><em class="fa fa-home"></em></a>' + "".join(
        f' <span class="mui-ten">›</span> <a href="{href}"><span>{esc(label)}</span></a>'
        for href, label in crumbs
    )
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    body = f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or SITE)}" />
<meta name="generator" content="NukeViet v4.3" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{canon}{head}
<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml" />
<link rel="StyleSheet" href="{THEME}/css/style.css" />
<link rel="StyleSheet" href="{THEME}/css/hoat-hinh.css" />
<link rel="shortcut icon" href="/favicon.ico" />
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv",nv_fc_variable="op";</script>
<script src="/assets/js/language/vi.js"></script>
<script src="/assets/js/global.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header class="dau-trang">
 <div class="may-troi"><img src="{THEME}/images/may-mat-troi.png" alt="" /></div>
 <a class="logo" href="/" title="{SITE}"><img src="{THEME}/images/logo-sen-hong.png" alt="{SITE}" /></a>
 <div class="ten-truong"><span class="ubnd">UBND QUẬN NINH KIỀU</span><strong>{SITE.upper()}</strong></div>
 <div class="ngay-gio"><em class="fa fa-calendar"></em> {HEADER_TODAY}</div>
 <div class="hotline">Hotline: 0292 3 821 456</div>
 <form class="tim-kiem" action="/seek/" method="get"><input type="text" name="q" placeholder="Tìm kiếm..." /><button type="submit">Tìm</button></form>
</header>
{_menu()}
<div class="breadcrumbs-wrap"><div class="breadcrumbs">{crumb_html}</div></div>
<div class="noi-dung row">
 <div class="col-md-8 col-md-push-4 cot-giua">{content}</div>
 <div class="col-md-4 col-md-pull-8">{_sidebar()}</div>
</div>
<footer class="chan-trang">
 <div class="co-hoa"><img src="{THEME}/images/co-hoa-footer.png" alt="" /></div>
 <p><strong>{SITE.upper()}</strong></p>
 <p>Địa chỉ: Số 86 đường Trần Văn Hoài, phường Xuân Khánh, quận Ninh Kiều, TP. Cần Thơ</p>
 <p>Điện thoại: 0292 3 821 456 - Email: mnsenhong.ninhkieu@cantho.edu.vn</p>
 <p>Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Bích Ngọc</p>
 <p class="copyright">© Copyright 2026 {SITE}. Powered by <a href="https://nukeviet.vn" target="_blank">NukeViet</a> CMS.</p>
</footer>
</div></div>
<div id="timeoutsess" class="chromeframe">Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>.</div>
<script src="{THEME}/js/main.js"></script>
</body></html>"""
    return html(body)


# --- listings ------------------------------------------------------------------------------


def _item(story: Story, cat: str | None = None) -> str:
    href = path_of(story, cat)
    return f"""
<div class="tin-item clearfix">
 <a class="anh-nho" href="{href}" title="{esc(story.title)}"><img src="{_thumb(story)}" alt="{esc(story.title)}" width="120" /></a>
 <h3><a href="{href}" title="{esc(story.title)}">{esc(story.title)}</a></h3>
 <div class="ngay-nho"><em class="fa fa-clock-o"></em> {_dmy(story)}</div>
 <div class="mota-nho">{esc(story.summary or "")}</div>
</div>"""


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    out = ['<div class="phan-trang"><ul class="pagination">']
    if page > 1:
        prev = base if page == 2 else f"{base}page-{page - 1}"
        out.append(f'<li><a href="{prev}">‹ Trước</a></li>')
    for n in range(1, pages + 1):
        if n == page:
            out.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            out.append(f'<li><a href="{base if n == 1 else f"{base}page-{n}"}">{n}</a></li>')
    if page < pages:
        out.append(f'<li><a href="{base}page-{page + 1}">Sau ›</a></li>')
    out.append("</ul></div>")
    return "".join(out)


def _crumbs_for(alias: str) -> list[tuple[str, str]]:
    chain = []
    cur: str | None = alias
    while cur:
        title, parent = CATS[cur]
        chain.insert(0, (f"/news/{cur}/", title))
        cur = parent
    return [("/news/", "Tin tức"), *chain]


def cat_page(request: Request, alias: str, page: int) -> Response | None:
    members = cat_members(alias)
    pages = max(1, -(-len(members) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = members[(page - 1) * PER_PAGE : page * PER_PAGE]
    title = CATS[alias][0]
    items = "".join(_item(s, alias if alias in s.opts.get("also", []) else None) for s in chunk)
    subs = [a for a, (_t, p) in CATS.items() if p == alias]
    sub_html = "".join(f'<a class="cat-con" href="/news/{a}/">{esc(CATS[a][0])}</a> ' for a in subs)
    content = (
        f'<div class="ruy-bang-cat"><h1>{esc(title)}</h1>{sub_html}</div>'
        f'<div class="viewcat_page_new">{items}</div>'
        + _pager(f"/news/{alias}/", page, pages)
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    canon = f"/news/{alias}/" + (f"page-{page}" if page > 1 else "")
    return _page(request, f"{title}{suffix} - {SITE}", _crumbs_for(alias), content, canonical=canon)


def news_home(request: Request) -> Response:
    parts = []
    for alias, (title, parent) in CATS.items():
        if parent:
            continue
        members = cat_members(alias)[:3]
        first, rest = members[0], members[1:]
        others = "".join(
            f'<li><a href="{path_of(s)}">{esc(s.title)}</a> <span class="text-muted">({_dmy(s)})</span></li>'
            for s in rest
        )
        parts.append(
            f'<div class="khoi-cat"><h2 class="tieude-cat"><a href="/news/{alias}/">{esc(title)}</a></h2>'
            f"{_item(first)}<ul class='tin-khac'>{others}</ul></div>"
        )
    return _page(request, f"Tin tức - {SITE}", [("/news/", "Tin tức")], "".join(parts), canonical="/news/")


def site_home(request: Request) -> Response:
    slider = "".join(
        f'<div class="slide"><a href="{path_of(BY_ID[i])}"><img src="{_thumb(BY_ID[i])}" alt="" />'
        f"<span>{esc(BY_ID[i].title)}</span></a></div>"
        for i in (128, 129, 126)
    )
    blocks = []
    for alias, n in (("tin-tuc-su-kien", 3), ("hoat-dong-cua-be", 3), ("goc-phu-huynh", 2), ("thong-bao", 1)):
        links = "".join(
            f'<li><a href="{path_of(s)}" title="{esc(s.title)}">{esc(s.title)}</a></li>' for s in cat_members(alias)[:n]
        )
        blocks.append(
            f'<div class="khoi-trang-chu"><h2><a href="/news/{alias}/">{esc(CATS[alias][0])}</a></h2>'
            f'<ul>{links}</ul><a class="xem-tat-ca" href="/news/{alias}/">Xem tất cả »</a></div>'
        )
    albums = "".join(
        f'<a href="/photos/{a}-{aid}/"><img src="/assets/photos/{a}.jpg" alt="" /> {esc(t)}</a>'
        for a, aid, t, _d, _p in ALBUMS
    )
    content = (
        f'<div class="slider-noi-bat">{slider}</div>{"".join(blocks)}'
        f'<div class="khoi-anh"><h2>Thư viện ảnh</h2>{albums}</div>'
    )
    return _page(request, SITE, [], content, canonical="/")


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    members = [s for s in _ORDER if tag in s.opts.get("tags", [])]
    content = f'<h1 class="tag-tieude">Từ khóa: {esc(TAGS[tag])}</h1>' + "".join(_item(s) for s in members)
    return _page(request, f"{TAGS[tag]} - Tin tức - {SITE}", [("/news/", "Tin tức")], content,
                 head='<meta name="robots" content="noindex, follow" />')


# --- the post ------------------------------------------------------------------------------


def _img_html(img: Img) -> str:
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
            f'<tr><td style="text-align:center"><img alt="" height="400" src="{img.src}" width="600" /></td></tr>'
            f'<tr><td style="text-align:center"><em>{esc(img.printed or "")}</em></td></tr></tbody></table>'
        )
    if img.style == "figure":
        return (
            f'<figure class="image" style="display:inline-block"><img alt="{esc(img.printed or "")}" '
            f'height="400" src="{img.src}" width="600" /><figcaption>{esc(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "pem":
        return (
            f'<p style="text-align:center"><img alt="" src="{img.src}" style="width:600px;height:400px" /></p>'
            f'<p style="text-align:center"><em>{esc(img.printed or "")}</em></p>'
        )
    name = img.src.rsplit("/", 1)[-1]
    return f'<p style="text-align:center"><img alt="{esc(name)}" src="{img.src}" style="width:600px" /></p>'


def body_html(story: Story) -> str:
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "home")]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(b))
        elif b.style in ("li", "br"):
            group = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == b.style:
                i += 1
                group.append(blocks[i])
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(g.text)}</li>" for g in group) + "</ul>")
            else:
                out.append("<div>" + "<br />\n".join(esc(g.text) for g in group) + "</div>")
        elif b.style == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.style == "b":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif " | " in b.text:
            group = [b]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and " | " in blocks[i + 1].text:
                i += 1
                group.append(blocks[i])
            rows = "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in g.text.split(" | ")) + "</tr>" for g in group
            )
            out.append(f'<table border="1" cellpadding="4" cellspacing="0" style="width:80%"><tbody>{rows}</tbody></table>')
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


def _date_badge(story: Story) -> str:
    d = _day(story)
    upd = story.opts.get("updated")
    upd_html = f'<li class="cap-nhat">Cập nhật: {upd}</li>' if upd else ""
    return f"""
<div class="bv-thoigian clearfix">
 <div class="to-lich"><span class="tl-ngay">{d.day:02d}</span><span class="tl-thang">Tháng {d.month:02d}/{d.year}</span></div>
 <ul class="bv-thongtin">
  <li><em class="fa fa-clock-o"></em> <span class="tl-gio">{story.opts['time']}</span> · {WEEKDAYS[d.weekday()]}</li>
  <li><em class="fa fa-eye"></em> Lượt xem: {story.views()}</li>
  {upd_html}
 </ul>
</div>"""


def _head_image(story: Story) -> str:
    for b in story.blocks:
        if isinstance(b, Img) and b.style == "home":
            return (
                f'<div class="bv-anh-dai-dien text-center"><img alt="{esc(b.printed or "")}" src="{b.src}" '
                f'class="img-thumbnail" width="500" /><em>{esc(b.printed or "")}</em></div>'
            )
    return ""


def _newer(story: Story) -> str:
    same = [s for s in cat_members(story.cat) if s.cat == story.cat]
    newer = [s for s in same if (_day(s), s.opts["time"]) > (_day(story), story.opts["time"])][-5:]
    if not newer:
        return ""
    items = "".join(
        f'<li><em class="fa fa-angle-right"></em> <a href="{path_of(s)}" title="{esc(s.title)}">{esc(s.title)}</a>'
        f' <em>({_dmy(s)})</em></li>'
        for s in newer
    )
    return f'<div class="tin-moi-hon"><p class="h3"><strong>Tin mới hơn</strong></p><ul class="related">{items}</ul></div>'


def article_page(request: Request, story: Story, as_cat: str) -> Response:
    main = path_of(story)
    base = base_url(request)
    cat_title = CATS[story.cat][0]
    popup = "'','850','500','resizable=no,scrollbars=yes,toolbar=no,location=no,status=no'"
    author_html = ""
    if story.opts.get("author_line"):
        author_html += f'<p class="h5 text-right"><strong>Tác giả bài viết: </strong>{esc(story.opts["author_line"])}</p>'
    if story.opts.get("source_line"):
        author_html += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source_line"])}</p>'
    files = ""
    if story.opts.get("files"):
        rows = "".join(
            f'<li><em class="fa fa-file-pdf-o"></em> {esc(label)} ({esc(fname)}) '
            f'<a href="{main}?download=1&amp;id={n}" title="Tải về"><em class="fa fa-download"></em> Tải về</a> '
            f'<a href="{main}?pdf=1&amp;id={n}" target="_blank" title="Xem trực tuyến"><em class="fa fa-eye"></em> Xem</a></li>'
            for n, (label, fname) in enumerate(story.opts["files"])
        )
        files = f'<div class="panel panel-default tep-dinh-kem"><div class="panel-heading">Tập tin đính kèm</div><ul>{rows}</ul></div>'
    tags = ""
    if story.opts.get("tags"):
        tags = '<div class="keywords"><em class="fa fa-tags"></em> <strong>Từ khóa: </strong>' + ", ".join(
            f'<a href="/news/tag/{t}" title="{esc(TAGS[t])}"><em>{esc(TAGS[t])}</em></a>' for t in story.opts["tags"]
        ) + "</div>"
    points = 3 + story.id % 3
    hometext = f'<div class="bv-mota" itemprop="description"><strong>{esc(story.summary)}</strong></div>' if story.summary else ""
    og_img = _home_img(story)
    head = (
        f'<meta property="og:type" content="article" /><meta property="og:title" content="{esc(story.title)}" />'
        f'<meta property="og:url" content="{base}{main}" />'
        + (f'<meta property="og:image" content="{base}{og_img}" />' if og_img else "")
        + f'<meta property="article:published_time" content="{_iso(story)}" />'
        + f'<meta property="article:section" content="{esc(cat_title)}" />'
    )
    content = f"""
<div class="bv-khung panel panel-default" itemscope itemtype="http://schema.org/NewsArticle">
 <div class="panel-body">
  <div class="ruy-bang"><img src="{THEME}/images/ruy-bang-trai.png" alt="" /><span>{esc(cat_title)}</span></div>
  <h1 class="bv-tieude" itemprop="headline">{esc(story.title)}</h1>
  <meta itemprop="datePublished" content="{_iso(story)}" />
  {_date_badge(story)}
  <ul class="list-inline cong-cu text-right">
   <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);" onclick="nv_open_browse('{print_path(story)}',{popup});return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
  </ul>
  {_head_image(story)}
  {hometext}
  <div id="news-bodyhtml" class="bodytext margin-bottom-lg" itemprop="articleBody">
{body_html(story)}
  </div>
  <div class="tac-gia-bv">{author_html}</div>
  <div class="nguoi-dang text-right"><small>Đăng bởi: <a href="javascript:void(0);">{esc(story.opts.get("poster", "admin"))}</a></small></div>
  {files}
  {tags}
  <div class="danh-gia"><form id="form3B" action=""><span>Đánh giá bài viết</span>
   <div class="clearfix"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" />
   <span id="stringrating">Tổng số điểm của bài viết là: {points * 4 + 2} trong {points} đánh giá</span></div>
   <span class="small">Click để đánh giá bài viết</span></form></div>
  <div class="chia-se"><div class="fb-like" data-href="{base}{main}" data-layout="button_count"></div>
   <a href="https://www.facebook.com/sharer/sharer.php?u={base}{main}" target="_blank" rel="nofollow">Chia sẻ Facebook</a>
   <div class="zalo-share-button" data-href="{base}{main}" data-oaid="579745863508352884"></div></div>
 </div>
</div>
{_newer(story)}
<div id="idcomment" class="binh-luan"><p class="h3">Ý kiến bạn đọc</p>
 <form method="post" action="/comment/post/" onsubmit="return nv_commment_feedback(this);">
  <input type="hidden" name="module" value="news" /><input type="hidden" name="id" value="{story.id}" />
  <textarea name="content" placeholder="Nội dung bình luận"></textarea>
  <input type="text" name="name" placeholder="Họ tên" /><input type="submit" value="Gửi bình luận" /></form></div>"""
    crumbs = _crumbs_for(story.cat)
    return _page(
        request,
        f"{story.title} - {cat_title} - {SITE}",
        crumbs,
        content,
        canonical=main,
        head=head,
        description=story.summary or story.title,
    )


def print_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    d = _day(story)
    home = _head_image(story)
    hometext = f'<div class="hometext"><strong>{esc(story.summary)}</strong></div>' if story.summary else ""
    author = ""
    if story.opts.get("author_line"):
        author += f'<p class="text-right"><strong>Tác giả bài viết: </strong>{esc(story.opts["author_line"])}</p>'
    if story.opts.get("source_line"):
        author += f'<p class="text-right"><strong>Nguồn tin: </strong>{esc(story.opts["source_line"])}</p>'
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><title>{esc(story.title)}</title><meta charset="utf-8" />
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{base}{path_of(story)}" />
<link rel="StyleSheet" href="{THEME}/css/print.css" /></head>
<body><div id="print">
 <div id="hd_print"><img alt="{SITE}" src="{THEME}/images/logo-sen-hong.png" /> <strong>{SITE}</strong></div>
 <div id="content">
  <h1>{esc(story.title)}</h1>
  <ul class="list-inline"><li>{WEEKDAYS[d.weekday()]} - {_dmy(story)} {story.opts['time']}</li>
  <li class="hidden-print"><a href="javascript:window.print()">In ra</a></li>
  <li class="hidden-print"><a href="javascript:window.close()">Đóng cửa sổ này</a></li></ul>
  {home}
  {hometext}
  <div id="bodytext" class="clearfix">
{body_html(story)}
  </div>
  {author}
 </div>
 <div id="footerprint"><div class="copyright">© {SITE}</div>
  <div class="url">URL của bài viết: <a href="{base}{path_of(story)}">{base}{path_of(story)}</a></div></div>
</div></body></html>"""
    return html(page)


# --- page module, photos, contact ----------------------------------------------------------

PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        "<p>Trường Mầm non Sen Hồng được thành lập năm 2004, tọa lạc tại phường Xuân Khánh, quận Ninh Kiều.</p>"
        "<p>Hiện nay trường có 14 nhóm, lớp với hơn 450 trẻ và 52 cán bộ, giáo viên, nhân viên.</p>"
        '<p style="text-align:center"><img src="/uploads/page/toan-canh-truong.jpg" alt="Toàn cảnh trường" width="600" /></p>',
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<table border='1'><tbody><tr><td>Hiệu trưởng</td><td>Nguyễn Thị Bích Ngọc</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Lâm Thị Hồng Nhung</td></tr>"
        "<tr><td>Phó Hiệu trưởng</td><td>Trương Thị Thanh Thảo</td></tr></tbody></table>",
    ),
    "thuc-don-tuan": (
        "Thực đơn tuần 14 (30/11 - 04/12/2026)",
        "<table border='1'><tbody><tr><th>Thứ</th><th>Bữa trưa</th><th>Bữa xế</th></tr>"
        "<tr><td>Thứ Hai</td><td>Cơm, cá lóc kho tộ, canh bí đỏ</td><td>Sữa chua</td></tr>"
        "<tr><td>Thứ Ba</td><td>Cơm, thịt gà xào nấm, canh rau ngót</td><td>Chuối</td></tr>"
        "<tr><td>Thứ Tư</td><td>Bún riêu cua</td><td>Bánh flan</td></tr>"
        "<tr><td>Thứ Năm</td><td>Cơm, tôm rim, canh cải</td><td>Sữa tươi</td></tr>"
        "<tr><td>Thứ Sáu</td><td>Cháo thịt bằm, trứng cút</td><td>Đu đủ</td></tr></tbody></table>",
    ),
}

# alias, id, title, date, photos (src, caption)
ALBUMS = [
    (
        "hoi-thi-be-khoe-be-ngoan",
        12,
        "Hội thi Bé khỏe - Bé ngoan 2026",
        "03/12/2026",
        [("hoi-thi-01.jpg", "Đồng diễn thể dục"), ("hoi-thi-02.jpg", "Trao giải cho các bé")],
    ),
    (
        "ngay-nha-giao-viet-nam-20-11",
        11,
        "Mừng ngày Nhà giáo Việt Nam 20/11",
        "20/11/2026",
        [("2011-01.jpg", "Văn nghệ chào mừng"), ("2011-02.jpg", "Bé tặng hoa cô")],
    ),
]


def page_module(request: Request, alias: str) -> Response | None:
    if alias not in PAGES:
        return None
    title, body = PAGES[alias]
    content = (
        f'<div class="page-khung"><h1 class="page-tieude">{esc(title)}</h1>'
        f'<div class="bodytext">{body}</div>'
        '<p class="text-right"><small>Cập nhật: 15/09/2026</small></p></div>'
    )
    return _page(request, f"{title} - {SITE}", [("/page/gioi-thieu.html", "Giới thiệu"), (f"/page/{alias}.html", title)],
                 content, canonical=f"/page/{alias}.html")


def photos_home(request: Request) -> Response:
    items = "".join(
        f'<div class="album"><a href="/photos/{a}-{aid}/"><img src="/assets/photos/{a}.jpg" alt="{esc(t)}" /></a>'
        f'<h3><a href="/photos/{a}-{aid}/">{esc(t)}</a></h3><span>{d} · {len(ps)} ảnh</span></div>'
        for a, aid, t, d, ps in ALBUMS
    )
    return _page(request, f"Thư viện ảnh - {SITE}", [("/photos/", "Thư viện ảnh")], f'<div class="albums">{items}</div>')


def album_page(request: Request, key: str) -> Response | None:
    for a, aid, t, d, ps in ALBUMS:
        if key == f"{a}-{aid}":
            photos = "".join(
                f'<div class="anh"><a href="/uploads/photos/2026/{src}" rel="gallery"><img src="/assets/photos/2026/{src}" alt="{esc(c)}" /></a>'
                f"<p>{esc(c)}</p></div>"
                for src, c in ps
            )
            linked = BY_ID[128] if aid == 12 else BY_ID[125]
            old = f"/index.php?language=vi&amp;nv=news&amp;op={linked.cat}/{linked.slug}-{linked.id}"
            content = (
                f'<div class="album-khung"><h1>{esc(t)}</h1><p class="ngay">Ngày đăng: {d}</p>'
                f'<p class="mo-ta">Xem bài viết: <a href="{old}">{esc(linked.title)}</a></p>'
                f'<div class="ds-anh">{photos}</div></div>'
            )
            return _page(request, f"{t} - Thư viện ảnh - {SITE}", [("/photos/", "Thư viện ảnh"), (f"/photos/{key}/", t)],
                         content, canonical=f"/photos/{key}/")
    return None


def contact_page(request: Request) -> Response:
    content = """<div class="lien-he"><h1>Liên hệ</h1>
<p>Trường Mầm non Sen Hồng - Số 86 đường Trần Văn Hoài, phường Xuân Khánh, quận Ninh Kiều, TP. Cần Thơ</p>
<p>Điện thoại: 0292 3 821 456</p>
<form action="/contact/" method="post"><input name="fname" placeholder="Họ tên" /><input name="femail" placeholder="Email" />
<input name="ftitle" placeholder="Tiêu đề" /><textarea name="fcon"></textarea><input type="submit" value="Gửi" /></form></div>"""
    return _page(request, f"Liên hệ - {SITE}", [("/contact/", "Liên hệ")], content, canonical="/contact/")


def search_page(request: Request) -> Response:
    q = request.params.get("q", "")
    content = (
        f'<h1>Tìm kiếm</h1><p>Từ khóa: <strong>{esc(q)}</strong></p>'
        "<p>Không tìm thấy kết quả nào phù hợp. Vui lòng nhập từ khóa khác.</p>"
    )
    return _page(request, f"Tìm kiếm - {SITE}", [("/seek/", "Tìm kiếm")], content,
                 head='<meta name="robots" content="noindex, follow" />')


# --- routing -------------------------------------------------------------------------------


def _post_from(tail: str) -> Story | None:
    if not tail.endswith(".html"):
        return None
    stem = tail[: -len(".html")]
    slug, _, num = stem.rpartition("-")
    if not num.isdigit():
        return None
    story = BY_ID.get(int(num))
    return story if story and story.slug == slug else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path, query = request.path, request.query
        if path.startswith(("/themes/", "/assets/", "/uploads/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/index.php":
            qs = {k: v[0] for k, v in parse_qs(query).items()}
            if qs.get("nv") == "news" and "op" in qs:
                cat, _, tail = qs["op"].partition("/")
                story = _post_from(tail + ".html")
                if story and cat == story.cat:
                    return redirect(path_of(story), 301)
            if not query:
                return redirect("/", 301)
            return None
        if path == "/seek/":
            return search_page(request)
        if query:
            return self._with_query(request)
        if path == "/":
            return site_home(request)
        if path == "/news/":
            return news_home(request)
        if path == "/contact/":
            return contact_page(request)
        if path == "/photos/":
            return photos_home(request)
        if path.startswith("/photos/") and path.endswith("/"):
            return album_page(request, path[len("/photos/") : -1])
        if path.startswith("/page/") and path.endswith(".html"):
            return page_module(request, path[len("/page/") : -len(".html")])
        parts = path.strip("/").split("/")
        if parts[0] != "news" or len(parts) < 2:
            return None
        if parts[1] == "tag" and len(parts) == 3:
            return tag_page(request, parts[2])
        if parts[1] == "print" and len(parts) == 4:
            story = _post_from(parts[3])
            if not story or parts[2] != story.cat:
                return None
            return print_page(request, story)
        alias = parts[1]
        if alias not in CATS:
            return None
        if len(parts) == 2:
            return cat_page(request, alias, 1) if path.endswith("/") else redirect(f"/news/{alias}/", 301)
        if len(parts) != 3:
            return None
        if parts[2].startswith("page-") and parts[2][5:].isdigit():
            n = int(parts[2][5:])
            return cat_page(request, alias, n) if n >= 2 else None
        story = _post_from(parts[2])
        if not story:
            return None
        if alias == story.cat or alias in story.opts.get("also", []):
            return article_page(request, story, alias)
        return redirect(path_of(story), 301)

    def _with_query(self, request: Request) -> Response | None:
        parts = request.path.strip("/").split("/")
        if len(parts) != 3 or parts[0] != "news":
            return None
        story = _post_from(parts[2])
        if not story or parts[1] != story.cat or not story.opts.get("files"):
            return None
        params = request.params
        try:
            n = int(params.get("id", ""))
        except ValueError:
            return None
        if not 0 <= n < len(story.opts["files"]):
            return None
        fname = story.opts["files"][n][1]
        if params.get("download") == "1":
            return Response(200, PDF, {"Content-Type": "application/pdf",
                                       "Content-Disposition": f'attachment; filename="{fname}"'})
        if params.get("pdf") == "1":
            return Response(200, PDF, {"Content-Type": "application/pdf",
                                       "Content-Disposition": f'inline; filename="{fname}"'})
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story) -> dict:
    alts = [print_path(story)] + [path_of(story, c) for c in story.opts.get("also", [])]
    return gold_record(story, path_of(story), CATS[story.cat][0], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/page/gioi-thieu.html",
    "/page/co-cau-to-chuc.html",
    "/page/thuc-don-tuan.html",
    "/photos/hoi-thi-be-khoe-be-ngoan-12/",
    "/photos/ngay-nha-giao-viet-nam-20-11-11/",
    "/contact/",
]

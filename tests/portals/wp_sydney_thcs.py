"""Fixture portal: WordPress 6 + Sydney theme (aThemes) for Trường THCS Nguyễn Huệ, Quy Nhơn, Bình Định.

Platform: WordPress 6.4 with the "Sydney" theme and its Sydney Toolbox plugin (the "aThemes: Posts"
Elementor widget on the front page), Elementor Header & Footer Builder (the header and footer are
Elementor sections, ``ehf-header``), Yoast SEO (canonical, breadcrumbs, primary category), the
"Post Views Counter" plugin (its counter is appended inside ``.entry-content``), Simple Share Buttons
Adder, and Classic Editor content mostly pasted from Microsoft Word (``MsoNormal`` paragraphs, spans
cut in the middle of words, ``<o:p>``, ``&nbsp;`` spacer paragraphs, ``MsoCaption`` lines, Word
list markers).

URL scheme:
- ``/`` Elementor front page (no blog loop): "Tin tức - Sự kiện" (3 newest), "Thông báo" (2 newest),
  "Đoàn - Đội" (2 newest) blocks of the aThemes posts widget.
- ``/tin-tuc/<slug>.html`` posts (custom permalink ``/tin-tuc/%postname%.html``);
  ``/tin-tuc/<slug>.html/2/`` the second page of a post split with ``<!--nextpage-->``;
  ``/tin-tuc/<slug>.html/attachment/<name>/`` image attachment pages;
  ``/tin-tuc/<slug>.html?replytocom=<id>`` the same post with the reply form (comment "Trả lời");
  ``/?p=<id>`` shortlink (``<link rel="shortlink">``), 301 to the permalink.
- ``/chuyen-muc/<slug>/`` and ``/chuyen-muc/<slug>/page/<N>/`` category lists, 4 posts a page
  (``/page/1/`` 301s to the bare list, as WordPress does).
- ``/tac-gia/<login>/`` (and ``/page/<N>/``) author archive of the one posting account.
- ``/<page-slug>/`` pages: giới thiệu, đội ngũ, liên hệ, thư viện ảnh.
- ``/?s=<query>`` search results (the header's search form, GET).
- ``/wp-content/...`` images, styles, scripts and one PDF.

Page templates: Sydney ``single.php`` (``article.post.hentry`` with ``h1.title-post.entry-title``,
``.meta-post`` with ``time.entry-date.published`` + ``time.updated``, ``.entry-thumb`` featured
image, ``.entry-content``, ``.entry-footer`` with cat-links), Sydney ``archive.php`` (``.post-wrap``
of ``article.hentry`` with excerpt "[…]" and ``.read-more``; ``paginate_links`` numbers), Sydney
``page.php``, WordPress ``attachment`` template, Yoast breadcrumbs ``.sydney-breadcrumbs``.

How each gold article is reached: category menus and their ``/page/2/`` (the 5th and 6th posts of
"Tin tức - Sự kiện" and the 5th of "Hoạt động chuyên môn" are on page 2 only, besides the author
archive's later pages), the front page widgets, the sidebar "Xem nhiều nhất" list (Post Views
Counter widget), the "Tin liên quan" block under a post. Sydney's post navigation is switched off
(customizer), so no prev/next chain links the posts.

Traps:
1. Two ``<h1>``: the Elementor header prints the school's name as an ``h1.elementor-heading-title``
   before the post's ``h1.title-post.entry-title``; ``<title>`` adds " – Trường THCS Nguyễn Huệ" and
   on a post's page 2 " – Trang 2". Gold title = the entry-title as printed.
2. Date printed in words by the vi locale ("20 Tháng Mười Một, 2026"), the time only in
   ``<time class="entry-date published" datetime="…+07:00">``; next to it ``<time class="updated">``
   (a later "Cập nhật" day, visible on some posts) and Yoast's ``article:published_time`` in UTC
   (``…+00:00``). Gold = the published datetime in +07:00; one post published at "00:00:00" is the
   day alone; the comments' ``<time>`` under a post are not its date.
3. Posts filed in two categories: ``.cat-links`` (and the ``category-…`` classes) list them
   alphabetically, "Hoạt động chuyên môn, Tin tức - Sự kiện", while Yoast's breadcrumb prints the
   primary one "Tin tức - Sự kiện". Gold category = the breadcrumb's.
4. Attachment pages: Word-pasted photos link to ``/tin-tuc/<slug>.html/attachment/<name>/``, a page
   with the very same single template (entry-title "img_2031", date, byline "quantriweb", the image
   and "Đăng trong <post>"): not an article (one is in NON_ARTICLES).
5. Featured image duplicate: Sydney prints ``.entry-thumb`` above the title with the first photo
   resized (``…-830x554.jpg``); the text prints the photo itself (``…-1024x683.jpg`` with srcset).
   Gold images = the photos in the text, once each, as their ``src`` prints them.
6. A post split with ``<!--nextpage-->``: "Trang: 1 2" (``.page-links``) links
   ``/tin-tuc/<slug>.html/2/``, whose Yoast canonical is itself. Gold body = both pages' text in
   order; the byline ("Tổ Ngữ văn", right-aligned) is at the end of page 2; page 2 is an alt path.
7. Plugin output inside ``.entry-content`` after the text: Simple Share Buttons ("Chia sẻ bài viết:"
   with icon images) and Post Views Counter ("Lượt xem: 1.234"). Not body, not images.
8. Word paste: text cut into ``<span lang="VI">`` pieces in the middle of a word ("Vi</span><span
   …>ệt"): no space may be added there; ``&nbsp;`` spacer paragraphs are no paragraph; ``mso-list:
   Ignore`` markers are no text; ``MsoCaption`` italic line under a photo is its caption ("(…)"
   parentheses off), "Ảnh: Võ Minh Tuấn" alone makes a photographer and no caption.
9. Bylines: WordPress' "bởi quantriweb" (``.byline .author.vcard``) is a CMS account -> nobody; the
   real byline is in the text: "Tin, ảnh: Phan Thị Thu Hà" (author and photographer), "Người viết:
   ThS. Lê Văn Hùng" (-> "Lê Văn Hùng"), a right-aligned unit "Tổ Toán - Tin".
10. A document entry under the same ``/tin-tuc/<slug>.html`` scheme (category "Văn bản"): one line
    and a PDF embed; not an article (NON_ARTICLES).
11. Comment "Trả lời" links ``?replytocom=<id>#respond`` (rel=nofollow) serve the same post: alt paths.
12. An official notice (letterhead table, "Số: …", "Quy Nhơn, ngày 06 tháng 10 năm 2026", THÔNG BÁO /
    Về việc…, Nơi nhận, HIỆU TRƯỞNG + signer): published 08/10 on the site, gold date = the
    letterhead's day 2026-10-06, signer = author.

Gold decisions on ambiguous points:
- ``published_at`` takes the time from the ``datetime`` attribute of ``time.entry-date.published``
  although the visible text prints only the day in words (WordPress always prints the machine
  time there; it is the post's publication time).
- A post's page 2 (``/2/``) is the same article (alt path), although its canonical names itself.
- The featured image is not listed (it is the first text photo in another size).
- The listing excerpt ("…[…]") is no sapo; a sapo is only a bold lead paragraph in the text.
- "Xem thêm: <link>" lines and "Nguồn: X" lines are not body; "Nguồn: X" gives the source.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "wp_sydney_thcs"
PLATFORM = "WordPress 6 + Sydney theme (aThemes), Elementor Header & Footer Builder, Classic Editor"
START_PATH = "/"

SITE = "Trường THCS Nguyễn Huệ"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
ACCOUNT = "quantriweb"
PER_PAGE = 4

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
    "van-ban": "Văn bản",
}
CAT_IDS = {"tin-tuc-su-kien": 3, "hoat-dong-chuyen-mon": 4, "doan-doi": 5, "thong-bao": 6, "van-ban": 7}

MONTHS = [
    "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai",
]
UP = "/wp-content/uploads/2026"


def _img(month: str, name: str) -> str:
    return f"{UP}/{month}/{name}-1024x683.jpg"


# --- the stories -----------------------------------------------------------------------------

S1 = Story(
    id=1412,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T09:30:00+07:00",
    blocks=[
        P("Sáng ngày 19/11/2026, Trường THCS Nguyễn Huệ long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
          "Nhà giáo Việt Nam với sự tham dự của đại diện lãnh đạo Phòng GD&ĐT thành phố Quy Nhơn, "
          "Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh."),
        Img(_img("11", "IMG_2031"), "(Các tiết mục văn nghệ chào mừng của học sinh khối 8)",
            "Các tiết mục văn nghệ chào mừng của học sinh khối 8", "mso"),
        P("Phát biểu tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Lan ôn lại truyền thống vẻ vang của "
          "ngành Giáo dục Việt Nam và ghi nhận những cố gắng của tập thể sư phạm nhà trường trong "
          "suốt năm học vừa qua."),
        P("Nhân dịp này, nhà trường đã khen thưởng 15 giáo viên có thành tích xuất sắc trong phong "
          "trào thi đua “Dạy tốt – Học tốt” và 42 học sinh đạt giải trong các kỳ thi cấp thành phố."),
        Img(_img("11", "IMG_2045"), "(Lãnh đạo nhà trường trao giấy khen cho giáo viên)",
            "Lãnh đạo nhà trường trao giấy khen cho giáo viên", "mso"),
        P("Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho thầy và trò nhà trường."),
        Raw('<p class="MsoNormal" align="right" style="text-align: right;"><b><i><span lang="VI" '
            'style="font-size: 13.0pt;">Tin, ảnh: Phan Thị Thu Hà</span></i></b></p>'),
    ],
    authors=["Phan Thị Thu Hà"],
    photographers=["Phan Thị Thu Hà"],
    opts={"attach": {"IMG_2031": "img_2031", "IMG_2045": "img_2045"}, "thumb": "IMG_2031",
          "att_id": 1413},
)

S2 = Story(
    id=1366,
    slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 – 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-11-12T14:00:00+07:00",
    blocks=[
        P("Thực hiện kế hoạch năm học, từ ngày 02/11 đến ngày 10/11/2026, Trường THCS Nguyễn Huệ "
          "tổ chức Hội thi giáo viên dạy giỏi cấp trường với 18 giáo viên tham gia."),
        P("Mỗi giáo viên dự thi trình bày biện pháp nâng cao chất lượng giảng dạy và dạy hai tiết "
          "thực hành trên lớp. Các tiết dạy được Ban giám khảo đánh giá theo Công văn 5512 của "
          "Bộ GD&ĐT."),
        Img(_img("11", "hoi-thi-gvdg-2026"), "Cô Đặng Thị Ngọc Ánh trong tiết dạy môn Lịch sử và Địa lí",
            "Cô Đặng Thị Ngọc Ánh trong tiết dạy môn Lịch sử và Địa lí", "wpcap"),
        P("Kết quả, Hội thi công nhận 14 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường; "
          "4 giáo viên xuất sắc được chọn dự thi cấp thành phố."),
        Raw('<p class="MsoNormal" align="right" style="text-align: right;"><b><span lang="VI">'
            "Tổ Văn phòng</span></b></p>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={"cats": ["hoat-dong-chuyen-mon", "tin-tuc-su-kien"], "thumb": "hoi-thi-gvdg-2026",
          "updated": "2026-11-14T08:02:00+07:00"},
)

S3 = Story(
    id=1388,
    slug="chuyen-de-doi-moi-phuong-phap-day-hoc-mon-ngu-van",
    title="Chuyên đề: Đổi mới phương pháp dạy học môn Ngữ văn theo Chương trình GDPT 2018",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-16T08:00:00+07:00",
    blocks=[
        P("Ngày 14/11/2026, Tổ Ngữ văn tổ chức sinh hoạt chuyên đề “Dạy học đọc hiểu văn bản theo "
          "thể loại” nhằm thực hiện hiệu quả Chương trình giáo dục phổ thông 2018."),
        P("I. MỤC ĐÍCH CHUYÊN ĐỀ", "h"),
        P("Giúp giáo viên thống nhất quy trình dạy học đọc hiểu theo đặc trưng thể loại, tăng cường "
          "hoạt động tự học của học sinh."),
        P("Chia sẻ kinh nghiệm thiết kế phiếu học tập và câu hỏi đánh giá năng lực đọc.", "br"),
        P("II. NỘI DUNG", "h"),
        P("Thầy Trương Quốc Bảo trình bày cách tổ chức hoạt động khởi động bằng tình huống có vấn đề."),
        P("Cô Huỳnh Thị Mỹ Linh dạy minh họa bài “Lặng lẽ Sa Pa” của Nguyễn Thành Long.",
          "pagebreak"),
        P("III. THẢO LUẬN VÀ KẾT LUẬN", "h"),
        P("Các thành viên trong tổ thống nhất vận dụng phiếu học tập theo nhóm ở các bài đọc hiểu "
          "truyện ngắn và thơ trữ tình."),
        P("Tổ chuyên môn sẽ tiếp tục dự giờ, rút kinh nghiệm vào tuần thứ hai hằng tháng."),
        Raw('<p class="MsoNormal" align="right" style="text-align: right;"><b><span lang="VI" '
            'style="font-size: 14.0pt;">Tổ Ngữ văn</span></b><o:p></o:p></p>'),
    ],
    authors=["Tổ Ngữ văn"],
)

S4 = Story(
    id=1325,
    slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027",
    cat="doan-doi",
    published_at="2026-11-03T07:45:00+07:00",
    blocks=[
        P("Sáng thứ Hai, ngày 02/11/2026, trong giờ chào cờ đầu tuần, Liên đội Trường THCS Nguyễn "
          "Huệ đã phát động phong trào thu gom giấy vụn, vỏ lon “Kế hoạch nhỏ” đến toàn thể đội viên."),
        Img(_img("11", "ke-hoach-nho-01"), "Ảnh: Võ Minh Tuấn", None, "mso"),
        P("Mỗi chi đội phấn đấu thu gom ít nhất 50 kg giấy vụn trong đợt thi đua chào mừng ngày "
          "Nhà giáo Việt Nam. Số tiền thu được sẽ dùng để mua học bổng cho học sinh có hoàn cảnh khó "
          "khăn."),
        P("Tổng phụ trách Đội Lê Thị Hồng Nhung cho biết, năm học trước Liên đội đã trao 25 suất "
          "học bổng từ nguồn quỹ này."),
    ],
    photographers=["Võ Minh Tuấn"],
    opts={"attach": {"ke-hoach-nho-01": "ke-hoach-nho-01"}, "thumb": "ke-hoach-nho-01",
          "att_id": 1326},
)

S5 = Story(
    id=1455,
    slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i",
    title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="thong-bao",
    published_at="2026-12-02T16:45:00+07:00",
    blocks=[
        P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I các môn kiểm tra tập trung như sau:"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian", "row"),
        P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
        P("16/12/2026 | Sáng | Toán | 90 phút", "row"),
        P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
        P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."),
        P("Phụ huynh vui lòng nhắc nhở các em ôn tập chu đáo theo đề cương đã phát."),
    ],
    opts={"updated": "2026-12-04T10:12:00+07:00", "show_updated": True},
)

S6 = Story(
    id=1431,
    slug="hoc-sinh-dat-12-giai-hoi-thi-tin-hoc-tre-thanh-pho",
    title="Học sinh trường đạt 12 giải trong Hội thi Tin học trẻ thành phố Quy Nhơn",
    cat="tin-tuc-su-kien",
    published_at="2026-11-27T15:10:00+07:00",
    blocks=[
        P("Hội thi Tin học trẻ thành phố Quy Nhơn lần thứ XV vừa khép lại với 210 thí sinh đến từ "
          "32 trường THCS trên địa bàn."),
        P("Đội tuyển Trường THCS Nguyễn Huệ giành 12 giải, trong đó có 2 giải Nhất ở bảng B (lập "
          "trình) và bảng C (sản phẩm sáng tạo)."),
        Img(_img("11", "tin-hoc-tre-2026"), None, None, "bare"),
        P("Em Nguyễn Hoàng Phúc, học sinh lớp 9A1, đạt giải Nhất với sản phẩm “Hệ thống tưới cây "
          "tự động dùng cảm biến độ ẩm”."),
        Raw('<p class="MsoNormal"><span lang="VI">Xem thêm: <a href="https://www.facebook.com/'
            'thcsnguyenhue.quynhon">Trang Facebook của nhà trường</a></span></p>'),
        Raw('<p class="MsoNormal" align="right" style="text-align: right;"><i><span lang="VI">'
            "Nguồn: Báo Bình Định điện tử</span></i></p>"),
    ],
    source="Báo Bình Định điện tử",
    opts={"thumb": "tin-hoc-tre-2026"},
)

S7 = Story(
    id=1270,
    slug="ngoai-khoa-em-yeu-bien-dao-que-huong-khoi-7",
    title="Ngoại khóa “Em yêu biển đảo quê hương” cho học sinh khối 7",
    cat="doan-doi",
    published_at="2026-10-15",
    blocks=[
        P("Nhằm giáo dục tình yêu biển đảo và ý thức bảo vệ chủ quyền, Liên đội tổ chức buổi ngoại "
          "khóa “Em yêu biển đảo quê hương” cho 320 học sinh khối 7."),
        P("Các đội thi trải qua ba phần: Chào hỏi, Hiểu biết và Tài năng. Nhiều câu hỏi về quần đảo "
          "Hoàng Sa, Trường Sa được các em trả lời chính xác."),
        Img(_img("10", "ngoai-khoa-bien-dao"), "Đội thi lớp 7A3 trong phần Tài năng",
            "Đội thi lớp 7A3 trong phần Tài năng", "wpcap"),
        P("Kết thúc chương trình, lớp 7A3 giành giải Nhất, lớp 7A1 và 7A5 đồng giải Nhì."),
    ],
    opts={"comments": [
        (45, "Phụ huynh em Khánh", "2026-10-16T20:11:00+07:00",
         "Chương trình rất ý nghĩa, cảm ơn các thầy cô!"),
        (46, "Trần Thị Bích", "2026-10-17T06:40:00+07:00",
         "Mong nhà trường tổ chức thêm cho khối 6."),
    ]},
)

S8 = Story(
    id=1244,
    slug="tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-vnedu",
    title="Tập huấn sử dụng phần mềm quản lý trường học VnEdu cho giáo viên",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-28T17:20:00+07:00",
    blocks=[
        P("Chiều ngày 27/10/2026, nhà trường tổ chức buổi tập huấn sử dụng phần mềm VnEdu cho toàn "
          "thể giáo viên, tập trung vào sổ điểm điện tử và học bạ số."),
        P("Nội dung tập huấn gồm:"),
        P("Nhập điểm đánh giá thường xuyên và định kỳ theo Thông tư 22;", "li"),
        P("Nhận xét, đánh giá học sinh cuối học kỳ;", "li"),
        P("Ký số học bạ điện tử và xuất báo cáo thống kê.", "li"),
        P("Sau buổi tập huấn, 100% giáo viên đã thực hành thành thạo các thao tác cơ bản trên "
          "phần mềm."),
        Raw('<p class="MsoNormal" align="right" style="text-align: right;"><b><span lang="VI">'
            "Người viết: ThS. Lê Văn Hùng</span></b></p>"),
    ],
    authors=["Lê Văn Hùng"],
)

S9 = Story(
    id=1188,
    slug="tiep-doan-kiem-tra-cong-tac-dau-nam-hoc",
    title="Trường THCS Nguyễn Huệ tiếp đoàn kiểm tra công tác đầu năm học của Phòng GD&ĐT",
    cat="tin-tuc-su-kien",
    published_at="2026-10-02T11:15:00+07:00",
    summary="Ngày 01/10/2026, đoàn kiểm tra của Phòng GD&ĐT thành phố Quy Nhơn do ông Phạm Văn Tài, "
            "Phó Trưởng phòng làm trưởng đoàn đã đến làm việc tại Trường THCS Nguyễn Huệ.",
    blocks=[
        P("Ngày 01/10/2026, đoàn kiểm tra của Phòng GD&ĐT thành phố Quy Nhơn do ông Phạm Văn Tài, "
          "Phó Trưởng phòng làm trưởng đoàn đã đến làm việc tại Trường THCS Nguyễn Huệ.", "lead"),
        P("Đoàn đã kiểm tra hồ sơ kế hoạch giáo dục nhà trường, cơ sở vật chất, công tác tuyển sinh "
          "lớp 6 và việc thực hiện các khoản thu đầu năm."),
        P("Kết luận buổi kiểm tra, trưởng đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường, "
          "đồng thời đề nghị tiếp tục tăng cường ứng dụng công nghệ thông tin trong quản lý."),
    ],
)

S10 = Story(
    id=1222,
    slug="sinh-hoat-chuyen-mon-nghien-cuu-bai-hoc-mon-toan",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học môn Toán",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-21T10:00:00+07:00",
    blocks=[
        P("Thực hiện Công văn số 1315/BGDĐT-GDTrH, Tổ Toán - Tin tổ chức buổi sinh hoạt chuyên môn "
          "theo nghiên cứu bài học với bài “Định lí Pythagore” (Toán 8)."),
        P("Buổi sinh hoạt tập trung phân tích hoạt động học của học sinh thay vì nhận xét giờ dạy "
          "của giáo viên."),
        P("Các thầy cô đã chỉ ra những thời điểm học sinh gặp khó khăn và đề xuất điều chỉnh câu hỏi "
          "gợi mở cho phù hợp."),
        Raw('<p class="MsoNormal">&nbsp;</p>'),
        Raw('<p class="MsoNormal" align="right" style="text-align: right;"><b><span lang="VI">'
            "Tổ Toán - Tin</span></b></p>"),
    ],
    authors=["Tổ Toán - Tin"],
)

S11 = Story(
    id=1165,
    slug="thong-bao-tuyen-sinh-cau-lac-bo-nang-khieu-the-thao",
    title="Thông báo tuyển sinh câu lạc bộ năng khiếu thể thao học kỳ I",
    cat="thong-bao",
    published_at="2026-10-06",
    blocks=[
        Raw('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="642">'
            "<tbody><tr><td width=\"260\" valign=\"top\"><p class=\"MsoNormal\" align=\"center\" "
            "style=\"text-align:center\"><span lang=\"VI\">UBND THÀNH PHỐ QUY NHƠN</span></p>"
            "<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\"><b><span lang=\"VI\">"
            "TRƯỜNG THCS NGUYỄN HUỆ</span></b></p></td><td width=\"382\" valign=\"top\">"
            "<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\"><b><span lang=\"VI\">"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span></b></p><p class=\"MsoNormal\" align=\"center\" "
            "style=\"text-align:center\"><b><u><span lang=\"VI\">Độc lập - Tự do - Hạnh phúc</span>"
            "</u></b></p></td></tr><tr><td width=\"260\" valign=\"top\"><p class=\"MsoNormal\" "
            "align=\"center\" style=\"text-align:center\"><span lang=\"VI\">Số: 58/TB-THCSNH</span>"
            "</p></td><td width=\"382\" valign=\"top\"><p class=\"MsoNormal\" align=\"center\" "
            "style=\"text-align:center\"><i><span lang=\"VI\">Quy Nhơn, ngày 06 tháng 10 năm 2026"
            "</span></i></p></td></tr></tbody></table>"),
        Raw('<p class="MsoNormal" align="center" style="text-align:center"><b><span lang="VI" '
            'style="font-size:14.0pt">THÔNG BÁO</span></b></p><p class="MsoNormal" align="center" '
            'style="text-align:center"><b><span lang="VI">Về việc tuyển sinh câu lạc bộ năng khiếu '
            "thể thao học kỳ I, năm học 2026 - 2027</span></b></p>"),
        P("Căn cứ kế hoạch giáo dục năm học 2026 - 2027, Trường THCS Nguyễn Huệ thông báo tuyển "
          "sinh các câu lạc bộ năng khiếu thể thao như sau:"),
        P("1. Các câu lạc bộ: Bóng đá, Bóng chuyền, Cầu lông, Cờ vua, Võ cổ truyền Bình Định."),
        P("2. Đối tượng: học sinh khối 6, 7, 8 có sức khỏe tốt, tự nguyện tham gia."),
        P("3. Thời gian đăng ký: từ ngày 07/10 đến hết ngày 16/10/2026 tại giáo viên chủ nhiệm."),
        Raw('<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0"><tbody><tr>'
            '<td width="320" valign="top"><p class="MsoNormal"><b><i><span lang="VI">Nơi nhận:'
            '</span></i></b></p><p class="MsoNormal"><span lang="VI" style="font-size:11.0pt">- GVCN '
            'các lớp;</span></p><p class="MsoNormal"><span lang="VI" style="font-size:11.0pt">- '
            'Website trường;</span></p><p class="MsoNormal"><span lang="VI" style="font-size:11.0pt">'
            '- Lưu: VT.</span></p></td><td width="322" valign="top"><p class="MsoNormal" '
            'align="center" style="text-align:center"><b><span lang="VI">HIỆU TRƯỞNG</span></b></p>'
            '<p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI">(Đã ký)'
            '</span></i></p><p class="MsoNormal" align="center" style="text-align:center"><b>'
            '<span lang="VI">Nguyễn Thị Lan</span></b></p></td></tr></tbody></table>'),
    ],
    authors=["Nguyễn Thị Lan"],
    opts={"post_date": "2026-10-08T07:00:00+07:00"},
)

S12 = Story(
    id=1172,
    slug="hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
    title="Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-10-05T19:30:00+07:00",
    blocks=[
        P("Tối ngày 04/10/2026, Trường THCS Nguyễn Huệ tổ chức Hội nghị cha mẹ học sinh đầu năm học "
          "với sự tham dự của hơn 1.100 phụ huynh thuộc 28 lớp.", "plain"),
        P("📌 Hội nghị đã thông qua kế hoạch giáo dục của nhà trường và các khoản thu thỏa thuận "
          "năm học 2026 - 2027.", "plain"),
        Img(_img("10", "hoi-nghi-cmhs"), "Toàn cảnh hội nghị tại hội trường nhà trường",
            "Toàn cảnh hội nghị tại hội trường nhà trường", "wpcap"),
        P("Ban đại diện cha mẹ học sinh nhiệm kỳ mới gồm 9 thành viên, do ông Nguyễn Văn Sơn làm "
          "Trưởng ban.", "plain"),
        P("“Gia đình và nhà trường phải cùng chung tay thì các em mới phát triển toàn diện”, ông "
          "Sơn chia sẻ.", "quote"),
    ],
)

S13 = Story(
    id=1470,
    slug="doi-tuyen-hoc-sinh-gioi-cap-tinh-on-luyen-cao-diem",
    title="Đội tuyển học sinh giỏi cấp tỉnh bước vào đợt ôn luyện cao điểm",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T10:20:00+07:00",
    blocks=[
        P("Còn hơn một tháng nữa là đến Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh, 27 em trong đội "
          "tuyển của nhà trường đang bước vào đợt ôn luyện cao điểm."),
        P("Lịch ôn tập được bố trí vào các buổi chiều thứ Ba, thứ Năm và sáng Chủ nhật."),
        P("Các môn có học sinh tham dự: Toán, Ngữ văn, Tiếng Anh, Vật lí, Hóa học, Sinh học.", "br"),
        Img(_img("12", "doi-tuyen-hsg"), "(Thầy Trần Đình Khoa hướng dẫn đội tuyển Vật lí)",
            "Thầy Trần Đình Khoa hướng dẫn đội tuyển Vật lí", "mso"),
        P("Năm học trước, đội tuyển của trường đạt 19 giải cấp tỉnh, xếp thứ hai toàn thành phố."),
        Raw('<p class="MsoNormal" align="right" style="text-align: right;"><b><span lang="VI">'
            "Tin, ảnh: Nguyễn Quang Vinh</span></b></p>"),
    ],
    authors=["Nguyễn Quang Vinh"],
    photographers=["Nguyễn Quang Vinh"],
    opts={"cats": ["hoat-dong-chuyen-mon", "tin-tuc-su-kien"], "thumb": "doi-tuyen-hsg"},
)

STORIES = [S13, S5, S6, S1, S3, S2, S4, S8, S10, S7, S11, S12, S9]

DOC = Story(
    id=1440,
    slug="ke-hoach-kiem-tra-danh-gia-cuoi-hoc-ky-i",
    title="Kế hoạch số 112/KH-THCSNH kiểm tra, đánh giá cuối học kỳ I năm học 2026 - 2027",
    cat="van-ban",
    published_at="2026-11-25T08:00:00+07:00",
    blocks=[],
)
DOC_PDF = f"{UP}/11/KH-112-kiem-tra-cuoi-HKI.pdf"


def post_date(story: Story) -> str:
    """The WordPress post date (the letterhead notice was put online two days after its date)."""
    value = story.opts.get("post_date") or story.published_at
    return value if "T" in value else value + "T00:00:00+07:00"


ALL_POSTS = sorted([*STORIES, DOC], key=post_date, reverse=True)
BY_SLUG = {s.slug: s for s in ALL_POSTS}
BY_ID = {s.id: s for s in ALL_POSTS}


def post_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}.html"


def cats_of(story: Story) -> list[str]:
    return story.opts.get("cats") or [story.cat]


def in_cat(slug: str) -> list[Story]:
    return [s for s in ALL_POSTS if slug in cats_of(s)]


def attachments() -> dict[str, tuple[Story, str, str]]:
    """Attachment page path -> (parent story, image file stem, attachment name)."""
    out = {}
    for s in STORIES:
        for stem, name in s.opts.get("attach", {}).items():
            out[f"{post_path(s)}/attachment/{name}/"] = (s, stem, name)
    return out


ATTACHMENTS = attachments()


# --- dates -----------------------------------------------------------------------------------


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def words_date(value: str) -> str:
    d = _dt(value)
    return f"{d.day} Tháng {MONTHS[d.month - 1]}, {d.year}"


def utc(value: str) -> str:
    return _dt(value).astimezone(UTC).isoformat()


# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu/", [("Đội ngũ giáo viên", "/doi-ngu-giao-vien/")]),
    ("Tin tức", "/chuyen-muc/tin-tuc-su-kien/", [
        ("Tin tức - Sự kiện", "/chuyen-muc/tin-tuc-su-kien/"),
        ("Đoàn - Đội", "/chuyen-muc/doan-doi/"),
    ]),
    ("Chuyên môn", "/chuyen-muc/hoat-dong-chuyen-mon/", []),
    ("Thông báo", "/chuyen-muc/thong-bao/", [("Văn bản", "/chuyen-muc/van-ban/")]),
    ("Thư viện ảnh", "/thu-vien-anh/", []),
    ("Liên hệ", "/lien-he/", []),
]


def _menu() -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU):
        cls = f"menu-item menu-item-type-custom menu-item-object-custom parent hfe-creative-menu menu-item-{210 + n}"
        sub = ""
        if subs:
            cls += " menu-item-has-children"
            sub = '<ul class="sub-menu">' + "".join(
                f'<li class="menu-item hfe-creative-menu"><a href="{h}" class="hfe-sub-menu-item">{esc(t)}</a></li>'
                for t, h in subs
            ) + "</ul>"
        items.append(f'<li id="menu-item-{210 + n}" class="{cls}"><a href="{href}" class="hfe-menu-item">'
                     f"{esc(label)}</a>{sub}</li>")
    return ('<nav class="hfe-nav-menu__layout-horizontal hfe-nav-menu__submenu-arrow" data-toggle-icon="" '
            'aria-label="Menu"><ul id="menu-1-7c2b9e1" class="hfe-nav-menu">' + "".join(items) + "</ul></nav>")


def header() -> str:
    return f"""<header id="masthead" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<p class="main-title bhf-hidden" itemprop="headline"><a href="/" title="{SITE}" rel="home">{SITE}</a></p>
<div data-elementor-type="wp-post" data-elementor-id="1187" class="elementor elementor-1187">
<section class="elementor-section elementor-top-section elementor-element elementor-element-5c1d0a2 elementor-section-boxed" data-id="5c1d0a2" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-50 elementor-element elementor-element-1b7f"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-element-9e2a elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><i class="far fa-calendar-alt"></i> {HEADER_DATE}</div></div>
</div></div>
<div class="elementor-column elementor-col-50 elementor-element elementor-element-7a3c"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">Hotline: 0256 3822 415 | thcsnguyenhue.qn@binhdinh.edu.vn</div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-2f9b81e">
<div class="elementor-container">
<div class="elementor-column elementor-col-20"><div class="elementor-widget-wrap"><div class="elementor-element elementor-widget elementor-widget-site-logo"><div class="hfe-site-logo"><a data-elementor-open-lightbox="" class="elementor-clickable" href="/"><img width="120" height="120" src="/wp-content/uploads/2026/08/logo-nguyen-hue.png" class="hfe-site-logo-img elementor-animation-" alt="Logo"></a></div></div></div></div>
<div class="elementor-column elementor-col-80"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-element-c41d elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><p class="elementor-heading-title elementor-size-small">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ QUY NHƠN</p></div></div>
<div class="elementor-element elementor-element-e03f elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">TRƯỜNG THCS NGUYỄN HUỆ</h1></div></div>
</div></div></div></section>
<section class="elementor-section elementor-element elementor-element-8d0c3aa hfe-sticky">
<div class="elementor-container"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-navigation-menu"><div class="elementor-widget-container"><div class="hfe-nav-menu hfe-layout-horizontal hfe-nav-menu-layout horizontal hfe-pointer__underline">
<div class="hfe-nav-menu__toggle elementor-clickable"><div class="hfe-nav-menu-icon"><i aria-hidden="true" tabindex="0" class="fas fa-align-justify"></i></div></div>
{_menu()}
</div></div></div>
<div class="elementor-element elementor-widget elementor-widget-hfe-search-button"><div class="elementor-widget-container">
<form class="hfe-search-button-wrapper" role="search" action="/" method="get"><div class="hfe-search-form__container" role="tablist"><input placeholder="Tìm kiếm..." class="hfe-search-form__input" type="search" name="s" title="Search" value=""><button id="clear" type="reset"><i class="fas fa-times clearable"></i></button></div></form>
</div></div>
</div></div></section>
</div>
</header>"""


def _most_viewed() -> str:
    ranked = sorted([S1, S6, S13, S5, S9], key=lambda s: s.views(), reverse=True)
    items = "".join(
        f'<li><a class="post-title" href="{post_path(s)}">{esc(s.title)}</a> <span class="count">'
        f"({s.views():,})</span></li>".replace(",", ".")
        for s in ranked
    )
    return (f'<aside id="post_views_counter_list_widget-2" class="widget widget_post_views_counter_list_widget">'
            f'<h3 class="widget-title">Xem nhiều nhất</h3><ul>{items}</ul></aside>')


def sidebar() -> str:
    return f"""<div id="secondary" class="widget-area col-md-3" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s"></label>
<input type="submit" class="search-submit" value="Tìm kiếm"></form></aside>
{_most_viewed()}
<aside id="media_image-3" class="widget widget_media_image"><h3 class="widget-title">Cổng thông tin</h3>
<a href="https://binhdinh.edu.vn/"><img width="300" height="90" src="/wp-content/uploads/2026/08/banner-sgddt-binh-dinh.jpg" class="image wp-image-88 attachment-full size-full" alt="Sở GD&amp;ĐT Bình Định"></a>
<a href="https://moet.gov.vn/"><img width="300" height="90" src="/wp-content/uploads/2026/08/banner-bo-gddt.jpg" class="image wp-image-89" alt="Bộ GD&amp;ĐT"></a></aside>
<aside id="text-5" class="widget widget_text"><h3 class="widget-title">Bình chọn</h3><div class="textwidget">
<div id="polls-3" class="wp-polls"><p style="text-align: center;"><strong>Bạn đánh giá thế nào về website nhà trường?</strong></p>
<div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul"><li><input type="radio" id="poll-answer-7" name="poll_3" value="7"> <label for="poll-answer-7">Rất hữu ích</label></li>
<li><input type="radio" id="poll-answer-8" name="poll_3" value="8"> <label for="poll-answer-8">Bình thường</label></li></ul>
<p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);"></p></div></div></div></aside>
<aside id="counter-2" class="widget widget_wpstatistics"><h3 class="widget-title">Thống kê truy cập</h3>
<ul class="wps-summary"><li><label>Đang online:</label> 17</li><li><label>Hôm nay:</label> 412</li><li><label>Hôm qua:</label> 538</li><li><label>Tổng truy cập:</label> 1.284.905</li></ul></aside>
</div>"""


def footer() -> str:
    latest = "".join(f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in STORIES[:3])
    return f"""<footer itemtype="https://schema.org/WPFooter" itemscope="itemscope" id="colophon" role="contentinfo">
<div class="footer-width-fixer"><div data-elementor-type="wp-post" data-elementor-id="1190" class="elementor elementor-1190">
<section class="elementor-section elementor-top-section elementor-element elementor-element-40b6f1e">
<div class="elementor-container">
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget-container">
<h4 class="elementor-heading-title">TRƯỜNG THCS NGUYỄN HUỆ</h4>
<p>Địa chỉ: 24 Nguyễn Huệ, phường Trần Phú, thành phố Quy Nhơn, tỉnh Bình Định<br>Điện thoại: 0256 3822 415<br>Email: thcsnguyenhue.qn@binhdinh.edu.vn</p></div></div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget-container">
<h4 class="elementor-heading-title">Bài viết mới</h4><ul class="hfe-recent-posts">{latest}</ul></div></div></div>
<div class="elementor-column elementor-col-33"><div class="elementor-widget-wrap"><div class="elementor-widget-container">
<h4 class="elementor-heading-title">Kết nối</h4><a href="https://www.facebook.com/thcsnguyenhue.quynhon"><img src="/wp-content/uploads/2026/08/facebook-icon.png" alt="Facebook"></a>
<a href="https://www.youtube.com/@thcsnguyenhuequynhon"><img src="/wp-content/uploads/2026/08/youtube-icon.png" alt="YouTube"></a></div></div></div>
</div></section>
<section class="elementor-section elementor-element elementor-element-0de2"><div class="elementor-container"><div class="hfe-copyright-wrapper"><span>Copyright © 2026 {SITE}. Thiết kế bởi Sydney | Powered by WordPress</span></div></div></section>
</div></div></footer>"""


def page(title_tag: str, body_class: str, main: str, request: Request, *, head_extra: str = "",
         canonical: str | None = None, sidebar_on: bool = True) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    side = sidebar() if sidebar_on else ""
    col = "col-md-9" if sidebar_on else "fullwidth"
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title_tag)}</title>
<!-- This site is optimized with the Yoast SEO plugin v21.5 - https://yoast.com/wordpress/plugins/seo/ -->
{canon}
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{SITE}" />
{head_extra}
<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{SITE} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel='stylesheet' id='sydney-bootstrap-css' href='/wp-content/themes/sydney/css/bootstrap/bootstrap.min.css?ver=1' type='text/css' media='all' />
<link rel='stylesheet' id='sydney-style-css' href='/wp-content/themes/sydney/style.css?ver=20230821' type='text/css' media='all' />
<link rel='stylesheet' id='hfe-style-css' href='/wp-content/plugins/header-footer-elementor/assets/css/header-footer-elementor.css?ver=1.6.17' type='text/css' media='all' />
<link rel='stylesheet' id='elementor-post-1187-css' href='/wp-content/uploads/elementor/css/post-1187.css?ver=1701234567' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.4.2" />
</head>
<body class="{body_class} ehf-header ehf-footer ehf-template-sydney ehf-stylesheet-sydney group-blog elementor-default elementor-kit-6 menu-inline">
<div class="preloader"><div class="spinner"><div class="pre-bounce1"></div><div class="pre-bounce2"></div></div></div>
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
{header()}
<div class="sydney-hero-area"><div class="header-image"><div class="overlay"></div></div></div>
<div id="content" class="page-wrap"><div class="content-wrapper container"><div class="row">
<div id="primary" class="content-area {col}">
<main id="main" class="post-wrap" role="main">
{main}
</main></div>
{side}
</div></div></div>
<a class="go-top"><i class="sydney-svg-icon">&#8593;</i></a>
{footer()}
</div>
<script type='text/javascript' src='/wp-content/themes/sydney/js/functions.min.js?ver=20230821' id='sydney-functions-js'></script>
<script type='text/javascript' src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.18.0' id='elementor-frontend-js'></script>
</body></html>"""
    return html(doc, headers={"Link": f"<{base}/wp-json/>; rel=\"https://api.w.org/\""})


def breadcrumbs(trail: list[tuple[str, str | None]]) -> str:
    parts = ['<span><a href="/">Trang chủ</a></span>']
    for label, href in trail:
        if href:
            parts.append(f'<span><a href="{href}">{esc(label)}</a></span>')
        else:
            parts.append(f'<span class="breadcrumb_last" aria-current="page">{esc(label)}</span>')
    return '<div class="sydney-breadcrumbs"><span><span>' + " » ".join(parts) + "</span></span></div>"


# --- article text ----------------------------------------------------------------------------

WORD_SPAN = 'lang="VI" style="font-size: 14.0pt; line-height: 115%; font-family: \'Times New Roman\',serif;"'


def _split_mid_word(value: str) -> tuple[str, str]:
    """Cut the text two letters into a word near its middle, as Word's spans do."""
    mid = len(value) // 2
    space = value.find(" ", mid)
    if space == -1 or space + 3 >= len(value):
        return value, ""
    cut = space + 3
    if not value[space + 1:cut].isalpha():
        return value, ""
    return value[:cut], value[cut:]


def word_text(value: str) -> str:
    first, rest = _split_mid_word(value)
    out = f"<span {WORD_SPAN}>{esc(first)}</span>"
    if rest:
        out += f'<span lang="VI" style="font-size: 14.0pt; line-height: 115%; mso-ansi-language: VI;">{esc(rest)}</span>'
    return out


def render_img(story: Story, img: Img, n: int) -> str:
    stem = img.src.rsplit("/", 1)[1].removesuffix("-1024x683.jpg")
    full = img.src.replace("-1024x683", "")
    att = story.opts.get("attach", {}).get(stem)
    wp_id = story.id + 1 + n
    tag = (f'<img decoding="async" loading="lazy" class="aligncenter size-large wp-image-{wp_id}" '
           f'src="{img.src}" alt="" width="1024" height="683" '
           f'srcset="{img.src} 1024w, {full.replace(".jpg", "-300x200.jpg")} 300w, '
           f'{full.replace(".jpg", "-768x512.jpg")} 768w, {full} 1280w" '
           'sizes="(max-width: 1024px) 100vw, 1024px" />')
    if att:
        tag = f'<a href="{post_path(story)}/attachment/{att}/" rel="attachment wp-att-{wp_id}">{tag}</a>'
    if img.style == "wpcap":
        return (f'<figure id="attachment_{wp_id}" aria-describedby="caption-attachment-{wp_id}" '
                f'style="width: 1024px" class="wp-caption aligncenter">{tag}'
                f'<figcaption id="caption-attachment-{wp_id}" class="wp-caption-text">{esc(img.printed)}'
                "</figcaption></figure>")
    out = f'<p class="MsoNormal" align="center" style="text-align: center;">{tag}</p>'
    if img.printed:
        out += (f'<p class="MsoCaption" align="center" style="text-align: center;"><i>'
                f'<span lang="VI" style="font-size: 12.0pt;">{esc(img.printed)}</span></i></p>')
    return out


def render_blocks(story: Story, blocks: list) -> str:
    out: list[str] = []
    rows: list[str] = []
    n_img = 0

    def flush_rows() -> None:
        if rows:
            body = "".join(
                "<tr>" + "".join(
                    f'<td width="160" valign="top" style="border: solid windowtext 1.0pt; padding: 0cm 5.4pt;">'
                    f'<p class="MsoNormal" align="center" style="text-align:center">'
                    f"{'<b>' if i == 0 else ''}<span lang=\"VI\">{esc(c)}</span>{'</b>' if i == 0 else ''}"
                    "</p></td>"
                    for c in row.split(" | ")
                ) + "</tr>"
                for i, row in enumerate(rows)
            )
            out.append(f'<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                       f'style="border-collapse: collapse; border: none;"><tbody>{body}</tbody></table>')
            rows.clear()

    for i, b in enumerate(blocks):
        if isinstance(b, P) and b.style == "row":
            rows.append(b.text)
            continue
        flush_rows()
        if isinstance(b, Img):
            out.append(render_img(story, b, n_img))
            n_img += 1
        elif isinstance(b, Raw):
            out.append(b.html)
        elif b.style == "br":
            prev = out.pop()
            head, tail = prev.rsplit("</p>", 1)
            out.append(f"{head}<br />\n{word_text(b.text)}</p>{tail}")
        elif b.style in ("lead", "h"):
            align = ' align="center" style="text-align: center;"' if b.style == "h" else ' style="text-align: justify;"'
            out.append(f'<p class="MsoNormal"{align}><b><span {WORD_SPAN}>{esc(b.text)}</span></b></p>')
        elif b.style == "li":
            first = i == 0 or not (isinstance(blocks[i - 1], P) and blocks[i - 1].style == "li")
            cls = "MsoListParagraphCxSpFirst" if first else "MsoListParagraphCxSpMiddle"
            out.append(f'<p class="{cls}" style="margin-left: 36.0pt; text-indent: -18.0pt; mso-list: l0 level1 lfo1;">'
                       '<!--[if !supportLists]--><span lang="VI" style="font-family: Symbol;">'
                       '<span style="mso-list: Ignore;">·<span style="font: 7.0pt \'Times New Roman\';">'
                       "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
                       f"<span {WORD_SPAN}>{esc(b.text)}</span></p>")
        elif b.style == "plain":
            out.append(f"<p>{esc(b.text)}</p>")
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{esc(b.text)}</em></p></blockquote>")
        else:
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            joined = isinstance(nxt, P) and nxt.style == "br"
            spacer = '<p class="MsoNormal">&nbsp;</p>' if i % 3 == 2 and not joined else ""
            out.append(f'<p class="MsoNormal" style="margin-bottom: 6.0pt; text-align: justify; '
                       f'text-indent: 36.0pt; line-height: 115%;">{word_text(b.text)}<o:p></o:p></p>{spacer}')
    flush_rows()
    return "\n".join(out)


def split_pages(story: Story) -> list[list]:
    for i, b in enumerate(story.blocks):
        if isinstance(b, P) and b.style == "pagebreak":
            first = [*story.blocks[:i], P(b.text)]
            return [first, story.blocks[i + 1:]]
    return [story.blocks]


def share_and_views(story: Story, request: Request) -> str:
    url = base_url(request) + post_path(story)
    views = f"{story.views():,}".replace(",", ".")
    return (f'<div class="ssba-classic-2 ssba ssbp-wrap alignleft ssbp--theme-1"><div style="text-align:left">'
            f'<span class="ssba-share-text">Chia sẻ bài viết:</span><br/>'
            f'<a data-site="facebook" class="ssba_facebook_share ssba_share_link" href="https://www.facebook.com/sharer.php?u={url}" target="_blank" rel="nofollow">'
            f'<img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/facebook.png" style="width: 35px;" title="Facebook" class="ssba ssba-img" alt="Share on Facebook" /></a>'
            f'<a data-site="print" class="ssba_print ssba_share_link" href="#" onclick="window.print()">'
            f'<img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/print.png" style="width: 35px;" title="Print" class="ssba ssba-img" alt="In bài viết" /></a>'
            f"</div></div>"
            f'<div class="post-views content-post post-{story.id} entry-meta load-static">'
            f'<span class="post-views-icon dashicons dashicons-chart-bar"></span> '
            f'<span class="post-views-label">Lượt xem:</span> '
            f'<span class="post-views-count">{views}</span></div>')


def meta_post(story: Story, *, categories: bool = True) -> str:
    pd = post_date(story)
    upd = story.opts.get("updated", pd)
    shown_upd = (f' <span class="updated-on">(Cập nhật: {_dt(upd).strftime("%d/%m/%Y")})</span>'
                 if story.opts.get("show_updated") else "")
    cats = ""
    if categories:
        links = ", ".join(f'<a href="/chuyen-muc/{c}/" rel="category tag">{esc(CATS[c])}</a>'
                          for c in sorted(cats_of(story)))
        cats = f'<span class="cat-links"> trong {links}</span>'
    return (f'<div class="meta-post"><span class="posted-on">Đăng ngày <a href="{post_path(story)}" rel="bookmark">'
            f'<time class="entry-date published" datetime="{pd}">{words_date(pd)}</time>'
            f'<time class="updated" datetime="{upd}">{words_date(upd)}</time></a></span>{shown_upd}'
            f'<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/tac-gia/{ACCOUNT}/">'
            f"{ACCOUNT}</a></span></span>{cats}</div>")


def related(story: Story) -> str:
    others = [s for s in in_cat(story.cat) if s is not story and s is not DOC][:3]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="date">({_dt(post_date(s)).strftime("%d/%m/%Y")})</span></li>'
        for s in others
    )
    return f'<div class="sydney-related-posts"><h3 class="related-title">Tin liên quan</h3><ul>{items}</ul></div>'


def comments(story: Story) -> str:
    cs = story.opts.get("comments")
    if not cs:
        return ""
    items = "".join(
        f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(who)}</b> <span class="says">viết:</span></div>'
        f'<div class="comment-metadata"><a href="{post_path(story)}#comment-{cid}"><time datetime="{when}">'
        f'{_dt(when).strftime("%d/%m/%Y")} lúc {_dt(when).strftime("%H:%M")}</time></a></div></footer>'
        f'<div class="comment-content"><p>{esc(what)}</p></div>'
        f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{post_path(story)}?replytocom={cid}#respond" '
        f'data-commentid="{cid}" data-postid="{story.id}" aria-label="Trả lời {esc(who)}">Trả lời</a></div></article></li>'
        for cid, who, when, what in cs
    )
    return (f'<div id="comments" class="comments-area"><h2 class="comments-title">{len(cs)} bình luận về &ldquo;'
            f'{esc(story.title)}&rdquo;</h2><ol class="comment-list">{items}</ol>'
            '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3>'
            '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>'
            '<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment"></textarea></p>'
            f'<input type="hidden" name="comment_post_ID" value="{story.id}" id="comment_post_ID" />'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p>'
            "</form></div></div>")


def single(story: Story, request: Request, page_no: int = 1) -> Response:
    pages = split_pages(story) if story is not DOC else [[]]
    if page_no > len(pages):
        return None
    path = post_path(story)
    primary = story.cat
    thumb = ""
    if story.opts.get("thumb") and page_no == 1:
        stem = story.opts["thumb"]
        month = next(i.src.split("/")[4] for i in story.images if stem in i.src)
        thumb = (f'<div class="entry-thumb"><img width="830" height="554" src="{UP}/{month}/{stem}-830x554.jpg" '
                 f'class="attachment-large-thumb size-large-thumb wp-post-image" alt="" decoding="async" /></div>')
    if story is DOC:
        content = (f'<p>Kế hoạch số 112/KH-THCSNH ngày 24/11/2026 của Hiệu trưởng Trường THCS Nguyễn Huệ '
                   f'về kiểm tra, đánh giá cuối học kỳ I.</p>'
                   f'<a href="{DOC_PDF}" class="pdfemb-viewer" style="" data-width="max" data-height="max" '
                   f'data-toolbar="bottom" data-toolbar-fixed="off">KH-112-kiem-tra-cuoi-HKI<br/></a>'
                   f'<p class="wp-block-file"><a href="{DOC_PDF}">Tải về</a></p>')
    else:
        content = render_blocks(story, pages[page_no - 1])
    links = ""
    if len(pages) > 1:
        nums = []
        for n in range(1, len(pages) + 1):
            target = path if n == 1 else f"{path}/{n}/"
            nums.append(f'<span class="post-page-numbers current" aria-current="page">{n}</span>' if n == page_no
                        else f'<a href="{target}" class="post-page-numbers">{n}</a>')
        links = f'<div class="page-links">Trang: {" ".join(nums)}</div>'
    classes = " ".join(f"category-{c}" for c in sorted(cats_of(story)))
    pd = post_date(story)
    upd = story.opts.get("updated", pd)
    title_tag = story.title + (f" – Trang {page_no}" if page_no > 1 else "") + f" – {SITE}"
    canonical = path if page_no == 1 else f"{path}/{page_no}/"
    head_extra = (f'<meta property="og:type" content="article" />\n'
                  f'<meta property="og:title" content="{esc(story.title)} – {SITE}" />\n'
                  f'<meta property="og:url" content="{base_url(request)}{canonical}" />\n'
                  f'<meta property="article:published_time" content="{utc(pd)}" />\n'
                  f'<meta property="article:modified_time" content="{utc(upd)}" />\n'
                  f'<meta name="author" content="{ACCOUNT}" />\n'
                  f'<link rel="shortlink" href="{base_url(request)}/?p={story.id}" />')
    main = f"""{breadcrumbs([(CATS[primary], f"/chuyen-muc/{primary}/"), (story.title, None)])}
<article id="post-{story.id}" class="post-{story.id} post type-post status-publish format-standard has-post-thumbnail hentry {classes}">
{thumb}
<header class="entry-header">
<h1 class="title-post entry-title">{esc(story.title)}</h1>
{meta_post(story)}
</header>
<div class="entry-content">
{content}
{links}
{share_and_views(story, request)}
</div>
<footer class="entry-footer">
</footer>
</article>
{related(story)}
{comments(story)}"""
    return page(title_tag, f"post-template-default single single-post postid-{story.id} single-format-standard",
                main, request, head_extra=head_extra, canonical=canonical)


def attachment_page(path: str, request: Request) -> Response:
    story, stem, name = ATTACHMENTS[path]
    img = next(i for i in story.images if stem in i.src)
    full = img.src.replace("-1024x683", "")
    att_id = story.opts.get("att_id", story.id + 1)
    main = f"""<article id="post-{att_id}" class="post-{att_id} attachment type-attachment status-inherit hentry">
<header class="entry-header">
<h1 class="title-post entry-title">{esc(name)}</h1>
<div class="meta-post"><span class="posted-on">Đăng ngày <a href="{path}" rel="bookmark"><time class="entry-date published" datetime="{post_date(story)}">{words_date(post_date(story))}</time></a></span><span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/tac-gia/{ACCOUNT}/">{ACCOUNT}</a></span></span></div>
</header>
<div class="entry-content">
<p class="attachment"><a href="{full}"><img width="830" height="554" src="{full.replace('.jpg', '-830x554.jpg')}" class="attachment-medium size-medium" alt="" /></a></p>
</div>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="{post_path(story)}" rel="prev"><span class="meta-nav">Đăng trong</span> {esc(story.title)}</a></div></div></nav>
</article>"""
    return page(f"{name} – {SITE}", f"attachment attachment-template-default single single-attachment postid-{att_id}",
                main, request, canonical=path)


# --- listings --------------------------------------------------------------------------------


def excerpt(story: Story) -> str:
    if story is DOC:
        return "Kế hoạch số 112/KH-THCSNH ngày 24/11/2026 của Hiệu trưởng Trường THCS Nguyễn Huệ về kiểm […]"
    first = next((b.text for b in story.blocks if isinstance(b, P)), "")
    words = first.split()
    return " ".join(words[:25]) + " […]" if len(words) > 25 else first


def thumb_link(story: Story, size: str = "300x200") -> str:
    if not story.opts.get("thumb"):
        return ""
    stem = story.opts["thumb"]
    month = next(i.src.split("/")[4] for i in story.images if stem in i.src)
    return (f'<div class="entry-thumb"><a href="{post_path(story)}" title="{esc(story.title)}">'
            f'<img width="300" height="200" src="{UP}/{month}/{stem}-{size}.jpg" '
            'class="attachment-sydney-small-thumb size-sydney-small-thumb wp-post-image" alt="" /></a></div>')


def list_item(story: Story) -> str:
    thumb = thumb_link(story)
    return f"""<article id="post-{story.id}" class="post-{story.id} post type-post status-publish hentry">
{thumb}
<header class="entry-header"><h2 class="title-post entry-title"><a href="{post_path(story)}" rel="bookmark">{esc(story.title)}</a></h2>
{meta_post(story, categories=False)}</header>
<div class="entry-post"><p>{esc(excerpt(story))}</p></div>
<a class="read-more" href="{post_path(story)}" title="{esc(story.title)}">Đọc thêm</a>
</article>"""


def paginate(base: str, page_no: int, total: int) -> str:
    if total <= 1:
        return ""

    def url(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"

    parts = []
    if page_no > 1:
        parts.append(f'<a class="prev page-numbers" href="{url(page_no - 1)}">&laquo; Trang trước</a>')
    for n in range(1, total + 1):
        parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == page_no
                     else f'<a class="page-numbers" href="{url(n)}">{n}</a>')
    if page_no < total:
        parts.append(f'<a class="next page-numbers" href="{url(page_no + 1)}">Trang sau &raquo;</a>')
    return ('<nav class="navigation pagination" aria-label="Phân trang bài viết"><h2 class="screen-reader-text">'
            f'Phân trang bài viết</h2><div class="nav-links">{"".join(parts)}</div></nav>')


def listing(request: Request, base: str, heading: str, posts: list[Story], page_no: int,
            body_class: str, trail: list) -> Response | None:
    total = max(1, -(-len(posts) // PER_PAGE))
    if page_no > total:
        return None
    chunk = posts[(page_no - 1) * PER_PAGE: page_no * PER_PAGE]
    items = "\n".join(list_item(s) for s in chunk)
    main = (f'{breadcrumbs(trail)}<header class="page-header"><h3 class="archive-title">{esc(heading)}</h3></header>'
            f'<div class="posts-layout"><div class="row">{items}</div></div>{paginate(base, page_no, total)}')
    canon = base if page_no == 1 else f"{base}page/{page_no}/"
    title = heading + (f" – Trang {page_no} trên {total}" if page_no > 1 else "") + f" – {SITE}"
    return page(title, body_class, main, request, canonical=canon)


def search(request: Request) -> Response:
    q = request.params.get("s", "")
    hits = [s for s in ALL_POSTS if q and q.lower() in s.title.lower()][:PER_PAGE]
    items = "\n".join(list_item(s) for s in hits) or (
        '<section class="no-results not-found"><p>Xin lỗi, không có kết quả nào phù hợp với từ khóa của bạn.</p></section>')
    main = (f'<header class="page-header"><h3 class="archive-title">Kết quả tìm kiếm cho: <span>{esc(q)}</span></h3></header>'
            f'<div class="posts-layout">{items}</div>')
    return page(f"Bạn đã tìm kiếm {q} – {SITE}", "search search-results", main, request)


def home(request: Request) -> Response:
    def block(title: str, cat: str, n: int) -> str:
        posts = [s for s in in_cat(cat) if s.cat == cat or cat == "tin-tuc-su-kien"][:n]
        cells = "".join(f"""<div class="blog-post col-md-4">{thumb_link(s, "370x247")}
<h4 class="entry-title"><a href="{post_path(s)}">{esc(s.title)}</a></h4>
<div class="entry-meta"><span class="posted-on">{_dt(post_date(s)).strftime('%d/%m/%Y')}</span></div>
<div class="entry-summary">{esc(excerpt(s))}</div></div>""" for s in posts)
        return (f'<div class="elementor-element elementor-widget elementor-widget-athemes-posts"><div class="elementor-widget-container">'
                f'<h2 class="elementor-heading-title">{esc(title)}</h2><div class="roll-blog row">{cells}</div>'
                f'<a class="roll-button" href="/chuyen-muc/{cat}/">Xem tất cả</a></div></div>')

    main = f"""<div data-elementor-type="wp-page" data-elementor-id="2" class="elementor elementor-2">
<section class="elementor-section elementor-top-section elementor-element elementor-element-1a2b3c4"><div class="elementor-container"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-image-carousel"><div class="swiper-wrapper">
<div class="swiper-slide"><figure class="swiper-slide-inner"><img class="swiper-slide-image" src="/wp-content/uploads/2026/08/slide-truong-1.jpg" alt="Cổng trường" /></figure></div>
<div class="swiper-slide"><figure class="swiper-slide-inner"><img class="swiper-slide-image" src="/wp-content/uploads/2026/08/slide-truong-2.jpg" alt="Sân trường" /></figure></div></div></div>
{block("TIN TỨC - SỰ KIỆN", "tin-tuc-su-kien", 3)}
{block("THÔNG BÁO", "thong-bao", 2)}
{block("ĐOÀN - ĐỘI", "doan-doi", 2)}
</div></div></section></div>"""
    return page(f"{SITE} – Trường THCS Nguyễn Huệ, thành phố Quy Nhơn", "home page-template page-template-elementor_header_footer page page-id-2",
                main, request, canonical="/", head_extra='<meta property="og:type" content="website" />')


# --- pages -----------------------------------------------------------------------------------

PAGES = {
    "gioi-thieu": ("Giới thiệu", """<p>Trường THCS Nguyễn Huệ được thành lập năm 1976, tọa lạc tại số 24 Nguyễn Huệ, phường Trần Phú, thành phố Quy Nhơn.</p>
<p>Năm học 2026 - 2027, nhà trường có 28 lớp với 1.126 học sinh, 64 cán bộ, giáo viên, nhân viên.</p>
<p>Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3 năm 2024.</p>"""),
    "doi-ngu-giao-vien": ("Đội ngũ giáo viên", """<table class="tablepress"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th></tr></thead>
<tbody><tr><td>1</td><td>Nguyễn Thị Lan</td><td>Hiệu trưởng</td></tr><tr><td>2</td><td>Trương Quốc Bảo</td><td>Phó Hiệu trưởng</td></tr>
<tr><td>3</td><td>Lê Thị Hồng Nhung</td><td>Tổng phụ trách Đội</td></tr></tbody></table>"""),
    "lien-he": ("Liên hệ", """<p><strong>TRƯỜNG THCS NGUYỄN HUỆ</strong></p><p>Địa chỉ: 24 Nguyễn Huệ, phường Trần Phú, thành phố Quy Nhơn, tỉnh Bình Định</p>
<p>Điện thoại: 0256 3822 415 – Email: thcsnguyenhue.qn@binhdinh.edu.vn</p>
<div class="wpcf7 no-js" id="wpcf7-f55-p12-o1" lang="vi" dir="ltr"><p>Vui lòng gọi điện hoặc gửi thư điện tử cho văn phòng nhà trường.</p></div>"""),
    "thu-vien-anh": ("Thư viện ảnh", "<div id='gallery-1' class='gallery galleryid-90 gallery-columns-3 gallery-size-thumbnail'>" + "".join(
        f"<figure class='gallery-item'><div class='gallery-icon landscape'><a href='{UP}/09/khai-giang-{n}.jpg'>"
        f"<img width='150' height='150' src='{UP}/09/khai-giang-{n}-150x150.jpg' class='attachment-thumbnail size-thumbnail' alt='' /></a></div>"
        f"<figcaption class='wp-caption-text gallery-caption'>Lễ khai giảng năm học 2026 - 2027 ({n})</figcaption></figure>"
        for n in range(1, 5)) + "</div>"),
}


def static_page(slug: str, request: Request) -> Response:
    title, body = PAGES[slug]
    main = f"""{breadcrumbs([(title, None)])}<article id="post-{len(slug) + 10}" class="page type-page status-publish hentry">
<header class="entry-header"><h1 class="title-post entry-title">{esc(title)}</h1></header>
<div class="entry-content">{body}</div></article>"""
    return page(f"{title} – {SITE}", f"page-template-default page page-id-{len(slug) + 10}", main, request,
                canonical=f"/{slug}/")


# --- routing ---------------------------------------------------------------------------------

_POST = re.compile(r"^/tin-tuc/([a-z0-9-]+)\.html(?:/(\d+))?/?$")
_CAT = re.compile(r"^/chuyen-muc/([a-z0-9-]+)/(?:page/(\d+)/)?$")
_AUTHOR = re.compile(r"^/tac-gia/([a-z0-9]+)/(?:page/(\d+)/)?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path == DOC_PDF:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            params = request.params
            if "p" in params:
                story = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
                return redirect(post_path(story), 301) if story else None
            if "s" in params:
                return search(request)
            return home(request)
        if path in ATTACHMENTS:
            return attachment_page(path, request)
        if m := _POST.match(path):
            story = BY_SLUG.get(m.group(1))
            if story is None:
                return None
            n = int(m.group(2) or 1)
            if m.group(2) == "1":
                return redirect(post_path(story), 301)
            return single(story, request, n)
        if m := _CAT.match(path):
            slug, n = m.group(1), m.group(2)
            if slug not in CATS:
                return None
            if n == "1":
                return redirect(f"/chuyen-muc/{slug}/", 301)
            return listing(request, f"/chuyen-muc/{slug}/", f"Chuyên mục: {CATS[slug]}", in_cat(slug),
                           int(n or 1), f"archive category category-{slug} category-{CAT_IDS[slug]}",
                           [(CATS[slug], None)])
        if m := _AUTHOR.match(path):
            if m.group(1) != ACCOUNT:
                return None
            n = m.group(2)
            if n == "1":
                return redirect(f"/tac-gia/{ACCOUNT}/", 301)
            return listing(request, f"/tac-gia/{ACCOUNT}/", f"Tác giả: {ACCOUNT}", ALL_POSTS, int(n or 1),
                           f"archive author author-{ACCOUNT} author-1", [(f"Bài viết của {ACCOUNT}", None)])
        slug = path.strip("/")
        if path == f"/{slug}/" and slug in PAGES:
            return static_page(slug, request)
        return None


def build_site() -> Site:
    return Site()


def _gold(story: Story, alt: list[str] | None = None) -> dict:
    return gold_record(story, post_path(story), CATS[story.cat], alt_paths=alt or [])


GOLD = [
    _gold(S13),
    _gold(S5),
    _gold(S6),
    _gold(S1),
    _gold(S3, [f"{post_path(S3)}/2/"]),
    _gold(S2),
    _gold(S4),
    _gold(S8),
    _gold(S10),
    _gold(S7, [f"{post_path(S7)}?replytocom=45", f"{post_path(S7)}?replytocom=46"]),
    _gold(S11),
    _gold(S12),
    _gold(S9),
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/doi-ngu-giao-vien/",
    "/lien-he/",
    "/thu-vien-anh/",
    post_path(DOC),
    f"{post_path(S1)}/attachment/img_2031/",
]

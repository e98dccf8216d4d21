"""Phòng GD&ĐT huyện Yên Thế (Bắc Giang) on Subrion CMS 4.2, Blog package, "kickstart" template.

Platform
    Subrion CMS 4.2 (PHP, Smarty). The news section is the Blog package renamed "Tin tức - Sự
    kiện" in the menu; the office has no blog categories (Subrion's blog has only tags), so every
    post sits under that one page. Static pages are Subrion "pages", profiles are the Members
    package. The kickstart template was customised by a local vendor (Vietnamese ids such as
    ``khoi_tinmoi_12``, a marquee notice, a visitor counter, a poll).

URL scheme
    ``/``                                  home: carousel of the 3 newest posts, "Tin mới" (5)
    ``/blog/`` and ``/blog/?page=N``       the blog list, 5 posts a page, 3 pages; the pager
                                           prints query-only links (``href="?page=3"``)
    ``/blog/<id>-<alias>.html``            a post (Subrion routes on the id; the alias is ignored)
    ``/blog/<id>-<alias>``                 the same post: the tag template links without ".html"
    ``/blog/tag/<tag>/``                   posts of a tag (6 tags)
    ``/blog/date/2026/<MM>/``              monthly archive (10, 11, 12), from the "Lưu trữ" block
    ``/blog/rss.xml``                      RSS of the 10 newest posts only
    ``/<slug>.html``                       static pages (intro, organisation, contact, photo album,
                                           citizen-reception schedule)
    ``/members/info/<user>.html``          the two CMS accounts that post
    ``/search/?q=``                        the header's search form
    ``/uploads/...``, ``/templates/...``   images, styles, scripts (placeholder bytes)

Page templates
    Post: ``<div class="content__header"><h1>`` title, then ``div.ia-item.ia-item--full`` holding
    ``div.ia-item__additional`` (icons + "Sửa lần cuối", account, posting time, views),
    ``div.ia-item__image`` (the post's own picture, the "large" size), ``div.ia-item__body`` (the
    CKEditor text), ``div.ia-item__tags``, a share/print panel; then the "Bài viết khác" block and
    the comments plugin (comments, comment form). Listing items: thumbnail (or the template's
    "no-preview" placeholder), title, date in Smarty's default ``%b %e, %Y`` ("Dec  3, 2026"),
    account, 200-character excerpt of the stripped body, "Xem tiếp »".

How each gold article is reached
    Posts 58, 57, 56, 55, 53 are on the home page, on ``/blog/`` and in every post's "Bài viết
    khác" block (with 52); 50, 49, 47, 46 are on ``/blog/?page=2`` (and the November/October
    archives, tags, the most-read box or an account page for some); 44 on ``/blog/?page=3``, the
    October archive and the admin account page; 43 and 41 only on ``/blog/?page=3`` and the
    October archive (untagged, not in the RSS, never most-read).

Traps
    1. CMS account as byline: ``ia-item__additional`` prints "Đăng bởi <a …members/info/…>Văn thư
       PGD</a>" (or "Quản trị viên"), the account's display name -> never an author; the author is
       the right-aligned closing line of the text, "Tin, ảnh: X" or "Tin: X - Ảnh: Y", or a unit
       signing alone ("Tổ Chuyên môn THCS" -> author as printed), or nobody (post 50, 44).
    2. Two dates and an English one: listings print "Dec  3, 2026" (``%b %e``, double space), the
       post prints "Sửa lần cuối: 04/12/2026 08:05" BEFORE the posting time "03/12/2026 14:30";
       gold is the posting time (never the update, never the header's "Thứ Bảy, 05/12/2026",
       never a comment's time). Post 50 was imported with time "00:00" -> the day alone.
    3. The official notice (post 57, posted 02/12/2026 08:15) is printed with a letterhead table,
       "THÔNG BÁO / Về việc …", "Nơi nhận" and the signer -> date is the letterhead's day
       "2026-11-30", author the signer "Hoàng Văn Khải", body only the numbered text.
    4. Duplicate URLs: the tag pages link ``/blog/<id>-<alias>`` without ".html"; post 52's title
       (and alias) was edited after publishing and the "Bài viết khác" block of post 53 still links
       the old alias ``/blog/52-le-ky-niem-ngay-nha-giao.html``. All answer 200 with the same post
       (Subrion ignores the alias) and ``<link rel="canonical">`` names the current ".html" URL ->
       one record each, the variants in ``alt_paths``.
    5. Images: the post's own picture is printed above the text outside ``ia-item__body`` (it is
       the article's first image, caption None: its alt is the title); other posts' thumbnails,
       the carousel, the "no-preview.png" placeholder, the logo and the share icons are not.
       Captions come three ways: CKEditor image2 ``<figure><figcaption>``, a centred
       ``<p><em>(…)</em></p>`` after the picture (parentheses taken off), and a line that only
       credits "Ảnh: Lê Văn Tùng" -> caption None, Lê Văn Tùng a photographer.
    6. Text boundaries: after the text come "Xem thêm: <link>", "Tải về: <file>.pdf", the tags,
       the AddThis/print panel, the "Bài viết khác" list and the comments (named readers with
       dates and paragraphs that read like text) -> none of it is body; the listing excerpt and
       the meta description are no sapo; a bold first paragraph is (posts 58, 55, 47).
    7. Markup of the text: one post (50) was typed with CKEditor's entity option (``&agrave;``,
       ``&#7897;``); a ``<br>`` inside a paragraph splits it (47); a results table (53: cells
       joined by " | "), a list (46), headings (47) and a typed "👉 " emoji (56) are paragraphs.
    8. Chrome that looks like content: a ``<marquee>`` notice at the top of every page, the home
       carousel with excerpts, the "Đọc nhiều" most-read box, the static "Giới thiệu" page with a
       byline-like "Cập nhật" line, and the photo album page with captions -> none are articles.

Gold decisions on ambiguous points
    - Category: the breadcrumb's and menu's "Tin tức - Sự kiện" for every post (the blog has no
      categories; tags are not sections).
    - A closing "Theo Sở GD&ĐT Bắc Giang" (post 49) is the source "Sở GD&ĐT Bắc Giang".
    - The post's own picture is the article's first image, caption None; its path is the
      ``large`` size printed in the ``<img>`` (the lightbox link to ``original`` is not an image).
    - The notice's title is the post's h1 as printed, not the "THÔNG BÁO / Về việc" lines.
    - The account pages ``/members/info/…`` are not articles (listed in NON_ARTICLES).
"""

from __future__ import annotations

import html as _html
import re
from datetime import datetime

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
    static_file,
    text,
)

NAME = "subrion_pgd"
PLATFORM = "Subrion CMS 4.2 + Blog package, kickstart template (PHP)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Phòng Giáo dục và Đào tạo huyện Yên Thế"
CATEGORY = "Tin tức - Sự kiện"
PER_PAGE = 5

ACCOUNTS = {
    "vanthu-pgd": ("Văn thư PGD", "vanthu.pgd@yenthe.edu.vn"),
    "admin": ("Quản trị viên", "webmaster@yenthe.edu.vn"),
}

TAGS = {
    "chuyen-mon": "chuyên môn",
    "hoi-thi": "hội thi",
    "thong-bao": "thông báo",
    "stem": "STEM",
    "mam-non": "mầm non",
    "ngay-nha-giao": "ngày nhà giáo",
}


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def _up(name: str, size: str = "large") -> str:
    """A Subrion upload path of one size ("large", "thumbnail", "original")."""
    return f"/uploads/a3/f1/{size}/{name}.jpg"


# ----------------------------------------------------------------------------------------------
# The 13 posts (newest first by posting time)

STORIES: list[Story] = [
    Story(
        58,
        "hoi-nghi-so-ket-cong-tac-chuyen-mon-hoc-ky-i-nam-hoc-2026-2027",
        "Hội nghị sơ kết công tác chuyên môn học kỳ I năm học 2026-2027",
        CATEGORY,
        "2026-12-03T14:30:00+07:00",
        [
            Img(_up("so-ket-hk1-2026"), style="feat"),
            P(
                "Chiều ngày 03/12/2026, Phòng GD&ĐT huyện Yên Thế tổ chức Hội nghị sơ kết công tác "
                "chuyên môn học kỳ I năm học 2026-2027 với sự tham dự của hiệu trưởng, phó hiệu "
                "trưởng phụ trách chuyên môn các trường trong toàn huyện.",
                "b",
            ),
            P(
                "Trong học kỳ I, các nhà trường đã thực hiện nghiêm túc chương trình giáo dục phổ "
                "thông 2018 ở tất cả các khối lớp; việc đổi mới phương pháp dạy học, kiểm tra đánh "
                "giá theo hướng phát triển phẩm chất, năng lực học sinh có nhiều chuyển biến tích cực."
            ),
            Img(
                _up("so-ket-hk1-toan-canh"),
                printed="Đồng chí Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
                caption="Đồng chí Trưởng phòng GD&ĐT phát biểu chỉ đạo tại hội nghị",
                style="fig",
            ),
            P(
                "Hội nghị đã nghe 04 tham luận của các trường Tiểu học Cầu Gồ, THCS Bố Hạ, THCS Đồng "
                "Kỳ và Mầm non Hoa Sen về kinh nghiệm xây dựng kế hoạch bài dạy và tổ chức sinh hoạt "
                "chuyên môn theo nghiên cứu bài học."
            ),
            P(
                "Phát biểu kết luận, đồng chí Trưởng phòng đề nghị các đơn vị tiếp tục rà soát chất "
                "lượng học sinh cuối học kỳ, có giải pháp phụ đạo học sinh chưa hoàn thành và bồi "
                "dưỡng học sinh năng khiếu ngay từ đầu học kỳ II."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/blog/47-hoc-sinh-yen-the-dat-12-giai-olympic-tieng-anh'
                '-cap-tinh.html">Học sinh Yên Thế đạt 12 giải Olympic Tiếng Anh cấp tỉnh</a></em></p>'
            ),
            _right("Nguyễn Thị Thu Hà"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        summary=(
            "Chiều ngày 03/12/2026, Phòng GD&ĐT huyện Yên Thế tổ chức Hội nghị sơ kết công tác "
            "chuyên môn học kỳ I năm học 2026-2027 với sự tham dự của hiệu trưởng, phó hiệu "
            "trưởng phụ trách chuyên môn các trường trong toàn huyện."
        ),
        opts={
            "posted": "03/12/2026 14:30",
            "updated": "04/12/2026 08:05",
            "account": "vanthu-pgd",
            "tags": ["chuyen-mon"],
            "comments": [
                ("Trần Văn Hưng", "04/12/2026 07:12", "Hội nghị rất thiết thực, cảm ơn Phòng đã "
                 "chia sẻ các tham luận."),
                ("GV Tiểu học Tân Sỏi", "04/12/2026 20:41", "Mong Phòng đăng tải tài liệu tham "
                 "luận để các trường cùng học tập."),
            ],
        },
    ),
    Story(
        57,
        "thong-bao-to-chuc-hoi-thi-giao-vien-day-gioi-cap-huyen-nam-hoc-2026-2027",
        "Thông báo tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2026-2027",
        CATEGORY,
        "2026-11-30",
        [
            Raw(
                '<table style="width: 100%;" border="0" cellpadding="1"><tbody><tr>'
                '<td style="width: 42%; text-align: center;"><p>UBND HUYỆN YÊN THẾ<br>'
                "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p><p>Số: 412/TB-PGDĐT</p></td>"
                '<td style="text-align: center;"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
                "</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></p>"
                "<p><em>Yên Thế, ngày 30 tháng 11 năm 2026</em></p></td></tr></tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align: center;"><strong>Về việc tổ chức Hội thi giáo viên dạy giỏi '
                "cấp huyện năm học 2026-2027</strong></p>"
            ),
            P(
                "Thực hiện Kế hoạch số 318/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về việc tổ chức "
                "các hội thi năm học 2026-2027, Phòng GD&ĐT thông báo tổ chức Hội thi giáo viên dạy "
                "giỏi cấp huyện cấp học Tiểu học và THCS như sau:"
            ),
            P(
                "1. Thời gian: Từ ngày 14/12/2026 đến ngày 25/12/2026 (lịch thi cụ thể gửi kèm "
                "thông báo)."
            ),
            P(
                "2. Đối tượng: Giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường năm học "
                "2026-2027, có ít nhất 03 năm công tác."
            ),
            P(
                "3. Hồ sơ đăng ký: Các đơn vị nộp danh sách giáo viên dự thi và biện pháp nâng cao "
                "chất lượng giảng dạy về Phòng GD&ĐT (qua bộ phận chuyên môn) trước ngày 08/12/2026."
            ),
            P(
                "Phòng GD&ĐT đề nghị thủ trưởng các đơn vị triển khai thực hiện nghiêm túc nội dung "
                "thông báo này./."
            ),
            Raw(
                '<table style="width: 100%;" border="0"><tbody><tr><td style="width: 50%;">'
                "<p><strong><em>Nơi nhận:</em></strong><br>- Các trường TH, THCS;<br>"
                '- Lưu: VT, CM.</p></td><td style="text-align: center;"><p><strong>TRƯỞNG PHÒNG'
                "</strong></p><p><em>(Đã ký)</em></p><p><strong>Hoàng Văn Khải</strong></p></td>"
                "</tr></tbody></table>"
                '<p>Tải về: <a href="/uploads/files/412-TB-PGDDT.pdf">412-TB-PGDDT.pdf</a> '
                "(215 KB)</p>"
            ),
        ],
        authors=["Hoàng Văn Khải"],
        opts={
            "posted": "02/12/2026 08:15",
            "account": "admin",
            "tags": ["thong-bao", "hoi-thi"],
        },
    ),
    Story(
        56,
        "ngay-hoi-doc-sach-cua-hoc-sinh-truong-tieu-hoc-tan-soi",
        "Ngày hội đọc sách của học sinh Trường Tiểu học Tân Sỏi",
        CATEGORY,
        "2026-11-30T09:45:00+07:00",
        [
            Img(_up("doc-sach-tan-soi"), style="feat"),
            P(
                "Sáng 29/11, Trường Tiểu học Tân Sỏi tổ chức Ngày hội đọc sách với chủ đề \"Mỗi "
                "cuốn sách - một người bạn\" cho hơn 450 học sinh toàn trường."
            ),
            P(
                "Tại ngày hội, các lớp trưng bày góc đọc sách tự làm, giới thiệu sách qua tiểu "
                "phẩm, vẽ tranh theo nội dung truyện và thi kể chuyện theo sách."
            ),
            Img(
                _up("doc-sach-tan-soi-2"),
                printed="(Học sinh khối 3 giới thiệu sách qua tiểu phẩm)",
                caption="Học sinh khối 3 giới thiệu sách qua tiểu phẩm",
                style="em",
            ),
            P(
                "👉 Thư viện nhà trường đã tiếp nhận 312 cuốn sách do phụ huynh và học sinh quyên "
                "góp để xây dựng tủ sách dùng chung."
            ),
            P(
                "Ngày hội góp phần hình thành thói quen đọc sách, phát triển văn hóa đọc trong học "
                "sinh, đồng thời là dịp để các em giao lưu, chia sẻ những cuốn sách hay."
            ),
            _right("Trần Thị Lan - Trường TH Tân Sỏi"),
        ],
        authors=["Trần Thị Lan"],
        opts={
            "posted": "30/11/2026 09:45",
            "account": "vanthu-pgd",
            "tags": [],
            "comments": [
                ("Phụ huynh lớp 3A", "30/11/2026 21:03", "Các con rất hào hứng, cảm ơn nhà trường!"),
            ],
        },
    ),
    Story(
        55,
        "truong-thcs-bo-ha-to-chuc-chuyen-de-day-hoc-stem",
        "Trường THCS Bố Hạ tổ chức chuyên đề dạy học STEM",
        CATEGORY,
        "2026-11-28T15:20:00+07:00",
        [
            P(
                "Nhằm nâng cao năng lực tổ chức hoạt động giáo dục STEM cho giáo viên, ngày "
                "27/11/2026 Trường THCS Bố Hạ tổ chức chuyên đề cấp cụm với bài học \"Thiết kế hệ "
                "thống tưới cây tự động\".",
                "b",
            ),
            Img(_up("stem-bo-ha-1"), printed="Ảnh: Lê Văn Tùng", caption=None, style="em"),
            P(
                "Tiết dạy được thực hiện tại lớp 8A với sự tham gia của 38 học sinh. Các nhóm học "
                "sinh tìm hiểu nguyên lý cảm biến độ ẩm, lắp mạch và thử nghiệm sản phẩm ngay tại "
                "lớp."
            ),
            Img(
                _up("stem-bo-ha-2"),
                printed="Nhóm học sinh lớp 8A trình bày sản phẩm",
                caption="Nhóm học sinh lớp 8A trình bày sản phẩm",
                style="fig",
            ),
            P(
                "Các giáo viên dự chuyên đề đánh giá cao cách tổ chức bài học theo quy trình thiết "
                "kế kỹ thuật, giúp học sinh vận dụng kiến thức Vật lý, Công nghệ và Tin học để giải "
                "quyết vấn đề thực tiễn."
            ),
            Raw(
                '<p style="text-align: right;"><em><strong>Tin: Lương Thị Mai - Ảnh: Lê Văn Tùng'
                "</strong></em></p>"
            ),
        ],
        authors=["Lương Thị Mai"],
        photographers=["Lê Văn Tùng"],
        summary=(
            "Nhằm nâng cao năng lực tổ chức hoạt động giáo dục STEM cho giáo viên, ngày "
            "27/11/2026 Trường THCS Bố Hạ tổ chức chuyên đề cấp cụm với bài học \"Thiết kế hệ "
            "thống tưới cây tự động\"."
        ),
        opts={
            "posted": "28/11/2026 15:20",
            "updated": "01/12/2026 10:47",
            "account": "vanthu-pgd",
            "tags": ["stem", "chuyen-mon"],
        },
    ),
    Story(
        53,
        "ket-qua-hoi-khoe-phu-dong-cap-huyen-nam-2026",
        "Kết quả Hội khỏe Phù Đổng cấp huyện năm 2026",
        CATEGORY,
        "2026-11-25T16:05:00+07:00",
        [
            Img(_up("hkpd-2026"), style="feat"),
            P(
                "Sau 03 ngày thi đấu sôi nổi, Hội khỏe Phù Đổng huyện Yên Thế năm 2026 đã bế mạc "
                "chiều 24/11 tại Trung tâm Văn hóa - Thể thao huyện với 726 vận động viên của 42 "
                "trường tham gia."
            ),
            P("Kết quả xếp hạng toàn đoàn khối THCS như sau:"),
            P("Giải | Đơn vị | Tổng điểm", "tr"),
            P("Nhất | THCS Bố Hạ | 186", "tr"),
            P("Nhì | THCS Thị trấn Cầu Gồ | 171", "tr"),
            P("Ba | THCS Đồng Kỳ | 158", "tr"),
            P(
                "Ban tổ chức đã lựa chọn 48 vận động viên xuất sắc tham gia đội tuyển của huyện dự "
                "Hội khỏe Phù Đổng cấp tỉnh vào tháng 3/2027."
            ),
            _right("Tổ Chuyên môn THCS"),
        ],
        authors=["Tổ Chuyên môn THCS"],
        opts={
            "posted": "25/11/2026 16:05",
            "account": "vanthu-pgd",
            "tags": ["hoi-thi"],
            "related_old_alias": True,
        },
    ),
    Story(
        52,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        CATEGORY,
        "2026-11-20T10:00:00+07:00",
        [
            Img(_up("20-11-2026"), style="feat"),
            P(
                "Sáng 19/11/2026, Phòng GD&ĐT phối hợp với Công đoàn ngành Giáo dục huyện tổ chức "
                "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
            ),
            P(
                "Tại buổi lễ, 15 tập thể và 62 cá nhân có thành tích xuất sắc trong phong trào thi "
                "đua \"Dạy tốt - Học tốt\" được Chủ tịch UBND huyện tặng giấy khen."
            ),
            Img(
                _up("20-11-2026-khen-thuong"),
                printed="Trao giấy khen cho các tập thể, cá nhân tiêu biểu",
                caption="Trao giấy khen cho các tập thể, cá nhân tiêu biểu",
                style="fig",
            ),
            P(
                "Thay mặt lãnh đạo huyện, đồng chí Phó Chủ tịch UBND huyện ghi nhận những đóng góp "
                "của đội ngũ nhà giáo và mong muốn mỗi thầy cô tiếp tục là tấm gương sáng về đạo "
                "đức, tự học và sáng tạo."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Phạm Minh Đức - Ảnh: Ngô Thị Huyền'
                "</strong></p>"
            ),
        ],
        authors=["Phạm Minh Đức"],
        photographers=["Ngô Thị Huyền"],
        opts={
            "posted": "20/11/2026 10:00",
            "account": "admin",
            "tags": ["ngay-nha-giao"],
            "old_slug": "le-ky-niem-ngay-nha-giao",
        },
    ),
    Story(
        50,
        "tap-huan-su-dung-phan-mem-quan-ly-truong-hoc-cho-can-bo-van-thu",
        "Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ văn thư",
        CATEGORY,
        "2026-11-16",
        [
            P(
                "Ngày 14 và 15/11/2026, Phòng GD&ĐT tổ chức tập huấn sử dụng phần mềm quản lý "
                "trường học cho 58 cán bộ văn thư, kế toán các trường mầm non, tiểu học và THCS."
            ),
            P(
                "Học viên được hướng dẫn cập nhật hồ sơ cán bộ, quản lý văn bản đi, đến và lập báo "
                "cáo thống kê định kỳ trên hệ thống cơ sở dữ liệu ngành."
            ),
            P(
                "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thực hành và được cấp tài khoản "
                "sử dụng chính thức."
            ),
        ],
        opts={"posted": "16/11/2026 00:00", "account": "admin", "tags": [], "entities": 1},
    ),
    Story(
        49,
        "boi-duong-chuyen-de-giao-duc-ky-nang-song-cho-tre-mam-non",
        "Bồi dưỡng chuyên đề giáo dục kỹ năng sống cho trẻ mầm non",
        CATEGORY,
        "2026-11-11T14:00:00+07:00",
        [
            Img(_up("kns-mam-non"), style="feat"),
            P(
                "Từ ngày 09 đến 10/11/2026, 96 cán bộ quản lý và giáo viên mầm non của huyện Yên Thế "
                "tham gia lớp bồi dưỡng chuyên đề giáo dục kỹ năng sống cho trẻ."
            ),
            P(
                "Các báo cáo viên đã hướng dẫn thiết kế hoạt động trải nghiệm giúp trẻ biết tự phục "
                "vụ, giữ an toàn cho bản thân và ứng xử lễ phép với người lớn."
            ),
            P(
                "Theo kế hoạch, trong tháng 12 các trường mầm non sẽ tổ chức tiết dạy minh họa để "
                "nhân rộng nội dung chuyên đề."
            ),
            Raw('<p style="text-align: right;"><em>Theo Sở GD&amp;ĐT Bắc Giang</em></p>'),
        ],
        source="Sở GD&ĐT Bắc Giang",
        opts={
            "posted": "11/11/2026 14:00",
            "account": "vanthu-pgd",
            "tags": ["mam-non", "chuyen-mon"],
        },
    ),
    Story(
        47,
        "hoc-sinh-yen-the-dat-12-giai-olympic-tieng-anh-cap-tinh",
        "Học sinh Yên Thế đạt 12 giải Olympic Tiếng Anh cấp tỉnh",
        CATEGORY,
        "2026-11-05T17:40:00+07:00",
        [
            P(
                "Tại kỳ thi Olympic Tiếng Anh cấp tỉnh năm học 2026-2027, đội tuyển học sinh huyện "
                "Yên Thế giành 12 giải, tăng 4 giải so với năm học trước.",
                "b",
            ),
            P("Kết quả cụ thể", "h"),
            P("Khối Tiểu học: 01 giải Nhì, 02 giải Ba, 03 giải Khuyến khích.", "br1"),
            P("Khối THCS: 02 giải Ba và 04 giải Khuyến khích."),
            P("Nguyên nhân thành công", "h"),
            P(
                "Các trường đã chú trọng bồi dưỡng học sinh năng khiếu từ đầu năm học, tăng cường "
                "luyện kỹ năng nghe, nói qua câu lạc bộ Tiếng Anh và thi thử trực tuyến."
            ),
            Img(
                _up("olympic-ta-2026"),
                printed="(Đội tuyển Olympic Tiếng Anh huyện Yên Thế)",
                caption="Đội tuyển Olympic Tiếng Anh huyện Yên Thế",
                style="em",
            ),
            _right("Vũ Thị Hồng Nhung"),
        ],
        authors=["Vũ Thị Hồng Nhung"],
        summary=(
            "Tại kỳ thi Olympic Tiếng Anh cấp tỉnh năm học 2026-2027, đội tuyển học sinh huyện "
            "Yên Thế giành 12 giải, tăng 4 giải so với năm học trước."
        ),
        opts={
            "posted": "05/11/2026 17:40",
            "updated": "06/11/2026 07:30",
            "account": "vanthu-pgd",
            "tags": ["hoi-thi"],
        },
    ),
    Story(
        46,
        "kiem-tra-cong-tac-pho-cap-giao-duc-tai-xa-dong-tam",
        "Kiểm tra công tác phổ cập giáo dục tại xã Đồng Tâm",
        CATEGORY,
        "2026-10-29T08:30:00+07:00",
        [
            Img(_up("pcgd-dong-tam"), style="feat"),
            P(
                "Ngày 28/10/2026, Đoàn kiểm tra của Ban Chỉ đạo phổ cập giáo dục huyện đã kiểm tra "
                "công tác phổ cập giáo dục, xóa mù chữ tại xã Đồng Tâm."
            ),
            P("Đoàn đã kiểm tra các nội dung:"),
            P("Hồ sơ phổ cập giáo dục mầm non cho trẻ em 5 tuổi;", "li"),
            P("Hồ sơ phổ cập giáo dục tiểu học và THCS;", "li"),
            P("Sổ theo dõi học viên các lớp xóa mù chữ mức độ 2.", "li"),
            P(
                "Qua kiểm tra, xã Đồng Tâm duy trì vững chắc kết quả phổ cập; đoàn đề nghị cập nhật "
                "dữ liệu trên hệ thống điện tử trước ngày 15/11/2026."
            ),
            _right("Đỗ Văn Quyết"),
        ],
        authors=["Đỗ Văn Quyết"],
        opts={"posted": "29/10/2026 08:30", "account": "admin", "tags": []},
    ),
    Story(
        44,
        "huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        CATEGORY,
        "2026-10-20T09:00:00+07:00",
        [
            P(
                "Thực hiện kế hoạch của UBND huyện, ngành Giáo dục Yên Thế tổ chức nhiều hoạt động "
                "hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề \"Học tập suốt đời góp phần "
                "xây dựng xã hội học tập\"."
            ),
            P(
                "Các trung tâm học tập cộng đồng mở lớp tin học cơ bản, lớp chuyển giao kỹ thuật "
                "trồng cây ăn quả cho người dân; các trường học tổ chức triển lãm sách và thi tìm "
                "hiểu kiến thức."
            ),
        ],
        opts={"posted": "20/10/2026 09:00", "account": "admin", "tags": []},
    ),
    Story(
        43,
        "khai-mac-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tieu-hoc",
        "Khai mạc Hội thi giáo viên chủ nhiệm lớp giỏi cấp Tiểu học",
        CATEGORY,
        "2026-10-15T07:50:00+07:00",
        [
            Img(_up("gvcn-gioi-th"), style="feat"),
            P(
                "Sáng 14/10/2026, Hội thi giáo viên chủ nhiệm lớp giỏi cấp Tiểu học huyện Yên Thế "
                "chính thức khai mạc tại Trường Tiểu học Cầu Gồ với 47 giáo viên dự thi."
            ),
            P(
                "Giáo viên dự thi trải qua hai phần: trình bày biện pháp giáo dục học sinh và xử lý "
                "tình huống sư phạm trong công tác chủ nhiệm."
            ),
            Img(
                _up("gvcn-gioi-th-2"),
                printed="Giáo viên dự thi phần xử lý tình huống sư phạm",
                caption="Giáo viên dự thi phần xử lý tình huống sư phạm",
                style="fig",
            ),
            P("Hội thi kéo dài đến hết ngày 17/10/2026."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Văn Thắng</strong></p>'),
        ],
        authors=["Nguyễn Văn Thắng"],
        photographers=["Nguyễn Văn Thắng"],
        opts={"posted": "15/10/2026 07:50", "account": "vanthu-pgd", "tags": []},
    ),
    Story(
        41,
        "hoi-nghi-trien-khai-nhiem-vu-trong-tam-thang-10-2026",
        "Hội nghị triển khai nhiệm vụ trọng tâm tháng 10/2026",
        CATEGORY,
        "2026-10-03T14:00:00+07:00",
        [
            P(
                "Chiều 02/10/2026, Phòng GD&ĐT tổ chức hội nghị giao ban hiệu trưởng, triển khai "
                "nhiệm vụ trọng tâm tháng 10/2026."
            ),
            P(
                "Các nhiệm vụ chính gồm: hoàn thiện kế hoạch giáo dục nhà trường, kiểm tra nội bộ "
                "đầu năm, tổ chức hội thi giáo viên chủ nhiệm lớp giỏi cấp Tiểu học và chuẩn bị "
                "Hội khỏe Phù Đổng cấp huyện."
            ),
            _right("Bộ phận Văn phòng"),
        ],
        authors=["Bộ phận Văn phòng"],
        opts={"posted": "03/10/2026 14:00", "account": "admin", "tags": []},
    ),
]

BY_ID = {s.id: s for s in STORIES}
MONTHS = {"12": "Tháng 12/2026", "11": "Tháng 11/2026", "10": "Tháng 10/2026"}


def post_path(story: Story, html_ext: bool = True, slug: str | None = None) -> str:
    return f"/blog/{story.id}-{slug or story.slug}" + (".html" if html_ext else "")


def _posted(story: Story) -> datetime:
    return datetime.strptime(story.opts["posted"], "%d/%m/%Y %H:%M")


def _smarty_date(story: Story) -> str:
    """Smarty's ``%b %e, %Y``: English month, day padded with a space ("Dec  3, 2026")."""
    d = _posted(story)
    return f"{d.strftime('%b')} {d.day:>2}, {d.year}"


# ----------------------------------------------------------------------------------------------
# Rendering the post text as CKEditor left it


def _p_html(block: P, ent: int) -> str:
    return text(block.text, entities=ent) if ent else esc(block.text)


def render_body(story: Story) -> str:
    ent = story.opts.get("entities", 0)
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "feat")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            if b.style == "fig":
                out.append(
                    f'<figure class="image" style="display:inline-block"><img alt="" '
                    f'src="{b.src}" width="600" height="400"><figcaption>{esc(b.printed or "")}'
                    "</figcaption></figure>"
                )
            else:
                out.append(
                    f'<p style="text-align: center;"><img alt="" src="{b.src}" '
                    'style="width: 600px; height: 400px;"></p>'
                )
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b.style == "b":
            out.append(f"<p><strong>{_p_html(b, ent)}</strong></p>")
        elif b.style == "h":
            out.append(f"<h3><strong>{_p_html(b, ent)}</strong></h3>")
        elif b.style == "br1":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{_p_html(b, ent)}<br>\n{_p_html(nxt, ent)}</p>')
            i += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_p_html(blocks[i], ent)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                tag = "th" if first else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append(
                '<table class="table table-bordered" border="1" cellpadding="4" '
                'style="width: 90%;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        else:
            out.append(f'<p style="text-align: justify;">{_p_html(b, ent)}</p>')
        i += 1
    return "\n".join(out)


def _strip(markup: str) -> str:
    return re.sub(r"\s+", " ", _html.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


def excerpt(story: Story, length: int = 200) -> str:
    plain = _strip(render_body(story))
    return plain if len(plain) <= length else plain[:length].rsplit(" ", 1)[0] + "..."


def _feat(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style == "feat"), None)


# ----------------------------------------------------------------------------------------------
# Chrome


def _menu() -> str:
    return (
        '<nav class="navbar navbar-default nav-main" id="menu_chinh_3"><div class="container">'
        '<ul class="nav navbar-nav level-1">'
        '<li class="m_home"><a href="/">Trang chủ</a></li>'
        '<li class="dropdown"><a href="/gioi-thieu.html" class="dropdown-toggle" '
        'data-toggle="dropdown">Giới thiệu <span class="caret"></span></a>'
        '<ul class="dropdown-menu"><li><a href="/gioi-thieu.html">Giới thiệu chung</a></li>'
        '<li><a href="/co-cau-to-chuc.html">Cơ cấu tổ chức</a></li>'
        '<li><a href="/lich-tiep-cong-dan.html">Lịch tiếp công dân</a></li></ul></li>'
        f'<li class="active"><a href="/blog/">{CATEGORY}</a></li>'
        '<li><a href="/thu-vien-anh.html">Thư viện ảnh</a></li>'
        '<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Liên kết '
        '<span class="caret"></span></a><ul class="dropdown-menu">'
        '<li><a href="http://bacgiang.edu.vn" target="_blank">Sở GD&amp;ĐT Bắc Giang</a></li>'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ GD&amp;ĐT</a></li>'
        '<li><a href="http://yenthe.bacgiang.gov.vn" target="_blank">Cổng TTĐT huyện Yên Thế</a>'
        "</li></ul></li>"
        '<li><a href="/lien-he.html">Liên hệ</a></li></ul>'
        '<form class="navbar-form navbar-right" action="/search/" method="get">'
        '<input type="text" name="q" class="form-control" placeholder="Tìm kiếm...">'
        '<button type="submit" class="btn btn-default"><span class="fa fa-search"></span></button>'
        "</form></div></nav>"
    )


def _top() -> str:
    return (
        '<div class="inventory"><div class="container"><div class="pull-left">'
        f'<span class="fa fa-calendar"></span> {HEADER_TODAY}</div>'
        '<ul class="nav-inventory pull-right"><li><a href="https://www.facebook.com/pgdyenthe" '
        'target="_blank"><span class="fa fa-facebook"></span></a></li>'
        '<li><a href="/blog/rss.xml"><span class="fa fa-rss"></span> RSS</a></li>'
        '<li><a href="/login/" rel="nofollow">Đăng nhập</a></li></ul></div></div>'
        '<header class="header" id="dau_trang"><div class="container">'
        '<a class="brand" href="/"><img src="/templates/kickstart/img/logo-pgd.png" alt="PGD Yên Thế">'
        f'</a><div class="header__slogan"><span>UBND HUYỆN YÊN THẾ</span><b>{SITE.upper()}</b>'
        "</div></div></header>"
        + _menu()
        + '<div class="thongbao_chay" id="tb_marquee_7"><div class="container"><b>Thông báo:</b> '
        '<marquee scrollamount="3">Lịch thi Hội thi giáo viên dạy giỏi cấp huyện từ ngày '
        "14/12/2026 - Các đơn vị nộp hồ sơ trước ngày 08/12/2026 - Hạn nộp báo cáo thống kê "
        "học kỳ I: 10/01/2027</marquee></div></div>"
    )


def _most_read() -> str:
    ids = [52, 57, 49, 46]
    items = "".join(
        f'<li><a href="{post_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a> '
        f'<span class="text-muted">({BY_ID[i].views()})</span></li>'
        for i in ids
    )
    return (
        '<div class="box" id="block_docnhieu_21"><h4 class="box__caption">Đọc nhiều</h4>'
        f'<div class="box__content"><ol class="list-docnhieu">{items}</ol></div></div>'
    )


def _archive() -> str:
    counts = {m: sum(1 for s in STORIES if _posted(s).strftime("%m") == m) for m in MONTHS}
    items = "".join(
        f'<li><a href="/blog/date/2026/{m}/">{label}</a> ({counts[m]})</li>'
        for m, label in MONTHS.items()
    )
    return (
        '<div class="box" id="block_blog_archive"><h4 class="box__caption">Lưu trữ</h4>'
        f'<div class="box__content"><ul class="list-unstyled">{items}</ul></div></div>'
    )


def _tag_cloud() -> str:
    tags = "".join(
        f'<a href="/blog/tag/{t}/" class="tag tag-{n}">{esc(label)}</a> '
        for n, (t, label) in enumerate(TAGS.items())
    )
    return (
        '<div class="box" id="block_blog_tags"><h4 class="box__caption">Thẻ</h4>'
        f'<div class="box__content tag-cloud">{tags}</div></div>'
    )


def _sidebar() -> str:
    return (
        '<aside class="col-md-4" id="cot_phai">'
        + _most_read()
        + _archive()
        + _tag_cloud()
        + '<div class="box" id="block_poll_4"><h4 class="box__caption">Thăm dò ý kiến</h4>'
        '<div class="box__content"><form method="post" action="/polls/vote/">'
        "<p>Bạn đánh giá thế nào về website của Phòng?</p>"
        '<label><input type="radio" name="poll_4" value="1"> Rất hữu ích</label><br>'
        '<label><input type="radio" name="poll_4" value="2"> Hữu ích</label><br>'
        '<label><input type="radio" name="poll_4" value="3"> Cần cải thiện</label><br>'
        '<button type="submit" class="btn btn-xs btn-primary">Bình chọn</button></form></div></div>'
        '<div class="box" id="block_lienket_5"><h4 class="box__caption">Liên kết website</h4>'
        '<div class="box__content"><a href="http://bacgiang.edu.vn" target="_blank">'
        '<img src="/uploads/banners/so-gddt-bg.png" alt="Sở GD&amp;ĐT Bắc Giang"></a>'
        '<a href="https://csdl.moet.gov.vn" target="_blank">'
        '<img src="/uploads/banners/csdl-nganh.png" alt="CSDL ngành"></a></div></div>'
        '<div class="box" id="block_thongke_9"><h4 class="box__caption">Thống kê truy cập</h4>'
        '<div class="box__content"><table class="thongke"><tr><td>Đang online:</td><td>17</td></tr>'
        "<tr><td>Hôm nay:</td><td>412</td></tr><tr><td>Tổng truy cập:</td><td>1.284.957</td>"
        "</tr></table></div></div></aside>"
    )


def _footer() -> str:
    return (
        '<footer class="footer" id="chan_trang"><div class="container"><div class="row">'
        f'<div class="col-md-8"><p><b>{SITE.upper()}</b></p>'
        "<p>Địa chỉ: Phố Hoàng Hoa Thám, thị trấn Phồn Xương, huyện Yên Thế, tỉnh Bắc Giang</p>"
        "<p>Điện thoại: 0204.3876.215 - Email: pgd.yenthe@bacgiang.edu.vn</p>"
        "<p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT huyện Yên Thế</p></div>"
        '<div class="col-md-4"><p>© 2016-2026 PGD&amp;ĐT Yên Thế.</p>'
        '<p class="copyright">Powered by <a href="https://subrion.org/" target="_blank">Subrion CMS'
        "</a></p></div></div></div></footer>"
    )


def layout(
    request: Request,
    title: str,
    main: str,
    crumbs: list[tuple[str, str | None]],
    head: str = "",
    description: str = "",
) -> Response:
    trail = "".join(
        f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>'
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    page = (
        '<!DOCTYPE html>\n<html lang="vi" dir="ltr"><head><meta charset="utf-8">'
        f"<title>{esc(title)} :: PGD&amp;ĐT Yên Thế</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">'
        f'<meta name="description" content="{esc(description or SITE)}">'
        '<meta name="generator" content="Subrion CMS - Open Source Content Management System">'
        '<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/blog/rss.xml">'
        '<link rel="stylesheet" href="/templates/kickstart/css/iabootstrap.css">'
        '<link rel="stylesheet" href="/templates/kickstart/css/user-style.css">'
        f"{head}"
        '<script src="/js/jquery/jquery.js"></script>'
        '<script src="/js/intelli/intelli.minmax.js"></script></head>'
        '<body class="page-blog">'
        + _top()
        + '<div class="breadcrumb-wrapper"><div class="container"><ol class="breadcrumb">'
        + trail
        + '</ol></div></div><div class="content"><div class="container"><div class="row">'
        '<div class="col-md-8" id="noi_dung_chinh">'
        + main
        + "</div>"
        + _sidebar()
        + "</div></div></div>"
        + _footer()
        + '<script src="/templates/kickstart/js/app.js"></script></body></html>'
    )
    return html(page)


# ----------------------------------------------------------------------------------------------
# Pages


def _item(story: Story, tag_link: bool = False) -> str:
    href = post_path(story, html_ext=not tag_link)
    feat = _feat(story)
    thumb = (
        _up(feat.src.split("/")[-1][:-4], "thumbnail")
        if feat
        else "/templates/kickstart/img/no-preview.png"
    )
    name = ACCOUNTS[story.opts["account"]][0]
    return (
        f'<div class="ia-item ia-item--border" id="khoi_tin_{story.id}">'
        f'<a class="ia-item__image" href="{href}"><img src="{thumb}" alt="{esc(story.title)}" '
        'class="img-responsive"></a><div class="ia-item__content">'
        f'<h4 class="ia-item__title"><a href="{href}">{esc(story.title)}</a></h4>'
        f'<div class="ia-item__additional"><p><span class="fa fa-clock-o"></span> {_smarty_date(story)}'
        f'</p><p><span class="fa fa-user"></span> {esc(name)}</p></div>'
        f'<div class="ia-item__body">{esc(excerpt(story))}</div>'
        f'<a href="{href}" class="btn btn-xs btn-default">Xem tiếp »</a></div></div>'
    )


def _pager(page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def link(n: int) -> str:
        return "/blog/" if n == 1 else f"?page={n}"

    parts = []
    if page > 1:
        parts.append(f'<li><a href="{link(1)}" title="Đầu">«</a></li>')
        parts.append(f'<li><a href="{link(page - 1)}" title="Trước">‹</a></li>')
    else:
        parts.append('<li class="disabled"><span>«</span></li><li class="disabled"><span>‹</span></li>')
    for n in range(1, pages + 1):
        parts.append(
            f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="{link(n)}">{n}</a></li>'
        )
    if page < pages:
        parts.append(f'<li><a href="{link(page + 1)}" title="Sau">›</a></li>')
        parts.append(f'<li><a href="{link(pages)}" title="Cuối">»</a></li>')
    return '<div class="pagination-wrap"><ul class="pagination">' + "".join(parts) + "</ul></div>"


def _ordered() -> list[Story]:
    return sorted(STORIES, key=_posted, reverse=True)


def home(request: Request) -> Response:
    latest = _ordered()
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{post_path(s)}">'
        f'<img src="{_feat(s).src if _feat(s) else "/templates/kickstart/img/no-preview.png"}" '
        f'alt="{esc(s.title)}"></a><div class="carousel-caption"><h3><a href="{post_path(s)}">'
        f"{esc(s.title)}</a></h3><p>{esc(excerpt(s, 120))}</p></div></div>"
        for n, s in enumerate(latest[:3])
    )
    main = (
        f'<div id="slider_tin_2" class="carousel slide" data-ride="carousel">'
        f'<div class="carousel-inner">{slides}</div></div>'
        '<div class="box box--tinmoi" id="khoi_tinmoi_12"><h2 class="box__caption">Tin mới</h2>'
        '<div class="ia-items">'
        + "".join(_item(s) for s in latest[:PER_PAGE])
        + '</div><p class="text-right"><a href="/blog/">Xem tất cả »</a></p></div>'
    )
    return layout(request, "Trang chủ", main, [], description=SITE)


def blog_list(request: Request) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    items = _ordered()
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= page <= pages:
        return None
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        f'<div class="content__header"><h1>{CATEGORY}</h1></div>'
        '<div class="ia-items blogroll">'
        + "".join(_item(s) for s in chunk)
        + "</div>"
        + _pager(page, pages)
    )
    title = CATEGORY + (f" - Trang {page}" if page > 1 else "")
    head = f'<link rel="canonical" href="{base_url(request)}/blog/{"" if page == 1 else f"?page={page}"}">'
    return layout(request, title, main, [(CATEGORY, None)], head=head)


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    items = [s for s in _ordered() if tag in s.opts["tags"]]
    main = (
        f'<div class="content__header"><h1>Thẻ: {esc(TAGS[tag])}</h1></div>'
        '<div class="ia-items">' + "".join(_item(s, tag_link=True) for s in items) + "</div>"
    )
    return layout(
        request, f"Thẻ: {TAGS[tag]}", main, [(CATEGORY, "/blog/"), (f"Thẻ: {TAGS[tag]}", None)]
    )


def date_page(request: Request, month: str) -> Response | None:
    if month not in MONTHS:
        return None
    items = [s for s in _ordered() if _posted(s).strftime("%m") == month]
    main = (
        f'<div class="content__header"><h1>Lưu trữ: {MONTHS[month]}</h1></div>'
        '<div class="ia-items">' + "".join(_item(s) for s in items) + "</div>"
    )
    return layout(
        request, MONTHS[month], main, [(CATEGORY, "/blog/"), (MONTHS[month], None)]
    )


def _related(story: Story) -> str:
    """Subrion's "Bài viết khác" block: the five newest other posts."""
    picks = [s for s in _ordered() if s.id != story.id][:5]
    lis = []
    for s in picks:
        href = post_path(s)
        if story.opts.get("related_old_alias") and s.id == 52:
            href = post_path(s, slug=s.opts["old_slug"])
        lis.append(
            f'<li><a href="{href}">{esc(s.title)}</a> <span class="text-muted">'
            f"({_posted(s).strftime('%d/%m/%Y')})</span></li>"
        )
    return (
        '<div class="box" id="block_blog_related"><h3 class="box__caption">Bài viết khác</h3>'
        f'<ul class="list-tinkhac">{"".join(lis)}</ul></div>'
    )


def _comments(story: Story) -> str:
    comments = story.opts.get("comments", [])
    body = "".join(
        f'<div class="media comment" id="comment-{story.id}{n}"><div class="media-left">'
        '<img src="/templates/kickstart/img/no-avatar.png" class="media-object" alt=""></div>'
        f'<div class="media-body"><div class="comment__author"><b>{esc(who)}</b> '
        f'<span class="text-muted">{when}</span></div><p>{esc(what)}</p></div></div>'
        for n, (who, when, what) in enumerate(comments)
    )
    return (
        f'<div class="comments" id="comments"><h3>Bình luận ({len(comments)})</h3>{body}'
        f'<form method="post" action="{post_path(story)}#comments" class="ia-form">'
        '<input type="hidden" name="item" value="blog"><input type="hidden" name="item_id" '
        f'value="{story.id}"><label>Họ tên <input type="text" name="author"></label>'
        '<label>Email <input type="email" name="email"></label>'
        '<textarea name="body" rows="4"></textarea>'
        '<button type="submit" class="btn btn-primary">Gửi bình luận</button></form></div>'
    )


def post_page(request: Request, story: Story) -> Response:
    name = ACCOUNTS[story.opts["account"]][0]
    feat = _feat(story)
    add = []
    if story.opts.get("updated"):
        add.append(
            f'<p><span class="fa fa-pencil-square-o"></span> Sửa lần cuối: {story.opts["updated"]}</p>'
        )
    add.append(
        f'<p><span class="fa fa-user"></span> Đăng bởi <a href="/members/info/{story.opts["account"]}'
        f'.html">{esc(name)}</a></p>'
    )
    add.append(f'<p><span class="fa fa-clock-o"></span> {story.opts["posted"]}</p>')
    add.append(f'<p><span class="fa fa-eye"></span> {story.views()} lượt xem</p>')
    image = ""
    if feat:
        original = feat.src.replace("/large/", "/original/")
        image = (
            f'<div class="ia-item__image"><a href="{original}" rel="ia_lightbox[{esc(story.title)}]">'
            f'<img src="{feat.src}" alt="{esc(story.title)}" class="img-responsive"></a></div>'
        )
    tags = story.opts["tags"]
    tag_html = ""
    if tags:
        tag_html = (
            '<div class="ia-item__tags"><span class="fa fa-tags"></span> Thẻ: '
            + ", ".join(f'<a href="/blog/tag/{t}/">{esc(TAGS[t])}</a>' for t in tags)
            + "</div>"
        )
    main = (
        f'<div class="content__header"><h1>{esc(story.title)}</h1>'
        '<ul class="content__actions"><li><a href="javascript:window.print();" title="In bài">'
        '<span class="fa fa-print"></span></a></li><li><a href="/blog/rss.xml" title="RSS">'
        '<span class="fa fa-rss"></span></a></li></ul></div>'
        f'<div class="ia-item ia-item--full" id="blog_entry_{story.id}">'
        f'<div class="ia-item__additional">{"".join(add)}</div>'
        f"{image}"
        f'<div class="ia-item__body">{render_body(story)}</div>'
        f"{tag_html}"
        '<div class="ia-item__panel"><div class="addthis_toolbox addthis_default_style">'
        '<a class="addthis_button_facebook_like"></a><a class="addthis_button_zalo">'
        '<img src="/templates/kickstart/img/zalo-share.png" alt="Zalo"></a>'
        '<a class="addthis_counter addthis_pill_style"></a></div></div></div>'
        + _related(story)
        + _comments(story)
    )
    head = (
        f'<link rel="canonical" href="{base_url(request)}{post_path(story)}">'
        f'<meta property="og:title" content="{esc(story.title)}">'
        '<meta property="og:type" content="article">'
    )
    if feat:
        head += f'<meta property="og:image" content="{base_url(request)}{feat.src}">'
    return layout(
        request,
        story.title,
        main,
        [(CATEGORY, "/blog/"), (story.title, None)],
        head=head,
        description=excerpt(story, 160),
    )


def rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{post_path(s)}</link>"
        f"<description>{esc(excerpt(s))}</description>"
        f"<pubDate>{_posted(s).strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate></item>"
        for s in _ordered()[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(CATEGORY)} - PGD&amp;ĐT Yên Thế</title><link>{base}/blog/</link>"
        f"<description>{esc(SITE)}</description>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# Static pages: (title, inner html)
STATIC: dict[str, tuple[str, str]] = {
    "gioi-thieu": (
        "Giới thiệu chung",
        '<p class="text-muted"><span class="fa fa-clock-o"></span> Cập nhật: 12/09/2026 - '
        "Người viết: Văn phòng PGD</p>"
        "<p>Phòng Giáo dục và Đào tạo huyện Yên Thế là cơ quan chuyên môn thuộc UBND huyện, tham "
        "mưu giúp UBND huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn.</p>"
        "<p>Năm học 2026-2027, toàn huyện có 21 trường mầm non, 22 trường tiểu học, 19 trường "
        "THCS với hơn 27.000 học sinh và 1.900 cán bộ, giáo viên, nhân viên.</p>"
        '<p style="text-align:center"><img src="/uploads/pages/tru-so-pgd.jpg" alt="Trụ sở"></p>'
        '<p style="text-align:center"><em>Trụ sở Phòng GD&amp;ĐT huyện Yên Thế</em></p>',
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        '<table class="table table-bordered"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại'
        "</th></tr><tr><td>Hoàng Văn Khải</td><td>Trưởng phòng</td><td>0204.3876.215</td></tr>"
        "<tr><td>Nguyễn Thị Thu Hà</td><td>Phó Trưởng phòng</td><td>0204.3876.216</td></tr>"
        "<tr><td>Đỗ Văn Quyết</td><td>Phó Trưởng phòng</td><td>0204.3876.217</td></tr></table>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Phòng Giáo dục và Đào tạo huyện Yên Thế</p>"
        "<p>Địa chỉ: Phố Hoàng Hoa Thám, thị trấn Phồn Xương, huyện Yên Thế, tỉnh Bắc Giang</p>"
        '<form method="post" action="/lien-he.html" class="ia-form"><input type="text" '
        'name="fullname" placeholder="Họ tên"><input type="email" name="email" placeholder="Email">'
        '<textarea name="msg"></textarea><input type="text" name="captcha">'
        '<button type="submit">Gửi</button></form>',
    ),
    "thu-vien-anh": (
        "Thư viện ảnh",
        '<div class="row album-anh">'
        + "".join(
            f'<div class="col-sm-4"><a href="{_up(n, "original")}" rel="ia_lightbox[album]">'
            f'<img src="{_up(n, "thumbnail")}" alt="{esc(c)}"></a><p class="album-cap">{esc(c)}</p></div>'
            for n, c in [
                ("album-khai-giang", "Lễ khai giảng năm học 2026-2027 tại Trường TH Cầu Gồ"),
                ("album-hkpd", "Vận động viên Hội khỏe Phù Đổng 2026"),
                ("album-20-11", "Mít tinh kỷ niệm Ngày Nhà giáo Việt Nam"),
            ]
        )
        + "</div>",
    ),
    "lich-tiep-cong-dan": (
        "Lịch tiếp công dân",
        "<p>Lãnh đạo Phòng GD&amp;ĐT tiếp công dân vào sáng thứ Năm hằng tuần, từ 7 giờ 30 đến 11 "
        "giờ 00 tại phòng tiếp công dân của Phòng.</p><p>Trường hợp trùng ngày nghỉ lễ, lịch tiếp "
        "chuyển sang ngày làm việc kế tiếp.</p>",
    ),
}


def static_page(request: Request, slug: str) -> Response | None:
    if slug not in STATIC:
        return None
    title, inner = STATIC[slug]
    main = f'<div class="content__header"><h1>{esc(title)}</h1></div><div class="page-content">{inner}</div>'
    return layout(request, title, main, [(title, None)])


def member_page(request: Request, user: str) -> Response | None:
    if user not in ACCOUNTS:
        return None
    name, mail = ACCOUNTS[user]
    posts = [s for s in _ordered() if s.opts["account"] == user][:5]
    lis = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> - {_smarty_date(s)}</li>' for s in posts
    )
    main = (
        f'<div class="content__header"><h1>{esc(name)}</h1></div>'
        '<div class="ia-item ia-item--full member-info"><div class="ia-item__image">'
        '<img src="/templates/kickstart/img/no-avatar.png" alt=""></div>'
        f'<table class="table"><tr><td>Tài khoản:</td><td>{esc(user)}</td></tr>'
        f"<tr><td>Email:</td><td>{esc(mail)}</td></tr>"
        "<tr><td>Ngày tham gia:</td><td>Mar 14, 2016</td></tr></table></div>"
        f'<h3>Bài viết mới của thành viên</h3><ul class="list-unstyled">{lis}</ul>'
    )
    return layout(request, name, main, [("Thành viên", None), (name, None)])


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    if not q:
        inner = '<div class="alert alert-info">Vui lòng nhập từ khóa tìm kiếm.</div>'
    else:
        hits = [s for s in _ordered() if q.lower() in s.title.lower()]
        inner = (
            f"<p>Tìm thấy {len(hits)} kết quả cho «{esc(q)}»</p>"
            + "".join(f'<p><a href="{post_path(s)}">{esc(s.title)}</a></p>' for s in hits)
        )
    main = f'<div class="content__header"><h1>Tìm kiếm</h1></div>{inner}'
    return layout(request, "Tìm kiếm", main, [("Tìm kiếm", None)])


_POST = re.compile(r"^/blog/(\d+)-([a-z0-9-]+?)(\.html)?$")
_TAG = re.compile(r"^/blog/tag/([a-z0-9-]+)/$")
_DATE = re.compile(r"^/blog/date/2026/(\d\d)/$")
_STATIC_RE = re.compile(r"^/([a-z0-9-]+)\.html$")
_MEMBER = re.compile(r"^/members/info/([a-z0-9-]+)\.html$")


class SubrionSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/templates/", "/js/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if request.query and path not in ("/", "/blog/", "/search/"):
            return None
        if path in ("/", "/index.php"):
            if path == "/index.php":
                return redirect("/", 301)
            return home(request)
        if path == "/blog":
            return redirect("/blog/", 301)
        if path == "/blog/":
            return blog_list(request)
        if path == "/blog/rss.xml":
            return rss(request)
        if path == "/search/":
            return search_page(request)
        if m := _POST.match(path):
            story = BY_ID.get(int(m.group(1)))
            return post_page(request, story) if story else None
        if m := _TAG.match(path):
            return tag_page(request, m.group(1))
        if m := _DATE.match(path):
            return date_page(request, m.group(1))
        if m := _MEMBER.match(path):
            return member_page(request, m.group(1))
        if m := _STATIC_RE.match(path):
            return static_page(request, m.group(1))
        return None


def build_site() -> SubrionSite:
    return SubrionSite()


def _alts(story: Story) -> list[str]:
    alts = []
    if story.opts["tags"]:
        alts.append(post_path(story, html_ext=False))
    if story.opts.get("old_slug"):
        alts.append(post_path(story, slug=story.opts["old_slug"]))
    return alts


GOLD = [gold_record(s, post_path(s), CATEGORY, alt_paths=_alts(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/co-cau-to-chuc.html",
    "/lien-he.html",
    "/thu-vien-anh.html",
    "/lich-tiep-cong-dan.html",
    "/members/info/vanthu-pgd.html",
    "/members/info/admin.html",
]

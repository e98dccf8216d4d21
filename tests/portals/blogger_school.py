"""Fixture portal: a primary school's news blog on Blogger (Blogspot) under a custom domain.

Which platform: Blogger with a "Simple"-based theme that the school customised (a header clock
gadget, breadcrumbs built from the post's first label, the theme also used for mobile). Posts
live at ``/YYYY/MM/<slug>.html``, static pages at ``/p/<slug>.html``, label pages at
``/search/label/<Nhãn>``, month and year archives at ``/YYYY/MM/`` and ``/YYYY/``. The home page
shows the newest posts (cut at the jump break, "Đọc thêm »") and pages by "Bài đăng Cũ hơn" to
``/search?updated-max=<ISO stamp>&max-results=4`` (newer pages by ``updated-min`` and
``reverse-paginate=true``); label pages page the same way. ``/robots.txt`` is Blogger's:
``Disallow: /search`` with ``Sitemap:`` lines for ``/sitemap.xml`` (a sitemap index of
``/sitemap.xml?page=N``) and ``/sitemap-pages.xml``. Every page announces the Atom feed
``/feeds/posts/default`` (and ``?alt=rss``) in ``<head>``; the feed holds every post in full.

So a crawler that obeys robots.txt cannot use any listing beyond the home page; what the platform
offers instead: the archive widget (year and month pages; the current month expanded to post
titles), "Bài đăng Mới hơn"/"Bài đăng Cũ hơn" links between neighbouring posts on each post page,
the "Bài đăng phổ biến" widget, the sitemap and the feed. Each of these reaches every post.

What it prints: Blogger's markup (``date-header`` per day, ``post-title entry-title``,
``post-body entry-content``, ``post-footer`` with "Đăng bởi <profile> lúc HH:MM", share buttons,
"Nhãn: …"), a threaded comment block whose permalinks are ``?showComment=<ms>#c<id>`` (same page,
canonical without the query), ``<link rel="alternate" media="only screen and (max-width: 640px)"
href="…?m=1">`` on every page and mobile twins at ``?m=1`` whose links all carry ``m=1`` (canonical
without it; "Xem phiên bản web" goes to ``?m=0``), sidebar widgets (popular posts with snippets,
labels with counts, archive, page-view counter, links, blog search), images on
``blogger.googleusercontent.com`` (another host: gold gives their URL), a PDF embedded from Google
Drive, posts pasted from Word (``MsoNormal``), one post written in the old editor (paragraphs
separated by ``<br />``), one post stored decomposed (NFD).

Gold conventions (by hand, see shared/real-pages/SOURCES.md): title = the post title; the date is
the day's ``date-header`` ("Thứ Sáu, 20 tháng 11, 2026") with the footer's time ("lúc 07:45"), so
``YYYY-MM-DDTHH:MM:00+07:00``; body = the bold lead (sapo, also ``summary``) and the paragraphs,
list items and table rows (cells joined by " | "); captions = the line under a photo; authors =
the in-text signature ("Tin, ảnh: …", a bare right-aligned name), else Blogger's author field
"Đăng bởi <name>" when it names a person (a deleted account prints "Unknown": no author);
category = the label the breadcrumb shows (the first of the post's labels; none for an unlabeled
post). The embedded Drive viewer is not an image and not text.
"""

from __future__ import annotations

import base64
import hashlib
import html as _html
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html

from ._common import TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "blogger_school"
PLATFORM = "blogger"
START_PATH = "/"

BLOG_TITLE = "Trường Tiểu học Nguyễn Viết Xuân"
BLOG_DESC = "Trang tin hoạt động dạy và học của thầy và trò Trường Tiểu học Nguyễn Viết Xuân"
BLOG_ID = "4728163059271846203"
ADDRESS = "Thôn 3, xã Cư Huê, tỉnh Đắk Lắk"
PHONE = "0262 3 625 418"
EMAIL = "thnguyenvietxuan.cuhue@gmail.com"
PER_PAGE = 4
_TZ = timezone(timedelta(hours=7))

PROFILES: dict[str, tuple[str, str]] = {
    # account key -> (display name, profile id); "gone" is a deleted account
    "ha": ("Lê Thu Hà", "08126475930182746511"),
    "gone": ("Unknown", ""),
}

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

_CDN = "https://blogger.googleusercontent.com/img/b/R29vZ2xl"


def _img(name: str) -> str:
    """A Blogger-hosted photo as the editor prints it (s640 in the post, s1600 behind the link)."""
    digest = base64.urlsafe_b64encode(hashlib.sha256(name.encode()).digest() * 2).decode().rstrip("=")
    token = "AVvXsE" + digest[:80]
    return f"{_CDN}/{token}/s640/{name}"


# opts: when (local datetime), labels (as printed, first = breadcrumb), account, editor
# ("p" | "word" | "br"), jump (index of the block before which the jump break sits),
# comments (list of (name, local datetime, text)), nfd (body stored decomposed),
# drive (Google Drive file id of an embedded PDF).
STORIES: list[Story] = [
    Story(
        id=1,
        slug="2026/11/tung-bung-hoi-dien-van-nghe-chao-mung",
        title="Tưng bừng Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="Hoạt động Đội",
        published_at="2026-11-20T07:45:00+07:00",
        summary=(
            "Chiều 18/11/2026, Liên đội Trường Tiểu học Nguyễn Viết Xuân tổ chức Hội diễn văn nghệ"
            " với chủ đề “Mừng thầy cô - Mừng ngày hội lớn” chào mừng kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam."
        ),
        blocks=[
            P(
                "Chiều 18/11/2026, Liên đội Trường Tiểu học Nguyễn Viết Xuân tổ chức Hội diễn văn nghệ"
                " với chủ đề “Mừng thầy cô - Mừng ngày hội lớn” chào mừng kỷ niệm 44 năm Ngày Nhà giáo"
                " Việt Nam.",
                "lead",
            ),
            Img(
                _img("hoi-dien-van-nghe-20-11-2026-1.jpg"),
                "Tiết mục múa “Cô giáo em” của học sinh lớp 4A",
                "Tiết mục múa “Cô giáo em” của học sinh lớp 4A",
                "tr",
            ),
            P(
                "Tham gia hội diễn có 18 tiết mục của 18 chi đội với nhiều thể loại phong phú: đơn"
                " ca, song ca, tốp ca, múa, kể chuyện và hoạt cảnh. Các tiết mục đều được các em"
                " chuẩn bị công phu, trang phục đẹp mắt, thể hiện tình cảm kính yêu đối với thầy"
                " cô giáo."
            ),
            P(
                "Nhiều tiết mục để lại ấn tượng sâu sắc như hoạt cảnh “Bụi phấn” của lớp 5B, tốp ca"
                " “Bông hồng tặng cô” của lớp 2C hay tiết mục múa dân tộc Ê Đê “Em đi học” của lớp 3A."
            ),
            Img(
                _img("hoi-dien-van-nghe-20-11-2026-2.jpg"),
                "Hoạt cảnh “Bụi phấn” của lớp 5B đạt giải Nhất",
                "Hoạt cảnh “Bụi phấn” của lớp 5B đạt giải Nhất",
                "tr",
            ),
            P(
                "Kết quả, Ban tổ chức trao 1 giải Nhất cho lớp 5B, 2 giải Nhì cho lớp 3A và 2C, 3 giải"
                " Ba cho các lớp 4A, 1B và 5A cùng 6 giải Khuyến khích."
            ),
            Img(
                _img("hoi-dien-van-nghe-20-11-2026-3.jpg"),
                "Cô Hiệu trưởng Trần Thị Minh Nguyệt trao giải cho các chi đội",
                "Cô Hiệu trưởng Trần Thị Minh Nguyệt trao giải cho các chi đội",
                "tr",
            ),
            Raw('<div style="text-align: right;"><b>Tin, ảnh: Phạm Minh Khang</b></div>'),
        ],
        authors=["Phạm Minh Khang"],
        photographers=["Phạm Minh Khang"],
        opts={
            "labels": ["Hoạt động Đội", "Tin tức"],
            "account": "ha",
            "editor": "p",
            "jump": 2,
            "comments": [
                (
                    "Phụ huynh lớp 3A",
                    datetime(2026, 11, 20, 20, 5),
                    "Các con biểu diễn hay quá! Cảm ơn thầy cô đã dành nhiều tâm huyết tập luyện cho các con.",
                ),
                (
                    "Nguyễn Thị Hồng",
                    datetime(2026, 11, 21, 6, 40),
                    "Chúc mừng lớp 5B. Kính chúc quý thầy cô luôn mạnh khỏe, hạnh phúc!",
                ),
                (
                    "Lê Thu Hà",
                    datetime(2026, 11, 21, 9, 15),
                    "Cảm ơn quý phụ huynh đã luôn đồng hành cùng nhà trường.",
                ),
            ],
        },
    ),
    Story(
        id=2,
        slug="2026/11/thong-bao-nghi-hoc-ngay-17112026",
        title="Thông báo nghỉ học ngày 17/11/2026",
        cat="Thông báo",
        published_at="2026-11-16T16:30:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của bão số 13, để đảm bảo an toàn cho học sinh, nhà trường thông báo"
                " học sinh toàn trường nghỉ học ngày Thứ Ba, 17/11/2026."
            ),
            P(
                "Giáo viên chủ nhiệm thông báo đến phụ huynh qua nhóm Zalo lớp. Học sinh đi học lại"
                " bình thường từ ngày 18/11/2026."
            ),
        ],
        authors=["Lê Thu Hà"],
        opts={"labels": ["Thông báo"], "account": "ha", "editor": "p"},
    ),
    Story(
        id=3,
        slug="2026/11/lich-thi-trang-nguyen-tieng-viet-cap",
        title="Lịch thi Trạng nguyên Tiếng Việt cấp trường năm học 2026 - 2027",
        cat="Chuyên môn",
        published_at="2026-11-10T09:05:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo lịch thi Trạng nguyên Tiếng Việt cấp trường năm học 2026 - 2027"
                " trên hệ thống trangnguyen.edu.vn như sau:"
            ),
            P("Khối | Ngày thi | Thời gian | Phòng máy", "th"),
            P("Khối 3 | 23/11/2026 | 14h00 - 14h40 | Phòng Tin học 1", "tr"),
            P("Khối 4 | 24/11/2026 | 14h00 - 14h40 | Phòng Tin học 1", "tr"),
            P("Khối 5 | 25/11/2026 | 14h00 - 14h40 | Phòng Tin học 2", "tr"),
            P(
                "Giáo viên chủ nhiệm nhắc học sinh mang theo tài khoản đăng nhập và có mặt tại phòng"
                " máy trước giờ thi 10 phút."
            ),
        ],
        authors=["Lê Thu Hà"],
        opts={"labels": ["Chuyên môn", "Thông báo"], "account": "ha", "editor": "word"},
    ),
    Story(
        id=4,
        slug="2026/11/chuyen-de-day-hoc-phat-trien-nang-luc",
        title="Chuyên đề “Dạy học phát triển năng lực đọc cho học sinh lớp 2”",
        cat="Chuyên môn",
        published_at="2026-11-03T14:20:00+07:00",
        blocks=[
            P(
                "Sáng ngày 31/10/2026, tổ chuyên môn khối 2 tổ chức chuyên đề “Dạy học phát triển"
                " năng lực đọc cho học sinh lớp 2” với sự tham dự của Ban Giám hiệu và giáo viên"
                " khối 1, 2, 3."
            ),
            P(
                "Tiết dạy minh họa bài đọc “Cô giáo lớp em” do cô Nguyễn Thị Ngọc Ánh thực hiện tại"
                " lớp 2A. Cô tổ chức cho học sinh đọc theo nhóm, trò chơi “Ai nhanh ai đúng” để tìm"
                " từ ngữ chỉ đặc điểm, giúp các em hiểu nội dung bài một cách nhẹ nhàng, hứng thú."
            ),
            Img(
                _img("chuyen-de-doc-lop-2-a.jpg"),
                "Học sinh lớp 2A đọc bài theo nhóm",
                "Học sinh lớp 2A đọc bài theo nhóm",
                "sep",
            ),
            P(
                "Trong phần thảo luận, giáo viên đã trao đổi về cách rèn đọc đúng, đọc hiểu cho học"
                " sinh còn đọc chậm, cách sử dụng câu hỏi gợi mở và tổ chức góc đọc trong lớp học."
            ),
            Img(
                _img("chuyen-de-doc-lop-2-b.jpg"),
                "Giáo viên góp ý tiết dạy minh họa",
                "Giáo viên góp ý tiết dạy minh họa",
                "sep",
            ),
            P(
                "Qua chuyên đề, giáo viên có thêm kinh nghiệm trong việc đổi mới phương pháp dạy học"
                " môn Tiếng Việt theo Chương trình giáo dục phổ thông 2018."
            ),
            Raw('<div style="text-align: right;"><b><i>Nguyễn Thị Ngọc Ánh</i></b></div>'),
        ],
        authors=["Nguyễn Thị Ngọc Ánh"],
        opts={"labels": ["Chuyên môn"], "account": "ha", "editor": "p", "jump": 2},
    ),
    Story(
        id=5,
        slug="2026/10/ke-hoach-to-chuc-hoi-khoe-phu-ong-cap",
        title="Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-10-28T10:10:00+07:00",
        blocks=[
            P(
                "Nhà trường gửi Kế hoạch số 86/KH-THNVX ngày 27/10/2026 về tổ chức Hội khỏe Phù Đổng"
                " cấp trường năm học 2026 - 2027 để giáo viên và cha mẹ học sinh được biết."
            ),
        ],
        authors=["Lê Thu Hà"],
        opts={
            "labels": ["Thông báo"],
            "account": "ha",
            "editor": "p",
            "drive": "1kQ3vXoL2pZ7rN8sT4uW6yA9bC0dE5fGh",
        },
    ),
    Story(
        id=6,
        slug="2026/10/hinh-anh-hoat-ong-chao-mung-ngay-phu-nu",
        title="Hình ảnh hoạt động chào mừng ngày Phụ nữ Việt Nam 20/10",
        cat="Tin tức",
        published_at="2026-10-20T15:00:00+07:00",
        blocks=[
            P("Một số hình ảnh hoạt động chào mừng ngày Phụ nữ Việt Nam 20/10 của Công đoàn nhà trường."),
            Img(_img("IMG_20261020_093512.jpg"), None, None, "none"),
            Img(_img("IMG_20261020_094208.jpg"), None, None, "none"),
            Img(
                _img("IMG_20261020_101733.jpg"),
                "Cô giáo và học sinh lớp 1A tặng hoa chúc mừng",
                "Cô giáo và học sinh lớp 1A tặng hoa chúc mừng",
                "tr",
            ),
        ],
        authors=["Lê Thu Hà"],
        opts={"labels": ["Tin tức"], "account": "ha", "editor": "p"},
    ),
    Story(
        id=7,
        slug="2026/10/bo-gd-t-huong-dan-anh-gia-hoc-sinh-tieu",
        title="Bộ GD&ĐT hướng dẫn đánh giá học sinh tiểu học theo hướng đổi mới",
        cat="Chuyên môn",
        published_at="2026-10-12T08:20:00+07:00",
        blocks=[
            P(
                "Bộ Giáo dục và Đào tạo vừa có văn bản hướng dẫn các địa phương tiếp tục thực hiện"
                " đánh giá học sinh tiểu học theo hướng coi trọng đánh giá thường xuyên bằng nhận"
                " xét, động viên, khích lệ học sinh."
            ),
            P(
                "Theo hướng dẫn, giáo viên không chấm điểm, không so sánh học sinh với nhau trong"
                " các bài kiểm tra thường xuyên; kết quả đánh giá định kỳ được thông báo riêng cho"
                " từng cha mẹ học sinh."
            ),
            P(
                "Bộ cũng đề nghị các nhà trường giảm áp lực thi cử, không tổ chức thi khảo sát đầu"
                " vào lớp 1, không giao bài tập về nhà cho học sinh học 2 buổi/ngày."
            ),
            Raw('<div style="text-align: right;"><b>Thanh Hằng</b></div>'),
            Raw('<div style="text-align: right;"><i>Nguồn: Báo Giáo dục và Thời đại</i></div>'),
        ],
        authors=["Thanh Hằng"],
        source="Báo Giáo dục và Thời đại",
        opts={"labels": ["Chuyên môn"], "account": "ha", "editor": "p"},
    ),
    Story(
        id=8,
        slug="2026/09/vui-tet-trung-thu-cho-hoc-sinh",
        title="Vui Tết Trung thu cho học sinh năm 2026",
        cat="Hoạt động Đội",
        published_at="2026-09-26T19:30:00+07:00",
        blocks=[
            P(
                "Tối ngày 25/9/2026 (nhằm ngày 15 tháng 8 âm lịch), Liên đội Trường Tiểu học Nguyễn"
                " Viết Xuân tổ chức chương trình “Vui Tết Trung thu” cho hơn 600 học sinh toàn trường."
            ),
            P(
                "Các em được xem múa lân, tham gia rước đèn quanh sân trường, thi bày mâm ngũ quả và"
                " phá cỗ cùng thầy cô. Nhà trường cũng trao 40 suất quà cho học sinh có hoàn cảnh khó"
                " khăn, học sinh người dân tộc thiểu số."
            ),
            Img(
                _img("trung-thu-2026-ruoc-den.jpg"),
                "Học sinh rước đèn quanh sân trường",
                "Học sinh rước đèn quanh sân trường",
                "sep",
            ),
            Img(
                _img("trung-thu-2026-mam-ngu-qua.jpg"),
                "Mâm ngũ quả của lớp 5A đạt giải Nhất",
                "Mâm ngũ quả của lớp 5A đạt giải Nhất",
                "sep",
            ),
            P("Đêm hội khép lại trong niềm vui, tiếng cười rộn rã của các em học sinh."),
            Raw('<div style="text-align: right;"><b>Bài: Hoàng Thị Lan - Ảnh: Trần Quốc Việt</b></div>'),
        ],
        authors=["Hoàng Thị Lan"],
        photographers=["Trần Quốc Việt"],
        opts={"labels": ["Hoạt động Đội", "Tin tức"], "account": "ha", "editor": "p", "nfd": True},
    ),
    Story(
        id=9,
        slug="2026/09/le-khai-giang-nam-hoc-2026-2027",
        title="Lễ khai giảng năm học 2026 - 2027",
        cat="Tin tức",
        published_at="2026-09-05T11:15:00+07:00",
        blocks=[
            P(
                "Sáng ngày 05/9/2026, cùng với học sinh cả nước, thầy và trò Trường Tiểu học Nguyễn"
                " Viết Xuân long trọng tổ chức Lễ khai giảng năm học 2026 - 2027."
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Đảng ủy, UBND xã Cư Huê, Ban đại diện cha mẹ học"
                " sinh cùng đông đảo phụ huynh. Năm học này, trường có 22 lớp với 634 học sinh, trong"
                " đó có 128 em học sinh lớp 1."
            ),
            Img(
                _img("khai-giang-2026-lop-1.jpg"),
                "Các em học sinh lớp 1 bước vào lễ khai giảng đầu tiên",
                "Các em học sinh lớp 1 bước vào lễ khai giảng đầu tiên",
                "br",
            ),
            P(
                "Cô Hiệu trưởng Trần Thị Minh Nguyệt đọc thư của Chủ tịch nước gửi ngành Giáo dục,"
                " đánh giá kết quả năm học 2025 - 2026 và phát động thi đua năm học mới."
            ),
            P(
                "Tiếng trống khai trường vang lên, mở đầu năm học mới với bao niềm tin và hy vọng."
            ),
            Raw('<div style="text-align: right;"><b>Tin và ảnh: Đỗ Văn Hùng</b></div>'),
        ],
        authors=["Đỗ Văn Hùng"],
        photographers=["Đỗ Văn Hùng"],
        opts={
            "labels": ["Tin tức"],
            "account": "ha",
            "editor": "br",
            "comments": [
                (
                    "Ẩn danh",
                    datetime(2026, 9, 5, 21, 30),
                    "Chúc các con một năm học mới nhiều niềm vui và thành công!",
                ),
            ],
        },
    ),
    Story(
        id=10,
        slug="2026/09/danh-sach-lop-va-giao-vien-chu-nhiem",
        title="Danh sách lớp và giáo viên chủ nhiệm năm học 2026 - 2027",
        cat="Thông báo",
        published_at="2026-09-01T17:00:00+07:00",
        blocks=[
            P(
                "Nhà trường thông báo phân công giáo viên chủ nhiệm các lớp khối 1 năm học"
                " 2026 - 2027 như sau:"
            ),
            P("Lớp 1A: cô Nguyễn Thị Thúy, phòng học số 3;", "li"),
            P("Lớp 1B: cô H'Linh Niê, phòng học số 4;", "li"),
            P("Lớp 1C: cô Phan Thị Mỹ Duyên, phòng học số 5;", "li"),
            P("Lớp 1D: thầy Vũ Đình Quang, phòng học số 6.", "li"),
            P("Danh sách học sinh từng lớp được niêm yết tại bảng tin nhà trường."),
        ],
        authors=["Lê Thu Hà"],
        opts={"labels": ["Thông báo"], "account": "ha", "editor": "p"},
    ),
    Story(
        id=11,
        slug="2026/08/hoi-nghi-trien-khai-nhiem-vu-nam-hoc",
        title="Hội nghị triển khai nhiệm vụ năm học 2026 - 2027",
        cat="Chuyên môn",
        published_at="2026-08-20T08:00:00+07:00",
        blocks=[
            P(
                "Ngày 19/8/2026, Trường Tiểu học Nguyễn Viết Xuân tổ chức hội nghị triển khai nhiệm vụ"
                " năm học 2026 - 2027 cho toàn thể cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã quán triệt các văn bản chỉ đạo của ngành, triển khai kế hoạch giáo dục"
                " nhà trường, kế hoạch dạy học 2 buổi/ngày và các chỉ tiêu thi đua của năm học mới."
            ),
            Img(
                _img("hoi-nghi-trien-khai-nhiem-vu-2026.jpg"),
                "Quang cảnh hội nghị (Ảnh: Đỗ Văn Hùng)",
                "Quang cảnh hội nghị (Ảnh: Đỗ Văn Hùng)",
                "tr",
            ),
            P(
                "Năm học này, nhà trường tập trung nâng cao chất lượng dạy học môn Tiếng Việt cho học"
                " sinh dân tộc thiểu số, đẩy mạnh ứng dụng công nghệ thông tin và chuyển đổi số"
                " trong quản lý."
            ),
            Raw('<div style="text-align: right;"><b>Tin: Lê Thu Hà</b></div>'),
        ],
        authors=["Lê Thu Hà"],
        photographers=["Đỗ Văn Hùng"],
        opts={"labels": ["Chuyên môn", "Tin tức"], "account": "ha", "editor": "word"},
    ),
    Story(
        id=12,
        slug="2025/05/le-tong-ket-nam-hoc-2024-2025",
        title="Lễ tổng kết năm học 2024 - 2025",
        cat="",
        published_at="2025-05-24T09:30:00+07:00",
        blocks=[
            P(
                "Sáng ngày 24/5/2025, nhà trường tổ chức Lễ tổng kết năm học 2024 - 2025 và tuyên"
                " dương học sinh hoàn thành xuất sắc nội dung các môn học."
            ),
            Img(_img("tong-ket-2025.jpg"), None, None, "none"),
            P(
                "Năm học 2024 - 2025, 100% học sinh lớp 5 hoàn thành chương trình tiểu học; nhà trường"
                " có 186 học sinh được khen thưởng, 12 em đạt giải trong các cuộc thi cấp huyện."
            ),
        ],
        opts={"labels": [], "account": "gone", "editor": "p"},
    ),
]

_BY_SLUG = {s.slug: s for s in STORIES}
ORDER = sorted(STORIES, key=lambda s: s.published_at or "", reverse=True)

STATIC_PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "gioi-thieu": (
        "Giới thiệu",
        (
            "Trường Tiểu học Nguyễn Viết Xuân được thành lập năm 1986, đóng trên địa bàn xã Cư Huê,"
            " tỉnh Đắk Lắk. Nhà trường có 2 điểm trường với 22 lớp học, 634 học sinh, trong đó gần"
            " 40% là học sinh người dân tộc thiểu số.",
            "Đội ngũ cán bộ, giáo viên, nhân viên gồm 38 người, 100% giáo viên đạt chuẩn trình độ"
            " đào tạo. Nhà trường đạt chuẩn quốc gia mức độ 1 năm 2019.",
        ),
    ),
    "lien-he": (
        "Liên hệ",
        (
            f"Địa chỉ: {ADDRESS}.",
            f"Điện thoại: {PHONE}. Email: {EMAIL}.",
        ),
    ),
}


# --- facts about posts ---------------------------------------------------------------------


def post_path(story: Story) -> str:
    return f"/{story.slug}.html"


def when(story: Story) -> datetime:
    """The post's local publication time (naive, +07:00)."""
    return datetime.fromisoformat(story.published_at or "").replace(tzinfo=None)


def _id19(seed: str) -> str:
    """A 19-digit Blogger id, fixed per seed."""
    return str(10**18 + int(hashlib.sha256(seed.encode()).hexdigest(), 16) % (8 * 10**18))


def post_id(story: Story) -> str:
    return _id19("post:" + story.slug)


def _stamp(dt: datetime) -> str:
    return dt.replace(tzinfo=_TZ).isoformat()


def stamp_q(dt: datetime) -> str:
    """A timestamp as Blogger writes it into a query string (``+`` as ``%2B``)."""
    return quote(_stamp(dt), safe=":")


def _date_header(dt: datetime) -> str:
    return f"{_WEEKDAYS[dt.weekday()]}, {dt.day} tháng {dt.month}, {dt.year}"


def label_path(label: str) -> str:
    return "/search/label/" + quote(label)


def labels_of(story: Story) -> list[str]:
    return list(story.opts.get("labels", []))


def all_labels() -> list[str]:
    seen: dict[str, int] = {}
    for s in STORIES:
        for lab in labels_of(s):
            seen[lab] = seen.get(lab, 0) + 1
    return sorted(seen)


def comments_of(story: Story) -> list[tuple[str, datetime, str]]:
    return list(story.opts.get("comments", []))


def comment_id(story: Story, n: int) -> str:
    return _id19(f"comment:{story.slug}#{n}")


def comment_ms(dt: datetime) -> int:
    return int(dt.replace(tzinfo=_TZ).timestamp() * 1000)


def showcomment_path(story: Story, n: int) -> str:
    return f"{post_path(story)}?showComment={comment_ms(comments_of(story)[n][1])}"


def search_path(dt: datetime, label: str | None = None) -> str:
    base = label_path(label) if label else "/search"
    return f"{base}?updated-max={stamp_q(dt)}&max-results={PER_PAGE}"


def newer_path(dt: datetime, label: str | None = None) -> str:
    base = label_path(label) if label else "/search"
    return f"{base}?updated-min={stamp_q(dt)}&max-results={PER_PAGE}&reverse-paginate=true"


def months() -> list[tuple[int, int, list[Story]]]:
    out: dict[tuple[int, int], list[Story]] = {}
    for s in ORDER:
        dt = when(s)
        out.setdefault((dt.year, dt.month), []).append(s)
    return [(y, m, posts) for (y, m), posts in out.items()]


def years() -> list[tuple[int, list[Story]]]:
    out: dict[int, list[Story]] = {}
    for s in ORDER:
        out.setdefault(when(s).year, []).append(s)
    return list(out.items())


def views(story: Story) -> int:
    return story.views() * 3 + 41


# --- body markup ---------------------------------------------------------------------------


def _para(story: Story, block: P) -> str:
    t = _html.escape(block.text, quote=False)
    editor = story.opts.get("editor", "p")
    if editor == "word":
        return (
            '<p class="MsoNormal" style="line-height: 150%; margin-bottom: 6pt; text-align: justify; text-indent: 36pt;">'
            f'<span style="font-family: &quot;Times New Roman&quot;, serif; font-size: 14pt; line-height: 150%;">{t}</span></p>'
        )
    if block.style == "lead":
        return f'<p style="text-align: justify;"><b>{t}</b></p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _image(img: Img) -> str:
    big = img.src.replace("/s640/", "/s1600/")
    tag = (
        f'<img border="0" data-original-height="1200" data-original-width="1600" height="480" '
        f'src="{esc(img.src)}" width="640" />'
    )
    line = esc(img.printed) if img.printed else ""
    if img.style == "tr":
        return (
            '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" '
            'style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;">'
            f'<a href="{esc(big)}" imageanchor="1" style="margin-left: auto; margin-right: auto;">{tag}</a></td></tr>'
            f'<tr><td class="tr-caption" style="text-align: center;">{line}</td></tr></tbody></table>'
        )
    out = (
        '<div class="separator" style="clear: both; text-align: center;">'
        f'<a href="{esc(big)}" imageanchor="1" style="margin-left: 1em; margin-right: 1em;">{tag}</a></div>'
    )
    if img.printed and img.style == "sep":
        out += f'<div style="text-align: center;"><i>{line}</i></div>'
    elif img.printed and img.style == "br":
        out += f'<div style="text-align: center;">{line}</div>'
    return out


def _table(story: Story, rows: list[P]) -> str:
    out = []
    for row in rows:
        cells = []
        for cell in row.text.split(" | "):
            t = _html.escape(cell, quote=False)
            inner = f"<b>{t}</b>" if row.style == "th" else t
            cells.append(
                '<td style="border: 1pt solid windowtext; padding: 0cm 5.4pt;" valign="top">'
                '<p class="MsoNormal" style="margin-bottom: 0cm; text-align: center;">'
                f'<span style="font-family: &quot;Times New Roman&quot;, serif; font-size: 13pt;">{inner}</span></p></td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    return (
        '<table border="1" cellpadding="0" cellspacing="0" class="MsoTableGrid" '
        'style="border-collapse: collapse; border: none; margin: auto;"><tbody>' + "".join(out) + "</tbody></table>"
    )


def body_html(story: Story, cut: bool = False) -> str:
    """The post body as stored; ``cut`` stops at the jump break (index pages)."""
    jump = story.opts.get("jump")
    blocks = list(story.blocks)
    parts: list[str] = []
    i = 0
    old = story.opts.get("editor") == "br"
    while i < len(blocks):
        if jump is not None and i == jump:
            if cut:
                break
            parts.append("<a name='more'></a>")
        block = blocks[i]
        if isinstance(block, P) and block.style in ("th", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                run.append(blocks[i])
                i += 1
            parts.append(_table(story, run))
            continue
        if isinstance(block, P) and block.style == "li":
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                run.append(blocks[i])
                i += 1
            parts.append("<ul>" + "".join(f"<li>{_html.escape(b.text, quote=False)}</li>" for b in run) + "</ul>")
            continue
        if isinstance(block, P):
            parts.append(_html.escape(block.text, quote=False) if old else _para(story, block))
        elif isinstance(block, Img):
            parts.append(_image(block))
        else:
            parts.append(block.html)
        i += 1
    if story.opts.get("drive"):
        parts.append(
            f'<div style="text-align: center;"><iframe allow="autoplay" height="480" '
            f'src="https://drive.google.com/file/d/{story.opts["drive"]}/preview" width="640"></iframe></div>'
        )
    if old:
        # the old editor: text lines separated by <br />, blank line between paragraphs
        markup = "<br />\n<br />\n".join(parts)
        markup = f'<div dir="ltr" style="text-align: left;" trbidi="on">\n{markup}</div>'
    else:
        markup = "\n".join(parts)
    if story.opts.get("nfd"):
        markup = unicodedata.normalize("NFD", markup)
    return markup


def _snippet(story: Story, n: int = 150) -> str:
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= n else first[:n].rsplit(" ", 1)[0] + "..."


# --- page chrome ---------------------------------------------------------------------------


class _Links:
    """URL builder of one rendered page: absolute like Blogger's, ``m=1`` kept on mobile pages."""

    def __init__(self, request: Request, mobile: bool):
        self.base = base_url(request)
        self.mobile = mobile

    def __call__(self, target: str) -> str:
        url = self.base + target
        if self.mobile:
            url += ("&" if "?" in target else "?") + "m=1"
        return esc(url)


def _share(story: Story) -> str:
    pid = post_id(story)
    items = [
        ("email", "Gửi email bài đăng này", "sb-email"),
        ("blog", "BlogThis!", "sb-blog"),
        ("twitter", "Chia sẻ lên X", "sb-twitter"),
        ("facebook", "Chia sẻ lên Facebook", "sb-facebook"),
        ("pinterest", "Chia sẻ lên Pinterest", "sb-pinterest"),
    ]
    links = "".join(
        f"<a class='goog-inline-block share-button {cls}' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target={t}' "
        f"target='_blank' title='{label}'><span class='share-button-link-text'>{label}</span></a>"
        for t, label, cls in items
    )
    return f"<div class='post-share-buttons goog-inline-block'>{links}</div>"


def _author(story: Story) -> str:
    name, pid = PROFILES[story.opts["account"]]
    if not pid:
        return (
            "<span class='post-author vcard'>Đăng bởi <span class='fn' itemprop='author' itemscope='itemscope' "
            f"itemtype='http://schema.org/Person'><span itemprop='name'>{esc(name)}</span></span></span>"
        )
    url = f"https://www.blogger.com/profile/{pid}"
    return (
        "<span class='post-author vcard'>Đăng bởi <span class='fn' itemprop='author' itemscope='itemscope' "
        f"itemtype='http://schema.org/Person'><meta content='{url}' itemprop='url'/>"
        f"<a class='g-profile' href='{url}' rel='author' title='author profile'><span itemprop='name'>{esc(name)}</span></a></span></span>"
    )


def _post(story: Story, u: _Links, item: bool) -> str:
    dt = when(story)
    pid = post_id(story)
    link = u(post_path(story))
    count = len(comments_of(story))
    comment_text = f"{count} nhận xét:" if count else "Không có nhận xét nào:"
    title = (
        f"<h3 class='post-title entry-title' itemprop='name'>{esc(story.title)}</h3>"
        if item
        else f"<h3 class='post-title entry-title' itemprop='name'><a href='{link}'>{esc(story.title)}</a></h3>"
    )
    cut = not item and story.opts.get("jump") is not None
    jump = (
        f"<div class='jump-link'><a href='{link}#more' title='{esc(story.title)}'>Đọc thêm »</a></div>" if cut else ""
    )
    labels = labels_of(story)
    label_line = ""
    if labels:
        label_line = "Nhãn: " + ",\n".join(
            f"<a href='{u(label_path(lab))}' rel='tag'>{esc(lab)}</a>" for lab in labels
        )
    image = story.images[0].src if story.images else ""
    return f"""<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='{esc(image)}' itemprop='image_url'/>
<meta content='{BLOG_ID}' itemprop='blogId'/>
<meta content='{pid}' itemprop='postId'/>
<a name='{pid}'></a>
{title}
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{pid}' itemprop='description articleBody'>
{body_html(story, cut=cut)}
<div style='clear: both;'></div>
</div>
{jump}
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
{_author(story)}
<span class='post-timestamp'>
lúc
<meta content='{u(post_path(story))}' itemprop='url'/>
<a class='timestamp-link' href='{link}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{_stamp(dt)}'>{dt:%H:%M}</abbr></a>
</span>
<span class='post-comment-link'>
<a class='comment-link' href='{link}#comment-form' onclick=''>{comment_text}</a>
</span>
<span class='post-icons'>
<span class='item-control blog-admin pid-1938475562'>
<a href='https://www.blogger.com/post-edit.g?blogID={BLOG_ID}&amp;postID={pid}&amp;from=pencil' title='Sửa Bài đăng'><img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/></a>
</span>
</span>
{_share(story)}
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>
{label_line}
</span></div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div>
</div>
</div>
</div>"""


def _comments(story: Story, u: _Links) -> str:
    items = []
    for n, (who, dt, said) in enumerate(comments_of(story)):
        cid = comment_id(story, n)
        permalink = u(f"{post_path(story)}?showComment={comment_ms(dt)}") + f"#c{cid}"
        items.append(
            f'<li class="comment" id="c{cid}"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""/></div>'
            f'<div class="comment-block"><div class="comment-header"><cite class="user">{esc(who)}</cite>'
            f'<span class="icon user "></span><span class="datetime secondary-text"><a rel="nofollow" href="{permalink}">'
            f"{dt.day} tháng {dt.month}, {dt.year} lúc {dt:%H:%M}</a></span></div>"
            f'<p class="comment-content">{esc(said)}</p><span class="comment-actions secondary-text">'
            f'<a class="comment-reply" target="_self" data-comment-id="{cid}">Trả lời</a>'
            f'<span class="item-control blog-admin blog-admin pid-1938475562"><a target="_self" href="https://www.blogger.com/comment/delete/{BLOG_ID}/{cid}">Xóa</a></span></span></div>'
            f'<div class="comment-replies"></div><div class="comment-replybox-single" id="c{cid}-ce"></div></li>'
        )
    heading = f"{len(items)} nhận xét:" if items else "Không có nhận xét nào:"
    thread = (
        f'<div class="comment-thread toplevel-thread"><ol id="top-ra">{"".join(items)}</ol>'
        '<div id="top-continue" class="continue"><a class="comment-reply" target="_self">Thêm nhận xét</a></div></div>'
        if items
        else ""
    )
    pid = post_id(story)
    return f"""<div class='comments' id='comments'>
<a name='comments'></a>
<h4>{heading}</h4>
<div class='comments-content'>
<div id='comment-holder'>{thread}</div>
</div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>Đăng nhận xét</h4>
<p>Mời quý phụ huynh và các em học sinh để lại ý kiến.</p>
<a href='https://www.blogger.com/comment/frame/{BLOG_ID}?po={pid}&amp;hl=vi&amp;saa=85391&amp;origin={esc(u.base)}' id='comment-editor-src'></a>
<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
</div>
</p>
</div>"""


def _archive_widget(u: _Links, open_year: int, open_month: int | None) -> str:
    out = ["<ul class='hierarchy'>"]
    for year, posts in years():
        if year != open_year:
            out.append(
                "<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>►&#160;</span></a>"
                f"<a class='post-count-link' href='{u(f'/{year}/')}'>{year}</a> <span class='post-count' dir='ltr'>({len(posts)})</span></li>"
            )
            continue
        out.append(
            "<li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&#160;</span></a>"
            f"<a class='post-count-link' href='{u(f'/{year}/')}'>{year}</a> <span class='post-count' dir='ltr'>({len(posts)})</span>"
            "<ul class='hierarchy'>"
        )
        for y, m, mposts in months():
            if y != year:
                continue
            href = u(f"/{y}/{m:02d}/")
            if m == open_month:
                titles = "".join(f"<li><a href='{u(post_path(s))}'>{esc(s.title)}</a></li>" for s in mposts)
                out.append(
                    "<li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&#160;</span></a>"
                    f"<a class='post-count-link' href='{href}'>tháng {m}</a> <span class='post-count' dir='ltr'>({len(mposts)})</span>"
                    f"<ul class='posts'>{titles}</ul></li>"
                )
            else:
                out.append(
                    "<li class='archivedate collapsed'><a class='toggle' href='javascript:void(0)'><span class='zippy'>►&#160;</span></a>"
                    f"<a class='post-count-link' href='{href}'>tháng {m}</a> <span class='post-count' dir='ltr'>({len(mposts)})</span></li>"
                )
        out.append("</ul></li>")
    out.append("</ul>")
    return (
        "<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Lưu trữ Blog</h2><div class='widget-content'>"
        f"<div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>{''.join(out)}</div></div><div class='clear'></div></div></div>"
    )


def _sidebar(u: _Links, open_year: int, open_month: int | None) -> str:
    popular = sorted(STORIES, key=views, reverse=True)[:4]
    pop = "".join(
        "<li><div class='item-content'>"
        + (
            f"<div class='item-thumbnail'><a href='{u(post_path(s))}' target='_blank'><img alt='' border='0' "
            f"src='{esc(s.images[0].src.replace('/s640/', '/w72-h72-p-k-no-nu/'))}'/></a></div>"
            if s.images
            else ""
        )
        + f"<div class='item-title'><a href='{u(post_path(s))}'>{esc(s.title)}</a></div>"
        f"<div class='item-snippet'>{esc(_snippet(s))}</div></div><div style='clear: both;'></div></li>"
        for s in popular
    )
    counts = {lab: sum(lab in labels_of(s) for s in STORIES) for lab in all_labels()}
    labels = "".join(
        f"<li><a dir='ltr' href='{u(label_path(lab))}'>{esc(lab)}</a><span dir='ltr'>({n})</span></li>"
        for lab, n in counts.items()
    )
    links = "".join(
        f"<li><a href='{href}'>{esc(name)}</a></li>"
        for href, name in (
            ("https://moet.gov.vn/", "Bộ Giáo dục và Đào tạo"),
            ("https://sgddt.daklak.gov.vn/", "Sở GD&ĐT Đắk Lắk"),
            ("https://trangnguyen.edu.vn/", "Trạng nguyên Tiếng Việt"),
            ("https://violympic.vn/", "ViOlympic"),
        )
    )
    return f"""<aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget BlogSearch' data-version='1' id='BlogSearch1'><h2 class='title'>Tìm kiếm Blog này</h2><div class='widget-content'>
<div id='BlogSearch1_form'><form action='{esc(u.base)}/search' class='gsc-search-box' target='_top'><table cellpadding='0' cellspacing='0' class='gsc-search-box'><tbody><tr>
<td class='gsc-input'><input autocomplete='off' class='gsc-input' name='q' size='10' title='search' type='text' value=''/></td>
<td class='gsc-search-button'><input class='gsc-search-button' title='search' type='submit' value='Tìm kiếm'/></td></tr></tbody></table></form></div></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Bài đăng phổ biến</h2><div class='widget-content popular-posts'><ul>{pop}</ul><div class='clear'></div></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Nhãn</h2><div class='widget-content list-label-widget-content'><ul>{labels}</ul><div class='clear'></div></div></div>
{_archive_widget(u, open_year, open_month)}
<div class='widget Stats' data-version='1' id='Stats1'><h2>Tổng số lượt xem trang</h2><div class='widget-content'><div id='Stats1_content'>
<span class='counter-wrapper text-counter-wrapper' id='Stats1_totalCount'>186.452</span></div><div class='clear'></div></div></div>
<div class='widget LinkList' data-version='1' id='LinkList1'><h2>Liên kết</h2><div class='widget-content'><ul>{links}</ul><div class='clear'></div></div></div>
</div></aside>"""


def _layout(
    request: Request,
    mobile: bool,
    title: str,
    canonical: str,
    main: str,
    open_year: int,
    open_month: int | None,
    head: str = "",
    crumbs: str = "",
) -> Response:
    u = _Links(request, mobile)
    base = u.base
    tabs = [("/", "Trang chủ"), ("/p/gioi-thieu.html", "Giới thiệu")]
    tab_items = "".join(f"<li><a href='{u(t)}'>{esc(n)}</a></li>" for t, n in tabs)
    tab_items += "".join(
        f"<li><a href='{u(label_path(lab))}'>{esc(lab)}</a></li>" for lab in ("Tin tức", "Thông báo", "Chuyên môn")
    )
    tab_items += f"<li><a href='{u('/p/lien-he.html')}'>Liên hệ</a></li>"
    mobile_link = (
        f"<div class='mobile-link-button' id='mobile-view-link'><a href='{esc(base + canonical)}?m=0'>Xem phiên bản web</a></div>"
        if mobile
        else ""
    )
    alternate = esc(base + canonical + ("&" if "?" in canonical else "?") + "m=1")
    page = f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<link href='https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css' rel='stylesheet' type='text/css'/>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{esc(base)}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{esc(base + canonical)}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{esc(BLOG_TITLE)} - Atom" href="{esc(base)}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{esc(BLOG_TITLE)} - RSS" href="{esc(base)}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{esc(BLOG_TITLE)} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
{head}<link href='{alternate}' media='only screen and (max-width: 640px)' rel='alternate'/>
<meta content='{esc(base + canonical)}' property='og:url'/>
<meta content='{esc(title)}' property='og:title'/>
<title>{esc(title)}</title>
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 14px Arial, Tahoma, Helvetica, FreeSans, sans-serif; color: #222222; background: #cfe7d1; }}
.breadcrumbs {{ font-size: 90%; padding: 5px 0; }} .today {{ text-align: right; font-style: italic; }}
--></style>
</head>
<body class='loading variant-wide{' mobile' if mobile else ''}'>
<div class='navbar section' id='navbar' name='Thanh điều hướng'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) {{ if (window.addEventListener) {{ window.addEventListener('load', function(){{ object[attribute] = val; }}, false); }} }}
  </script>
<div id="navbar-iframe-container"></div></div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'><div class='section' id='header' name='Tiêu đề'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{u('/')}'>{esc(BLOG_TITLE)}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>{esc(BLOG_DESC)}</span></p></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='tabs section' id='crosscol' name='Tất cả các cột'>
<div class='widget HTML' data-version='1' id='HTML3'><div class='widget-content'><div class='today'>Hôm nay: {TODAY}</div></div></div>
<div class='widget PageList' data-version='1' id='PageList1'><h2>Trang</h2><div class='widget-content'><ul>{tab_items}</ul><div class='clear'></div></div></div>
</div></div></div>
<div class='main-outer'><div class='main-inner columns fauxcolumns'>
<div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Chính'><div class='widget Blog' data-version='1' id='Blog1'>
{crumbs}
{main}
</div></div>
</div></div>
<div class='column-right-outer'><div class='column-right-inner'>
{_sidebar(u, open_year, open_month)}
</div></div>
</div>
<div style='clear: both'></div>
</div></div>
<footer><div class='footer-outer'><div class='footer-inner'>
<div class='foot section' id='footer-1'><div class='widget HTML' data-version='1' id='HTML5'><div class='widget-content'>
<p><b>{esc(BLOG_TITLE.upper())}</b></p><p>Địa chỉ: {esc(ADDRESS)} - Điện thoại: {PHONE}</p><p>Email: {esc(EMAIL)}</p></div></div></div>
<div class='foot section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>
Chủ đề Đơn giản. Được tạo bởi <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div>
<div class='widget ReportAbuse' data-version='1' id='ReportAbuse1'><h3 class='title'><a class='report_abuse' href='https://www.blogger.com/go/report-abuse' rel='noopener nofollow' target='_blank'>Báo cáo vi phạm</a></h3></div></div>
{mobile_link}
</div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3566091532-widgets.js"></script>
</body>
</html>"""
    return html(page.encode("utf-8"), charset="UTF-8", headers={"Cache-Control": "private, max-age=0", "X-Content-Type-Options": "nosniff"})


def _grouped(posts: list[Story], u: _Links) -> str:
    out = []
    day = None
    for s in posts:
        dt = when(s)
        if dt.date() != day:
            if day is not None:
                out.append("</div></div>")
            day = dt.date()
            out.append(
                f"<div class='date-outer'><h2 class='date-header'><span>{_date_header(dt)}</span></h2><div class='date-posts'>"
            )
        out.append(_post(s, u, item=False))
    if day is not None:
        out.append("</div></div>")
    return "<div class='blog-posts hfeed'>" + "\n".join(out) + "</div>"


def _index_pager(u: _Links, newer: str | None, older: str | None) -> str:
    parts = []
    if newer:
        parts.append(
            f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{u(newer)}' id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span>"
        )
    if older:
        parts.append(
            f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{u(older)}' id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span>"
        )
    parts.append(f"<a class='home-link' href='{u('/')}'>Trang chủ</a>")
    return (
        "<div class='blog-pager' id='blog-pager'>" + "\n".join(parts) + "</div><div class='clear'></div>"
        f"<div class='blog-feeds'><div class='feed-links'>Đăng ký: <a class='feed-link' href='{esc(u.base)}/feeds/posts/default' target='_blank' type='application/atom+xml'>Bài đăng (Atom)</a></div></div>"
    )


def _status(message: str, u: _Links) -> str:
    return (
        "<div class='status-msg-wrap'><div class='status-msg-body'>"
        f"{message} <a href='{u('/')}'>Hiển thị tất cả bài đăng</a></div><div class='status-msg-border'>"
        "<div class='status-msg-bg'><div class='status-msg-hidden'></div></div></div></div><div style='clear: both;'></div>"
    )


def _newest_month() -> tuple[int, int]:
    dt = when(ORDER[0])
    return dt.year, dt.month


# --- pages ---------------------------------------------------------------------------------


def _listing(request: Request, mobile: bool, posts: list[Story], everything: list[Story], label: str | None, title: str, canonical: str, status: str = "") -> Response:
    """One page of an index (home, /search, label): ``posts`` out of the ordered ``everything``."""
    u = _Links(request, mobile)
    if posts:
        first, last = everything.index(posts[0]), everything.index(posts[-1])
        older = search_path(when(posts[-1]), label) if last + 1 < len(everything) else None
        newer = None
        if first > 0:
            newer = newer_path(when(posts[0]), label)
        main = (_status(status, u) if status else "") + _grouped(posts, u) + _index_pager(u, newer, older)
    else:
        main = (_status(status, u) if status else "") + "<div class='blog-posts hfeed'>Không có bài đăng nào.</div>" + _index_pager(u, None, None)
    y, m = _newest_month()
    return _layout(request, mobile, title, canonical, main, y, m)


def _home(request: Request, mobile: bool) -> Response:
    return _listing(request, mobile, ORDER[:PER_PAGE], ORDER, None, BLOG_TITLE, "/")


def _parse_stamp(value: str) -> datetime | None:
    value = value.replace(" ", "+")
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(_TZ).replace(tzinfo=None)
    return dt


def _search(request: Request, mobile: bool, label: str | None) -> Response | None:
    params = request.params
    allowed = {"updated-max", "updated-min", "max-results", "reverse-paginate", "by-date", "m", "q", "start"}
    if set(params) - allowed:
        return None
    everything = [s for s in ORDER if label is None or label in labels_of(s)]
    if label is not None and not everything:
        return None
    try:
        size = max(1, min(int(params.get("max-results", PER_PAGE)), 50))
    except ValueError:
        return None
    q = params.get("q", "").strip()
    # the page's own address (without the mobile switch) is its canonical
    rest = "&".join(part for part in request.query.split("&") if part and not part.startswith("m="))
    canonical = request.path + (f"?{rest}" if rest else "")
    if q and label is None:
        hits = [s for s in ORDER if q.lower() in (s.title + " " + " ".join(s.paragraphs)).lower()]
        status = f"Đang hiển thị các bài đăng được sắp xếp theo mức độ liên quan cho truy vấn <b>{esc(q)}</b>."
        return _listing(request, mobile, hits[:size], hits, None, f"{BLOG_TITLE}: Kết quả tìm kiếm {q}", canonical, status)
    if "updated-max" in params:
        cut = _parse_stamp(params["updated-max"])
        if cut is None:
            return None
        posts = [s for s in everything if when(s) < cut][:size]
    elif "updated-min" in params and params.get("reverse-paginate") == "true":
        cut = _parse_stamp(params["updated-min"])
        if cut is None:
            return None
        posts = [s for s in everything if when(s) > cut][-size:]
    else:
        posts = everything[:size]
    if label:
        status = f"Đang hiển thị các bài đăng có nhãn <b>{esc(label)}</b>."
        title = f"{BLOG_TITLE}: {label}"
    else:
        status = ""
        title = BLOG_TITLE
    return _listing(request, mobile, posts, everything, label, title, canonical, status)


def _crumbs(story: Story, u: _Links) -> str:
    labels = labels_of(story)
    parts = [f"<span typeof='v:Breadcrumb'><a href='{u('/')}' property='v:title' rel='v:url'>Trang chủ</a></span>"]
    if labels:
        parts.append(
            f"<span typeof='v:Breadcrumb'><a href='{u(label_path(labels[0]))}' property='v:title' rel='v:url'>{esc(labels[0])}</a></span>"
        )
    parts.append(f"<span>{esc(story.title)}</span>")
    return "<div class='breadcrumbs' xmlns:v='http://rdf.data-vocabulary.org/#'>" + " » ".join(parts) + "</div>"


def _item(request: Request, mobile: bool, story: Story) -> Response:
    u = _Links(request, mobile)
    i = ORDER.index(story)
    newer = ORDER[i - 1] if i > 0 else None
    older = ORDER[i + 1] if i + 1 < len(ORDER) else None
    pager = ["<div class='blog-pager' id='blog-pager'>"]
    if newer:
        pager.append(
            f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{u(post_path(newer))}' id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>Bài đăng Mới hơn</a></span>"
        )
    if older:
        pager.append(
            f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{u(post_path(older))}' id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>Bài đăng Cũ hơn</a></span>"
        )
    pager.append(f"<a class='home-link' href='{u('/')}'>Trang chủ</a></div><div class='clear'></div>")
    pid = post_id(story)
    feeds = (
        f"<div class='post-feeds'><div class='feed-links'>Đăng ký: <a class='feed-link' href='{esc(u.base)}/feeds/{pid}/comments/default' "
        "target='_blank' type='application/atom+xml'>Đăng Nhận xét (Atom)</a></div></div>"
    )
    dt = when(story)
    main = (
        "<div class='blog-posts hfeed'>"
        f"<div class='date-outer'><h2 class='date-header'><span>{_date_header(dt)}</span></h2><div class='date-posts'>"
        + _post(story, u, item=True)
        + f"<div class='comments-outer'>{_comments(story, u)}</div>"
        + "</div></div></div>"
        + "".join(pager)
        + feeds
    )
    head = (
        f'<link rel="alternate" type="application/atom+xml" title="{esc(BLOG_TITLE)} - Atom" href="{esc(u.base)}/feeds/{pid}/comments/default" />\n'
        f"<meta content='{esc(_snippet(story))}' property='og:description'/>\n"
    )
    if story.images:
        head += f"<meta content='{esc(story.images[0].src)}' property='og:image'/>\n"
    return _layout(
        request,
        mobile,
        f"{BLOG_TITLE}: {story.title}",
        post_path(story),
        main,
        dt.year,
        dt.month,
        head=head,
        crumbs=_crumbs(story, u),
    )


def _archive(request: Request, mobile: bool, year: int, month: int | None) -> Response | None:
    u = _Links(request, mobile)
    if month is None:
        everything = [s for s in ORDER if when(s).year == year]
        posts = everything[:PER_PAGE]
        canonical = f"/{year}/"
        title = f"{BLOG_TITLE}: {year}"
    else:
        everything = [s for s in ORDER if (when(s).year, when(s).month) == (year, month)]
        posts = everything
        canonical = f"/{year}/{month:02d}/"
        title = f"{BLOG_TITLE}: tháng {month} {year}"
    if not posts:
        return None
    last = ORDER.index(posts[-1])
    older = search_path(when(posts[-1])) if month is None and len(everything) > len(posts) and last + 1 < len(ORDER) else None
    main = _grouped(posts, u) + _index_pager(u, None, older)
    open_month = month if month is not None else when(posts[0]).month
    return _layout(request, mobile, title, canonical, main, year, open_month)


def _static_page(request: Request, mobile: bool, slug: str) -> Response | None:
    if slug not in STATIC_PAGES:
        return None
    u = _Links(request, mobile)
    title, paragraphs = STATIC_PAGES[slug]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paragraphs)
    main = f"""<div class='blog-posts hfeed'><div class='post-outer'><div class='post hentry'>
<h3 class='post-title entry-title'>{esc(title)}</h3>
<div class='post-body entry-content'>{body}<div style='clear: both;'></div></div>
</div></div></div>
<div class='blog-pager' id='blog-pager'><a class='home-link' href='{u('/')}'>Trang chủ</a></div>"""
    y, m = _newest_month()
    return _layout(request, mobile, f"{BLOG_TITLE}: {title}", f"/p/{slug}.html", main, y, m)


# --- feeds, sitemaps, robots ---------------------------------------------------------------


def _updated(story: Story) -> datetime:
    return when(story) + timedelta(hours=1, minutes=story.id * 7 % 50, seconds=story.id * 13 % 60)


def _feed(request: Request) -> Response:
    base = base_url(request)
    alt_rss = request.params.get("alt") == "rss"
    name, pid = PROFILES["ha"]
    entries = []
    for s in ORDER:
        post = post_id(s)
        author, apid = PROFILES[s.opts["account"]]
        link = base + post_path(s)
        content = body_html(s)
        n = len(comments_of(s))
        if alt_rss:
            cats = "".join(f"<category domain='http://www.blogger.com/atom/ns#'>{esc(lab)}</category>" for lab in labels_of(s))
            stamp = when(s).replace(tzinfo=_TZ).astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
            entries.append(
                f"<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-{BLOG_ID}.post-{post}</guid><pubDate>{stamp}</pubDate>"
                f"<atom:updated>{_stamp(_updated(s))}</atom:updated>{cats}<title>{esc(s.title)}</title>"
                f"<description>{esc(content)}</description><link>{esc(link)}</link>"
                f"<author>noreply@blogger.com ({esc(author)})</author><thr:total>{n}</thr:total></item>"
            )
            continue
        cats = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{esc(lab)}'/>" for lab in labels_of(s))
        uri = f"<uri>https://www.blogger.com/profile/{apid}</uri>" if apid else ""
        entries.append(
            f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{post}</id><published>{when(s):%Y-%m-%dT%H:%M:%S}.000+07:00</published>"
            f"<updated>{_updated(s):%Y-%m-%dT%H:%M:%S}.000+07:00</updated>{cats}<title type='text'>{esc(s.title)}</title>"
            f"<content type='html'>{esc(content)}</content>"
            f"<link rel='replies' type='application/atom+xml' href='{esc(base)}/feeds/{post}/comments/default' title='Đăng Nhận xét'/>"
            f"<link rel='replies' type='text/html' href='{esc(link)}#comment-form' title='{n} Nhận xét'/>"
            f"<link rel='edit' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{post}'/>"
            f"<link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default/{post}'/>"
            f"<link rel='alternate' type='text/html' href='{esc(link)}' title='{esc(s.title)}'/>"
            f"<author><name>{esc(author)}</name>{uri}<email>noreply@blogger.com</email></author><thr:total>{n}</thr:total></entry>"
        )
    newest = _updated(ORDER[0])
    if alt_rss:
        body = f"""<?xml version='1.0' encoding='UTF-8'?><rss xmlns:atom='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd='http://schemas.google.com/g/2005' xmlns:thr='http://purl.org/syndication/thread/1.0' version='2.0'><channel><atom:id>tag:blogger.com,1999:blog-{BLOG_ID}</atom:id><lastBuildDate>{newest:%a, %d %b %Y %H:%M:%S} +0700</lastBuildDate><title>{esc(BLOG_TITLE)}</title><description>{esc(BLOG_DESC)}</description><link>{esc(base)}/</link><managingEditor>noreply@blogger.com ({esc(name)})</managingEditor><generator>Blogger</generator><openSearch:totalResults>{len(ORDER)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>{"".join(entries)}</channel></rss>"""
        return Response(200, body.encode(), {"Content-Type": "application/rss+xml; charset=UTF-8"})
    cats = "".join(f"<category term='{esc(lab)}'/>" for lab in all_labels())
    body = f"""<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet href="https://www.blogger.com/styles/atom.css" type="text/css"?><feed xmlns='http://www.w3.org/2005/Atom' xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:blogger='http://schemas.google.com/blogger/2008' xmlns:georss='http://www.georss.org/georss' xmlns:gd='http://schemas.google.com/g/2005' xmlns:thr='http://purl.org/syndication/thread/1.0'><id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{newest:%Y-%m-%dT%H:%M:%S}.000+07:00</updated>{cats}<title type='text'>{esc(BLOG_TITLE)}</title><subtitle type='html'>{esc(BLOG_DESC)}</subtitle><link rel='http://schemas.google.com/g/2005#feed' type='application/atom+xml' href='{esc(base)}/feeds/posts/default'/><link rel='self' type='application/atom+xml' href='https://www.blogger.com/feeds/{BLOG_ID}/posts/default'/><link rel='alternate' type='text/html' href='{esc(base)}/'/><link rel='hub' href='http://pubsubhubbub.appspot.com/'/><author><name>{esc(name)}</name><uri>https://www.blogger.com/profile/{pid}</uri><email>noreply@blogger.com</email></author><generator version='7.00' uri='https://www.blogger.com'>Blogger</generator><openSearch:totalResults>{len(ORDER)}</openSearch:totalResults><openSearch:startIndex>1</openSearch:startIndex><openSearch:itemsPerPage>25</openSearch:itemsPerPage>{"".join(entries)}</feed>"""
    return Response(200, body.encode(), {"Content-Type": "application/atom+xml; charset=UTF-8"})


def _comment_feed(request: Request, story: Story | None) -> Response:
    base = base_url(request)
    stories = [story] if story else ORDER
    entries = []
    for s in stories:
        for n, (who, dt, said) in enumerate(comments_of(s)):
            cid = comment_id(s, n)
            entries.append(
                f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{cid}</id><published>{dt:%Y-%m-%dT%H:%M:%S}.000+07:00</published>"
                f"<title type='text'>{esc(said[:40])}</title><content type='html'>{esc(said)}</content>"
                f"<link rel='alternate' type='text/html' href='{esc(base)}{post_path(s)}?showComment={comment_ms(dt)}#c{cid}' title=''/>"
                f"<author><name>{esc(who)}</name></author></entry>"
            )
    title = f"Nhận xét về {story.title}" if story else BLOG_TITLE
    body = (
        "<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
        f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><title type='text'>{esc(title)}</title>{''.join(entries)}</feed>"
    )
    return Response(200, body.encode(), {"Content-Type": "application/atom+xml; charset=UTF-8"})


def _sitemap(request: Request) -> Response | None:
    base = base_url(request)
    page = request.params.get("page")
    if not request.query:
        body = (
            "<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            f"<sitemap><loc>{esc(base)}/sitemap.xml?page=1</loc></sitemap></sitemapindex>"
        )
    elif page == "1" and set(request.params) == {"page"}:
        urls = "".join(
            f"<url><loc>{esc(base + post_path(s))}</loc><lastmod>{_updated(s).replace(tzinfo=_TZ).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</lastmod></url>"
            for s in ORDER
        )
        body = f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{urls}</urlset>"
    else:
        return None
    return Response(200, body.encode(), {"Content-Type": "application/xml; charset=UTF-8"})


def _sitemap_pages(request: Request) -> Response:
    base = base_url(request)
    urls = "".join(f"<url><loc>{esc(base)}/p/{slug}.html</loc><lastmod>2026-08-15T03:20:11Z</lastmod></url>" for slug in STATIC_PAGES)
    body = f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{urls}</urlset>"
    return Response(200, body.encode(), {"Content-Type": "application/xml; charset=UTF-8"})


def _robots(request: Request) -> Response:
    base = base_url(request)
    body = (
        "User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\n"
        f"Sitemap: {base}/sitemap.xml\nSitemap: {base}/sitemap-pages.xml\n"
    )
    return Response(200, body, {"Content-Type": "text/plain; charset=UTF-8"})


def _not_found(request: Request) -> Response:
    u = _Links(request, False)
    main = (
        "<div class='status-msg-wrap'><div class='status-msg-body'>Xin lỗi, không tìm thấy trang bạn đang tìm trong blog này.</div></div>"
        + _index_pager(u, None, None)
    )
    y, m = _newest_month()
    response = _layout(request, False, BLOG_TITLE, "/", main, y, m)
    response.status = 404
    return response


# --- routing -------------------------------------------------------------------------------

_POST = re.compile(r"^/(\d{4})/(\d{2})/([a-z0-9-]+)\.html$")
_MONTH = re.compile(r"^/(\d{4})/(\d{2})/$")
_YEAR = re.compile(r"^/(\d{4})/$")
_PAGE = re.compile(r"^/p/([a-z0-9-]+)\.html$")
_POST_FEED = re.compile(r"^/feeds/(\d+)/comments/default$")


class BloggerBlog:
    """Routes a Blogger blog's URLs; unknown paths get Blogger's 404 page."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/robots.txt":
            return _robots(request)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/sitemap.xml":
            return _sitemap(request)
        if path == "/sitemap-pages.xml":
            return _sitemap_pages(request)
        if path == "/feeds/posts/default":
            return _feed(request) if set(params) <= {"alt"} and params.get("alt", "rss") in ("rss", "atom") else None
        if path == "/feeds/comments/default":
            return _comment_feed(request, None)
        if m := _POST_FEED.match(path):
            story = next((s for s in STORIES if post_id(s) == m.group(1)), None)
            return _comment_feed(request, story) if story else None
        mobile_flag = params.get("m")
        if mobile_flag not in (None, "0", "1"):
            return _not_found(request)
        mobile = mobile_flag == "1"
        if path == "/search" or path.startswith("/search/label/"):
            label = unquote(path[len("/search/label/") :]) if path.startswith("/search/label/") else None
            return _search(request, mobile, label) or _not_found(request)
        extra = set(params) - {"m"}
        if path == "/":
            return _not_found(request) if extra else _home(request, mobile)
        if m := _POST.match(path):
            story = _BY_SLUG.get(f"{m.group(1)}/{m.group(2)}/{m.group(3)}")
            if story is None or extra - {"showComment"}:
                return _not_found(request)
            if "showComment" in params:
                shown = {str(comment_ms(dt)) for _, dt, _ in comments_of(story)}
                if params["showComment"] not in shown:
                    return _not_found(request)
            return _item(request, mobile, story)
        if m := _MONTH.match(path):
            return (None if extra else _archive(request, mobile, int(m.group(1)), int(m.group(2)))) or _not_found(request)
        if m := _YEAR.match(path):
            return (None if extra else _archive(request, mobile, int(m.group(1)), None)) or _not_found(request)
        if m := _PAGE.match(path):
            return (None if extra else _static_page(request, mobile, m.group(1))) or _not_found(request)
        return _not_found(request)


def build_site() -> BloggerBlog:
    return BloggerBlog()


# --- gold ----------------------------------------------------------------------------------

# category: the breadcrumb's label; the unlabeled post (cat "") is shown under none
GOLD: list[dict] = [gold_record(s, post_path(s), s.cat or None) for s in STORIES]

NON_ARTICLES: list[str] = [
    "/",
    "/?m=1",
    *(search_path(when(ORDER[i * PER_PAGE - 1])) for i in range(1, -(-len(ORDER) // PER_PAGE))),
    *(label_path(lab) for lab in all_labels()),
    *(f"/{y}/{m:02d}/" for y, m, _ in months()),
    *(f"/{y}/" for y, _ in years()),
    *(f"/p/{slug}.html" for slug in STATIC_PAGES),
    "/feeds/posts/default",
    "/feeds/posts/default?alt=rss",
    "/sitemap.xml",
    "/sitemap.xml?page=1",
    "/sitemap-pages.xml",
]

"""Fixture portal: a lower-secondary school's blog built with Hugo (PaperMod theme) on its own domain.

Why: some schools run a static blog next to (or instead of) the official portal: teachers write
Markdown, a CI job builds it with Hugo and publishes it. Such a site has no server logic at all:
listings are prebuilt pages, articles are found through pagers, taxonomy pages, feeds and a
sitemap, and search works in the browser from a JSON index.

Imitates Hugo 0.12x with the PaperMod theme as Vietnamese schools customise it. What it prints:

- posts at ``/posts/<slug>/``; three posts kept from the blog's Jekyll years keep their old
  addresses ``/YYYY/MM/<slug>.html``, and one of them also has a Jekyll-era alias
  ``/YYYY/MM/DD/<slug>.html``: Hugo's alias page (meta refresh, ``rel=canonical``, noindex) that a
  newer post still links to; Hugo's ``…/page/1/`` aliases likewise refresh to the listing;
- the home page (a "home-info" welcome box, then the posts), ``/posts/``, ``/categories/<cat>/``,
  ``/tags/<tag>/`` and ``/series/<name>/`` are paged ``…/page/N/`` five entries a page with a
  "« Mới hơn" / "Bài viết cũ hơn »" pager; each entry is a PaperMod card: title (not a link),
  an automatic summary cut with "…" (for a gallery post, the words of its captions), the date
  line, and the card's only link, an empty ``a.entry-link``; taxonomy URLs keep Vietnamese
  letters (``/tags/kỹ-năng-học-tập/``, percent-encoded in links); ``/categories/``, ``/tags/``,
  ``/series/`` term lists and an ``/archives/`` page by year and month;
- post pages: ``h1.post-title``, an optional ``post-description`` (the sapo), the meta line
  "15 Tháng Tám, 2023 · 3 phút · <author>" (some posts add "Cập nhật: …"), the category line, a
  series box on the posts of the "Cẩm nang ôn thi vào lớp 10" series, a table of contents, the
  content (Markdown output: paragraphs, headings, lists, a table, images with an italic line,
  Hugo ``figure`` shortcodes, a gallery shortcode with one caption per photo, an image on
  Cloudinary), tags, "« Mới hơn / Cũ hơn »" post links, share buttons, "Bài viết liên quan"
  (with dates) and a giscus comment box;
- ``<head>``: ``rel=canonical``, Open Graph ``article:published_time`` (midnight +07:00: the
  front matter holds dates only), PaperMod's JSON-LD, the RSS ``index.xml`` of the page and
  ``/feed.json`` (JSON Feed 1.1); ``/index.xml`` and ``/feed.json`` carry the ten newest posts,
  ``/sitemap.xml`` (announced in ``robots.txt``) every page with ``lastmod``;
- ``/search/``: an input and a script that loads ``/index.json`` (every regular page: title,
  permalink, summary, content) and filters it in the browser: no result is a link;
- chrome: the build date in the header ("Thứ Tư, 25/11/2026", a script replaces it with the
  visitor's day), the menu, a footer with the school's address, phone and a Busuanzi visitor
  counter (empty spans until its script runs); ``/about/`` (a regular page, not a post);
  unknown paths get the theme's 404 page.

Gold (by hand, see GOLD): a post's date is its date line (a date only); the author is the meta
line's author when there is one, else the closing signature ("Tin, ảnh: X" gives author and
photographer; a bare right-aligned name is the author); "(Theo …)" names the source; posts
without either have no author. The description is the summary and the body's first paragraph.
Headings, list items and table rows (header row included, cells joined by " | ") are body
paragraphs. Captions are figure captions, the gallery's captions and the italic line under a
Markdown image; an image's alt text is no caption. A gallery-only post has an empty body. The
category is the post's category line. Series box, table of contents, tags, related posts and
share buttons are not body text.
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "hugo_school_blog"
PLATFORM = "hugo"
START_PATH = "/"

SITE = "Nhịp cầu Trần Hưng Đạo"
SCHOOL = "Trường THCS Trần Hưng Đạo"
DESCRIPTION = "Blog của thầy cô và học sinh Trường THCS Trần Hưng Đạo, phường Nha Trang, tỉnh Khánh Hòa"
ADDRESS = "Số 18 đường Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa"
PHONE = "0258 3 822 164"
#: the build date the header prints (a script replaces it in a browser): never a publication date
BUILD_DAY = "Thứ Tư, 25/11/2026"
BUILT = "2026-11-25T09:12:40+07:00"
PAGER = 5
FEED_SIZE = 10
_LOCAL = timezone(timedelta(hours=7))
_IMG = "/images"
_MONTHS = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)
SERIES = ("Cẩm nang ôn thi vào lớp 10", "cẩm-nang-ôn-thi-vào-lớp-10")

# opts: day (front matter date), url (address; default /posts/<slug>/), author (front matter
# author, printed in the meta line), category, tags, series (part number), lastmod, cover
# (listing picture, hidden on the post), aliases, links (phrase -> href inside a paragraph),
# toc (headings listed in a table of contents).
STORIES: list[Story] = [
    Story(
        id=13,
        slug="anh-hoi-dien-van-nghe-chao-mung-20-11",
        title="[Ảnh] Hội diễn văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11",
        cat="Tin tức",
        published_at="2026-11-20",
        blocks=[
            Img(f"{_IMG}/2026/11/van-nghe-20-11/01.jpg", "Tiết mục múa “Bụi phấn” của lớp 8A2 mở màn chương trình", "Tiết mục múa “Bụi phấn” của lớp 8A2 mở màn chương trình", "gallery"),
            Img(f"{_IMG}/2026/11/van-nghe-20-11/02.jpg", "Tốp ca lớp 9A1 với ca khúc “Người thầy”", "Tốp ca lớp 9A1 với ca khúc “Người thầy”", "gallery"),
            Img(f"{_IMG}/2026/11/van-nghe-20-11/03.jpg", "Các thầy cô giáo cùng biểu diễn “Nối vòng tay lớn”", "Các thầy cô giáo cùng biểu diễn “Nối vòng tay lớn”", "gallery"),
            Img(f"{_IMG}/2026/11/van-nghe-20-11/04.jpg", "Ban Giám hiệu trao giải cho các tập thể đạt giải", "Ban Giám hiệu trao giải cho các tập thể đạt giải", "gallery"),
            Img(f"{_IMG}/2026/11/van-nghe-20-11/05.jpg", None, None, "gallery"),
        ],
        opts={"day": date(2026, 11, 20), "tags": ["hoạt động trường", "thư viện ảnh"], "cover": f"{_IMG}/2026/11/van-nghe-20-11/01.jpg"},
    ),
    Story(
        id=12,
        slug="cam-nang-on-thi-vao-lop-10-phan-3-lap-ke-hoach-on-tap",
        title="Cẩm nang ôn thi vào lớp 10 (Phần 3): Lập kế hoạch ôn tập 6 tháng cuối",
        cat="Góc học tập",
        published_at="2026-11-12",
        summary=(
            "Sáu tháng cuối trước kỳ thi tuyển sinh vào lớp 10 là giai đoạn quyết định. Một kế"
            " hoạch ôn tập rõ ràng theo từng tuần sẽ giúp các em không bị quá tải."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Chia giai đoạn ôn tập", "h2"),
            P(
                "Thay vì ôn dàn trải, các em nên chia sáu tháng còn lại thành ba giai đoạn, mỗi giai"
                " đoạn có mục tiêu riêng:"
            ),
            P("Tháng 12 đến tháng 2: hệ thống lại kiến thức cơ bản của ba môn Toán, Ngữ văn và Tiếng Anh;", "li"),
            P("Tháng 3 và tháng 4: luyện đề theo cấu trúc của Sở, mỗi tuần ít nhất một đề cho mỗi môn;", "li"),
            P("Tháng 5: ôn tập trọng tâm, chữa các lỗi sai thường gặp và giữ gìn sức khỏe.", "li"),
            P("2. Một tuần ôn tập mẫu", "h2"),
            P("Bảng dưới đây là gợi ý của tổ Toán - Tin cho một tuần trong giai đoạn luyện đề:"),
            P("Ngày | Buổi sáng | Buổi tối", "th"),
            P("Thứ Hai | Học trên lớp | Toán: hình học (60 phút)", "tr"),
            P("Thứ Ba | Học trên lớp | Ngữ văn: nghị luận xã hội (45 phút)", "tr"),
            P("Thứ Tư | Học trên lớp | Tiếng Anh: đọc hiểu (45 phút)", "tr"),
            P("Thứ Bảy | Làm đề tổng hợp | Chữa đề, ghi lỗi sai vào sổ tay", "tr"),
            P("3. Đừng quên nghỉ ngơi", "h2"),
            P(
                "Ngủ đủ 7 - 8 tiếng mỗi đêm, dành 30 phút vận động mỗi ngày và trò chuyện với gia"
                " đình khi thấy áp lực. Học đều đặn quan trọng hơn học dồn."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "day": date(2026, 11, 12),
            "author": "Nguyễn Thị Thu Hà",
            "tags": ["ôn thi vào 10", "kỹ năng học tập"],
            "series": 3,
            "toc": True,
        },
    ),
    Story(
        id=11,
        slug="clb-robotics-gianh-giai-ba-cuoc-thi-sang-tao-stem-cap-tinh",
        title="Câu lạc bộ Robotics giành giải Ba cuộc thi sáng tạo STEM cấp tỉnh",
        cat="Tin tức",
        published_at="2026-10-30",
        summary=(
            "Với mô hình “Thùng rác phân loại thông minh”, nhóm học sinh Câu lạc bộ Robotics của"
            " trường đã giành giải Ba tại Cuộc thi sáng tạo STEM dành cho học sinh trung học tỉnh"
            " Khánh Hòa năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Cuộc thi do Sở Giáo dục và Đào tạo tổ chức trong hai ngày 25 và 26/10/2026 tại Nha"
                " Trang, thu hút 74 sản phẩm của học sinh THCS và THPT trong toàn tỉnh."
            ),
            Img(f"{_IMG}/2026/10/robotics-1.jpg", "Nhóm tác giả giới thiệu mô hình với Ban Giám khảo", "Nhóm tác giả giới thiệu mô hình với Ban Giám khảo", "figure"),
            P(
                "Mô hình do ba em Lê Gia Bảo, Nguyễn Khánh Linh và Phan Đức Huy (lớp 9A3) thực hiện"
                " trong hơn hai tháng, dưới sự hướng dẫn của thầy Trần Minh Khoa, giáo viên Tin học."
                " Thùng rác dùng cảm biến và một camera nhỏ để nhận diện rác nhựa, giấy và rác hữu"
                " cơ, sau đó tự động mở đúng ngăn chứa."
            ),
            P(
                "Theo Ban Giám khảo, sản phẩm có tính ứng dụng cao trong trường học, chi phí chế tạo"
                " thấp, dưới 1,5 triệu đồng, và có thể nhân rộng ra các lớp học."
            ),
            Img(f"{_IMG}/2026/10/robotics-2.jpg", "Thùng rác phân loại thông minh tại khu trưng bày sản phẩm", "Thùng rác phân loại thông minh tại khu trưng bày sản phẩm", "figure"),
            Img(f"{_IMG}/2026/10/robotics-3.jpg", "Đội tuyển chụp ảnh lưu niệm cùng thầy hướng dẫn", "Đội tuyển chụp ảnh lưu niệm cùng thầy hướng dẫn", "figure"),
            P(
                "Năm học này, câu lạc bộ có 28 thành viên, sinh hoạt vào chiều thứ Năm hằng tuần tại"
                " phòng Tin học số 2."
            ),
            Raw("<p><em>Tin, ảnh: Trần Minh Khoa</em></p>"),
        ],
        authors=["Trần Minh Khoa"],
        photographers=["Trần Minh Khoa"],
        opts={
            "day": date(2026, 10, 30),
            "author": "Trần Minh Khoa",
            "tags": ["STEM", "hoạt động trường"],
            "cover": f"{_IMG}/2026/10/robotics-1.jpg",
        },
    ),
    Story(
        id=10,
        slug="cam-nang-on-thi-vao-lop-10-phan-2-on-mon-ngu-van",
        title="Cẩm nang ôn thi vào lớp 10 (Phần 2): Ôn môn Ngữ văn thế nào cho hiệu quả",
        cat="Góc học tập",
        published_at="2026-10-15",
        blocks=[
            P(
                "Ngữ văn là môn thi bắt buộc và có hệ số cao. Cô Lê Thị Bích Ngọc, tổ trưởng tổ Ngữ"
                " văn, chia sẻ cách ôn tập cho từng phần của đề thi."
            ),
            P("Đọc hiểu: luyện kỹ năng, không học thuộc", "h2"),
            P(
                "Phần đọc hiểu thường dùng văn bản ngoài sách giáo khoa. Các em cần luyện cách xác"
                " định phương thức biểu đạt, biện pháp tu từ và trả lời đúng trọng tâm câu hỏi, mỗi"
                " ý trả lời gọn trong hai đến ba câu."
            ),
            Img(f"{_IMG}/2026/10/so-tay-ngu-van.jpg", None, None, "md"),
            P("Nghị luận xã hội: có dẫn chứng của riêng mình", "h2"),
            P(
                "Hãy chuẩn bị sẵn một số dẫn chứng gần gũi với học sinh về lòng biết ơn, tinh thần"
                " vượt khó, ý thức bảo vệ môi trường. Bài viết có dẫn chứng cụ thể luôn thuyết phục"
                " hơn bài chỉ nêu lý lẽ chung chung."
            ),
            P("Nghị luận văn học: nắm chắc tác phẩm trọng tâm", "h2"),
            P(
                "Với mỗi tác phẩm trọng tâm, các em lập một trang tóm tắt gồm hoàn cảnh sáng tác, nội"
                " dung chính, nghệ thuật đặc sắc và hai, ba câu thơ hoặc chi tiết tiêu biểu để trích"
                " dẫn khi làm bài."
            ),
            P("Phần tiếp theo của loạt bài sẽ bàn về cách lập kế hoạch ôn tập trong sáu tháng cuối."),
        ],
        authors=["Lê Thị Bích Ngọc"],
        opts={
            "day": date(2026, 10, 15),
            "author": "Lê Thị Bích Ngọc",
            "tags": ["ôn thi vào 10", "kỹ năng học tập"],
            "series": 2,
            "toc": True,
        },
    ),
    Story(
        id=9,
        slug="lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat="Tin tức",
        published_at="2026-10-05",
        blocks=[
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027 của các khối"
                " lớp 6, 7, 8 và 9, bắt đầu từ ngày 26/10/2026. Học sinh và cha mẹ học sinh xem lịch"
                " chi tiết trong tệp đính kèm."
            ),
        ],
        opts={
            "day": date(2026, 10, 5),
            "tags": ["thông báo"],
            "links": {"tệp đính kèm": "/files/lich-kiem-tra-giua-hk1-2026-2027.pdf"},
        },
    ),
    Story(
        id=8,
        slug="anh-ngay-hoi-doc-sach-mo-cua-thu-vien-2026",
        title="[Ảnh] Ngày hội đọc sách “Mở cửa thư viện” 2026",
        cat="Tin tức",
        published_at="2026-09-21",
        blocks=[
            Img(f"{_IMG}/2026/09/ngay-hoi-doc-sach/01.jpg", "Học sinh khối 6 tham quan thư viện mới", "Học sinh khối 6 tham quan thư viện mới", "gallery"),
            Img(f"{_IMG}/2026/09/ngay-hoi-doc-sach/02.jpg", None, None, "gallery"),
            Img(f"{_IMG}/2026/09/ngay-hoi-doc-sach/03.jpg", "Gian trưng bày sách do các lớp tự làm", "Gian trưng bày sách do các lớp tự làm", "gallery"),
            Img(f"{_IMG}/2026/09/ngay-hoi-doc-sach/04.jpg", None, None, "gallery"),
        ],
        opts={"day": date(2026, 9, 21), "tags": ["thư viện", "thư viện ảnh", "hoạt động trường"]},
    ),
    Story(
        id=7,
        slug="cam-nang-on-thi-vao-lop-10-phan-1-chon-truong-va-moc-thoi-gian",
        title="Cẩm nang ôn thi vào lớp 10 (Phần 1): Chọn trường, chọn môn và các mốc thời gian",
        cat="Góc học tập",
        published_at="2026-09-08",
        summary=(
            "Loạt bài “Cẩm nang ôn thi vào lớp 10” do các thầy cô tổ chuyên môn biên soạn, giúp"
            " học sinh lớp 9 chuẩn bị cho kỳ thi tuyển sinh năm 2027."
        ),
        sapo_outside=True,
        blocks=[
            P("Chọn trường phù hợp với năng lực", "h2"),
            P(
                "Các em nên xem điểm chuẩn ba năm gần nhất của các trường THPT trên địa bàn, so sánh"
                " với kết quả học tập của mình ở học kỳ I lớp 9 để chọn nguyện vọng 1 vừa sức, nguyện"
                " vọng 2 an toàn."
            ),
            P("Các mốc thời gian cần nhớ", "h2"),
            P("Tháng 3/2027: Sở công bố phương án tuyển sinh và chỉ tiêu của từng trường;", "li"),
            P("Tháng 4/2027: học sinh đăng ký nguyện vọng qua nhà trường;", "li"),
            P("Đầu tháng 6/2027: thi tuyển sinh vào lớp 10.", "li"),
            P(
                "Các mốc trên là dự kiến theo kế hoạch những năm trước; nhà trường sẽ cập nhật khi có"
                " văn bản chính thức."
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "day": date(2026, 9, 8),
            "author": "Nguyễn Thị Thu Hà",
            "tags": ["ôn thi vào 10", "kỹ năng học tập"],
            "series": 1,
            "toc": True,
            "lastmod": date(2026, 9, 15),
        },
    ),
    Story(
        id=6,
        slug="le-khai-giang-nam-hoc-2026-2027",
        title="Lễ khai giảng năm học 2026 - 2027",
        cat="Tin tức",
        published_at="2026-09-05",
        blocks=[
            P(
                "Sáng 5/9/2026, thầy và trò Trường THCS Trần Hưng Đạo long trọng tổ chức Lễ khai"
                " giảng năm học 2026 - 2027. Năm học này, trường có 1.124 học sinh ở 28 lớp, trong đó"
                " có 290 học sinh lớp 6."
            ),
            Img(f"{_IMG}/2026/09/khai-giang-1.jpg", "Học sinh lớp 6 diễu hành vào lễ đài", "Học sinh lớp 6 diễu hành vào lễ đài", "md_em"),
            P(
                "Sau phần nghi lễ, thầy Hiệu trưởng Nguyễn Văn Sơn đọc thư của Chủ tịch nước gửi"
                " ngành Giáo dục và đánh trống khai trường."
            ),
            Img(f"{_IMG}/2026/09/khai-giang-2.jpg", "Thầy Hiệu trưởng đánh trống khai giảng năm học mới", "Thầy Hiệu trưởng đánh trống khai giảng năm học mới", "md_em"),
            P(
                "Các em học sinh lớp 6 có thể đọc lại bài viết về những điều cần biết khi bước vào"
                " cấp THCS trên blog của trường."
            ),
        ],
        authors=["Phạm Văn Tùng"],
        opts={
            "day": date(2026, 9, 5),
            "author": "Phạm Văn Tùng",
            "tags": ["lớp 6", "hoạt động trường"],
            "links": {
                "những điều cần biết khi bước vào cấp THCS": "/2023/08/15/nhung-dieu-hoc-sinh-lop-6-can-biet.html"
            },
            "cover": f"{_IMG}/2026/09/khai-giang-1.jpg",
        },
    ),
    Story(
        id=5,
        slug="5-trang-web-hoc-tieng-anh-mien-phi-cho-hoc-sinh-thcs",
        title="5 trang web học tiếng Anh miễn phí cho học sinh THCS",
        cat="Góc học tập",
        published_at="2025-12-22",
        blocks=[
            P(
                "Học tiếng Anh không nhất thiết phải tốn tiền. Dưới đây là năm trang web miễn phí,"
                " phù hợp với trình độ học sinh THCS:"
            ),
            P("British Council LearnEnglish Teens: bài đọc, video và trò chơi theo chủ đề;", "oli"),
            P("BBC Learning English: bản tin ngắn kèm phụ đề và bài tập phát âm;", "oli"),
            P("Duolingo: bài học ngắn mỗi ngày, phù hợp để luyện từ vựng;", "oli"),
            P("Quizlet: tạo thẻ ghi nhớ từ vựng theo từng bài trong sách giáo khoa;", "oli"),
            P("Tiếng Anh 123: bài tập bám sát chương trình phổ thông.", "oli"),
            P(
                "Các em nên chọn một hoặc hai trang và học đều đặn 20 phút mỗi ngày thay vì thử quá"
                " nhiều trang cùng lúc."
            ),
            Raw('<p style="text-align: right"><em>(Theo Báo Tuổi Trẻ)</em></p>'),
        ],
        authors=["Đỗ Thanh Hương"],
        source="Báo Tuổi Trẻ",
        opts={
            "day": date(2025, 12, 22),
            "author": "Đỗ Thanh Hương",
            "tags": ["kỹ năng học tập"],
            "lastmod": date(2026, 8, 30),
        },
    ),
    Story(
        id=4,
        slug="hoc-sinh-truong-dat-12-giai-hoc-sinh-gioi-cap-thanh-pho",
        title="Học sinh trường đạt 12 giải học sinh giỏi cấp thành phố",
        cat="Tin tức",
        published_at="2025-04-18",
        blocks=[
            P(
                "Tại kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2024 - 2025, đội tuyển"
                " của trường đạt 12 giải gồm 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 3 giải Khuyến"
                " khích."
            ),
            P(
                "Nổi bật là em Võ Hoàng Phúc (lớp 9A1) đạt giải Nhất môn Toán và em Trần Bảo Châu"
                " (lớp 9A2) đạt giải Nhất môn Tiếng Anh. Cả hai em được chọn vào đội tuyển dự thi"
                " cấp tỉnh."
            ),
            Img(
                "https://res.cloudinary.com/thcs-thd/image/upload/v1713412345/blog/hsg-thanh-pho-2025.jpg",
                "Thầy Hiệu trưởng chúc mừng các em đạt giải",
                "Thầy Hiệu trưởng chúc mừng các em đạt giải",
                "figure",
            ),
            P("Nhà trường chúc mừng các em và cảm ơn các thầy cô đã tận tình bồi dưỡng đội tuyển."),
        ],
        authors=["Phạm Văn Tùng"],
        opts={"day": date(2025, 4, 18), "author": "Phạm Văn Tùng", "tags": ["học sinh giỏi", "hoạt động trường"]},
    ),
    Story(
        id=3,
        slug="tri-an-thay-co-nhan-ngay-nha-giao-viet-nam",
        title="Tri ân thầy cô nhân Ngày Nhà giáo Việt Nam",
        cat="Tin tức",
        published_at="2023-11-20",
        blocks=[
            P(
                "Mỗi năm đến ngày 20/11, sân trường lại rộn ràng hoa và những tấm thiệp tự làm. Năm"
                " nay, lớp em chọn một món quà khác: mỗi bạn viết một lá thư tay gửi thầy cô đã dạy"
                " mình từ năm lớp 6."
            ),
            P(
                "Có bạn viết về lần được cô chủ nhiệm đưa về nhà trong cơn mưa, có bạn kể về thầy dạy"
                " Toán kiên nhẫn giảng lại một bài đến lần thứ ba. Những lá thư giản dị ấy làm nhiều"
                " thầy cô xúc động."
            ),
            Img(f"{_IMG}/2023/11/thu-tay-20-11.jpg", None, None, "md"),
            P("Chúng em mong thầy cô luôn mạnh khỏe và tiếp tục đồng hành cùng các thế hệ học trò."),
            Raw('<p style="text-align: right"><strong>Nguyễn Hoàng Yến</strong></p>'),
        ],
        authors=["Nguyễn Hoàng Yến"],
        opts={
            "day": date(2023, 11, 20),
            "url": "/2023/11/tri-an-thay-co-nhan-ngay-nha-giao-viet-nam.html",
            "tags": ["tri ân", "hoạt động trường"],
        },
    ),
    Story(
        id=2,
        slug="cach-ghi-chep-bai-hoc-bang-so-do-tu-duy",
        title="Cách ghi chép bài học bằng sơ đồ tư duy",
        cat="Góc học tập",
        published_at="2023-10-02",
        blocks=[
            P(
                "Sơ đồ tư duy giúp các em nhìn thấy toàn bộ bài học trên một trang giấy và nhớ bài"
                " lâu hơn. Có thể bắt đầu theo bốn bước:"
            ),
            P("Viết chủ đề chính của bài học vào giữa trang giấy;", "oli"),
            P("Vẽ các nhánh lớn cho từng ý chính, mỗi nhánh một màu;", "oli"),
            P("Thêm nhánh nhỏ cho ví dụ, công thức hoặc từ khóa;", "oli"),
            P("Xem lại sơ đồ sau mỗi buổi học và bổ sung ý còn thiếu.", "oli"),
            Img(
                f"{_IMG}/2023/10/so-do-tu-duy-ngu-van.jpg",
                "Sơ đồ tư duy bài “Chuyện người con gái Nam Xương” của một học sinh lớp 9",
                "Sơ đồ tư duy bài “Chuyện người con gái Nam Xương” của một học sinh lớp 9",
                "md_em",
            ),
            P("Đừng lo vẽ chưa đẹp: điều quan trọng là sơ đồ do chính các em tự làm."),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "day": date(2023, 10, 2),
            "author": "Nguyễn Thị Thu Hà",
            "url": "/2023/10/cach-ghi-chep-bai-hoc-bang-so-do-tu-duy.html",
            "tags": ["kỹ năng học tập"],
        },
    ),
    Story(
        id=1,
        slug="nhung-dieu-hoc-sinh-lop-6-can-biet",
        title="Chào năm học mới: những điều học sinh lớp 6 cần biết",
        cat="Góc học tập",
        published_at="2023-08-15",
        blocks=[
            P(
                "Bước vào cấp THCS, các em sẽ học nhiều môn hơn, mỗi môn một thầy cô. Bài viết này"
                " tổng hợp vài điều cần biết cho tuần học đầu tiên."
            ),
            P("Thời khóa biểu và giờ học", "h3"),
            P(
                "Buổi sáng vào học lúc 7 giờ, mỗi tiết 45 phút. Thời khóa biểu được dán ở cửa lớp và"
                " gửi qua nhóm lớp của cha mẹ học sinh."
            ),
            P("Đồng phục", "h3"),
            P("Thứ Hai và thứ Năm mặc áo trắng, quần xanh; các ngày còn lại mặc áo thể dục của trường."),
            P("Sổ liên lạc điện tử", "h3"),
            P(
                "Kết quả học tập và nhận xét của giáo viên được cập nhật trên sổ liên lạc điện tử;"
                " cha mẹ học sinh nhận tài khoản qua giáo viên chủ nhiệm."
            ),
        ],
        opts={
            "day": date(2023, 8, 15),
            "url": "/2023/08/nhung-dieu-hoc-sinh-lop-6-can-biet.html",
            "tags": ["lớp 6", "kỹ năng học tập"],
            "aliases": ["/2023/08/15/nhung-dieu-hoc-sinh-lop-6-can-biet.html"],
        },
    ),
]

CATEGORIES = ("Tin tức", "Góc học tập")


def urlize(term: str) -> str:
    """Hugo's urlize with removePathAccents off: lower case, spaces to hyphens, letters kept."""
    return re.sub(r"\s+", "-", term.strip().lower())


def href(path: str) -> str:
    """How Hugo writes a path in a link: percent-encoded UTF-8."""
    return quote(path, safe="/:.-_~%")


def post_path(s: Story) -> str:
    return s.opts.get("url") or f"/posts/{s.slug}/"


def newest(pred=None) -> list[Story]:
    items = [s for s in STORIES if pred is None or pred(s)]
    return sorted(items, key=lambda s: (s.opts["day"], s.id), reverse=True)


def tag_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    for s in STORIES:
        for t in s.opts["tags"]:
            counts[t] = counts.get(t, 0) + 1
    return counts


def series_posts() -> list[Story]:
    return sorted((s for s in STORIES if "series" in s.opts), key=lambda s: s.opts["series"])


# --------------------------------------------------------------------------- text helpers


def vi_date(day: date) -> str:
    """The theme's date line: "15 Tháng Tám, 2023"."""
    return f"{day.day} {_MONTHS[day.month - 1]}, {day.year}"


def stamp(day: date) -> str:
    return f"{day.isoformat()}T00:00:00+07:00"


def _linked(s: Story, text: str) -> str:
    out = esc(text)
    for phrase, target in s.opts.get("links", {}).items():
        out = out.replace(esc(phrase), f'<a href="{href(target)}">{esc(phrase)}</a>', 1)
    return out


def _heading_id(text: str) -> str:
    """Goldmark's auto heading id (GitHub style, Unicode letters kept)."""
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def content_html(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "oli"):
            kind = b.style
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == kind:
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            tag = "ol" if kind == "oli" else "ul"
            out.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "\n".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>\n{cells}\n</tr>")
                i += 1
            out.append(f"<table>\n<thead>\n{rows[0]}\n</thead>\n<tbody>\n" + "\n".join(rows[1:]) + "\n</tbody>\n</table>")
            continue
        if isinstance(b, Img) and b.style == "gallery":
            boxes = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                g = blocks[i]
                cap = f"<figcaption>\n<p>{esc(g.printed)}</p>\n</figcaption>" if g.printed else ""
                boxes.append(
                    '<div class="box"><figure itemprop="associatedMedia" itemscope itemtype="http://schema.org/ImageObject">\n'
                    f'<div class="img" style="background-image: url(\'{g.src}\');"><img itemprop="thumbnail" src="{g.src}" alt="{esc(g.printed or "")}"/></div>\n'
                    f'<a href="{g.src}" itemprop="contentUrl"></a>{cap}\n</figure></div>'
                )
                i += 1
            out.append(
                '<div class="gallery caption-position-bottom caption-effect-fade hover-effect-zoom hover-transition" '
                'itemscope itemtype="http://schema.org/ImageGallery">\n' + "\n".join(boxes) + "\n</div>"
            )
            continue
        if isinstance(b, P):
            if b.style in ("h2", "h3"):
                out.append(f'<{b.style} id="{_heading_id(b.text)}">{esc(b.text)}</{b.style}>')
            else:
                out.append(f"<p>{_linked(s, b.text)}</p>")
        elif isinstance(b, Img):
            alt = esc(b.src.rsplit("/", 1)[1].rsplit(".", 1)[0].replace("-", " "))
            if b.style == "figure":
                out.append(
                    f'<figure><img src="{b.src}"\n    alt="{esc(b.printed or "")}"><figcaption>\n'
                    f"      <p>{esc(b.printed or '')}</p>\n    </figcaption>\n</figure>"
                )
            elif b.style == "md_em":
                out.append(f'<p><img src="{b.src}" alt="{alt}">\n<em>{esc(b.printed or "")}</em></p>')
            else:
                out.append(f'<p><img src="{b.src}" alt="{alt}"></p>')
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def plain(s: Story) -> str:
    """Hugo's ``.Plain``: the rendered content without tags (captions included)."""
    text = re.sub(r"<[^>]+>", " ", content_html(s))
    return " ".join(_html.unescape(text).split())


def summary_text(s: Story) -> str:
    """The card's summary: the first 35 words of the plain text, cut with "…"."""
    words = plain(s).split()
    if len(words) <= 35:
        return " ".join(words)
    return " ".join(words[:35]) + "…"


def reading_time(s: Story) -> int:
    words = len(plain(s).split()) + len((s.summary or "").split())
    return max(1, -(-words // 212))


# --------------------------------------------------------------------------- page chrome

_MENU = [
    ("/", "Trang chủ"),
    ("/posts/", "Bài viết"),
    ("/categories/", "Chuyên mục"),
    ("/tags/", "Thẻ"),
    ("/archives/", "Lưu trữ"),
    ("/search/", "Tìm kiếm"),
    ("/about/", "Giới thiệu"),
]


def _head(base: str, title: str, canonical: str, *, description: str, rss: str | None, extra: str = "") -> str:
    alt = ""
    if rss:
        alt += f'<link rel="alternate" type="application/rss+xml" href="{base}{href(rss)}" title="{esc(SITE)}">\n'
    alt += f'<link rel="alternate" type="application/feed+json" href="{base}/feed.json" title="{esc(SITE)} (JSON Feed)">\n'
    return f"""<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="robots" content="index, follow">
<title>{esc(title)}</title>
<meta name="description" content="{esc(description)}">
<meta name="author" content="">
<link rel="canonical" href="{base}{href(canonical)}">
<link crossorigin="anonymous" href="{base}/assets/css/stylesheet.5cfc680b1eeaeef9efbced92d46c2a9e876b72ee14fba85846afc4cff9e6e6f8.css" integrity="sha256-XPxoCx7q7vnvvO2S1Gwqnodrcu4U+6hYRq/Ez/nm5vg=" rel="preload stylesheet" as="style">
<link rel="icon" href="{base}/favicon.ico">
<link rel="apple-touch-icon" href="{base}/apple-touch-icon.png">
<meta name="theme-color" content="#2e2e33">
<meta name="generator" content="Hugo 0.128.2">
{alt}{extra}<noscript>
    <style>
        #theme-toggle,
        .top-link {{
            display: none;
        }}
    </style>
</noscript>"""


def _header(base: str, current: str) -> str:
    items = []
    for target, label in _MENU:
        active = ' class="active"' if target == current else ""
        extra = ' accesskey=/' if target == "/search/" else ""
        title = f"{label} (Alt + /)" if target == "/search/" else label
        items.append(f'<li>\n<a href="{base}{target}" title="{esc(title)}"{extra}>\n<span{active}>{esc(label)}</span>\n</a>\n</li>')
    return f"""<header class="header">
    <div class="today-bar"><span class="today" id="today">{esc(BUILD_DAY)}</span></div>
    <script>
        (function () {{
            var d = new Date(), days = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
            document.getElementById("today").textContent = days[d.getDay()] + ", " + d.toLocaleDateString("vi-VN");
        }})();
    </script>
    <nav class="nav">
        <div class="logo">
            <a href="{base}/" accesskey="h" title="{esc(SITE)} (Alt + H)">
                <img src="{base}/images/logo-thcs-thd.png" alt="logo" aria-label="logo" height="35">{esc(SITE)}</a>
            <div class="logo-switches">
                <button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme">
                    <svg id="moon" xmlns="http://www.w3.org/2000/svg" width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg>
                </button>
            </div>
        </div>
        <ul id="menu">
{chr(10).join(items)}
        </ul>
    </nav>
</header>"""


def _footer(base: str) -> str:
    return f"""<footer class="footer">
    <div class="school-info">
        <p><strong>{esc(SCHOOL)}</strong></p>
        <p>Địa chỉ: {esc(ADDRESS)}</p>
        <p>Điện thoại: {PHONE} · Email: <a href="mailto:thcstranhungdao@khanhhoa.edu.vn">thcstranhungdao@khanhhoa.edu.vn</a></p>
        <p class="counter">Lượt truy cập: <span id="busuanzi_value_site_pv"></span> · Người xem: <span id="busuanzi_value_site_uv"></span></p>
    </div>
    <span>&copy; 2026 <a href="{base}/">{esc(SITE)}</a></span> ·
    <span>
        Powered by
        <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &
        <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a>
    </span>
</footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z" /></svg>
</a>
<script async src="//busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
<script>
    let menu = document.getElementById('menu')
    if (menu) {{
        menu.scrollLeft = localStorage.getItem("menu-scroll-position");
        menu.onscroll = function () {{
            localStorage.setItem("menu-scroll-position", menu.scrollLeft);
        }}
    }}
</script>"""


def _page(base: str, title: str, canonical: str, main: str, *, body_class: str, current: str = "",
          description: str = DESCRIPTION, rss: str | None = None, extra_head: str = "", scripts: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi" dir="auto">

<head>{_head(base, title, canonical, description=description, rss=rss, extra=extra_head)}
</head>

<body class="{body_class}" id="top">
<script>
    if (localStorage.getItem("pref-theme") === "dark") {{
        document.body.classList.add('dark');
    }}
</script>
{_header(base, current)}
<main class="main">
{main}
</main>
{_footer(base)}
{scripts}
</body>

</html>"""


# --------------------------------------------------------------------------- lists


def _meta_line(s: Story) -> str:
    parts = [f"<span title='{s.opts['day'].isoformat()} 00:00:00 +0700 +07'>{vi_date(s.opts['day'])}</span>"]
    parts.append(f"{reading_time(s)} phút")
    if s.opts.get("author"):
        parts.append(esc(s.opts["author"]))
    return "&nbsp;·&nbsp;".join(parts)


def _entry(base: str, s: Story, first: bool = False) -> str:
    cover = ""
    if s.opts.get("cover"):
        cover = f'<figure class="entry-cover"><img loading="lazy" src="{base}{s.opts["cover"]}" alt=""></figure>\n'
    cls = "first-entry" if first else "post-entry"
    return f"""<article class="{cls}">
{cover}  <header class="entry-header">
    <h2 class="entry-hint-parent">{esc(s.title)}</h2>
  </header>
  <div class="entry-content">
    <p>{esc(summary_text(s))}</p>
  </div>
  <footer class="entry-footer">{_meta_line(s)}</footer>
  <a class="entry-link" aria-label="post link to {esc(s.title)}" href="{base}{href(post_path(s))}"></a>
</article>"""


def _pager(base: str, root: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    links = []
    if page > 1:
        prev = root if page == 2 else f"{root}page/{page - 1}/"
        links.append(f'<a class="prev" href="{base}{href(prev)}">\n      «&nbsp;Mới hơn&nbsp;\n    </a>')
    if page < pages:
        links.append(f'<a class="next" href="{base}{href(root)}page/{page + 1}/">\n      Bài viết cũ hơn&nbsp;»\n    </a>')
    return f'<footer class="page-footer">\n  <nav class="pagination">\n    {"".join(links)}\n  </nav>\n</footer>'


def list_pages(root: str, items: list[Story]) -> list[str]:
    """The addresses of a paged list: the root, then ``root/page/N/``."""
    pages = max(1, -(-len(items) // PAGER))
    return [root] + [f"{root}page/{n}/" for n in range(2, pages + 1)]


def _list_page(request: Request, root: str, page: int, items: list[Story], *, title: str | None,
               crumbs: str = "", rss: str | None = None, home: bool = False) -> str | None:
    base = base_url(request)
    pages = max(1, -(-len(items) // PAGER))
    if not 1 <= page <= pages:
        return None
    chunk = items[(page - 1) * PAGER : page * PAGER]
    parts = []
    if home and page == 1:
        parts.append(f"""<article class="first-entry home-info">
    <header class="entry-header">
        <h1>Xin chào! 👋</h1>
    </header>
    <div class="entry-content">
        {esc(DESCRIPTION)}. Nơi chia sẻ tin tức, kinh nghiệm học tập và những khoảnh khắc đáng nhớ của nhà trường.
    </div>
    <footer class="entry-footer">
        <div class="social-icons">
            <a href="https://www.facebook.com/thcstranhungdao.nhatrang" target="_blank" rel="noopener noreferrer me" title="Facebook">Facebook</a>
            <a href="{base}/index.xml" target="_blank" rel="noopener noreferrer me" title="Rss">RSS</a>
        </div>
    </footer>
</article>""")
    if title:
        parts.append(f'<header class="page-header">{crumbs.replace("{base}", base)}\n  <h1>\n    {esc(title)}\n  </h1>\n</header>')
    parts += [_entry(base, s) for s in chunk]
    parts.append(_pager(base, root, page, pages))
    canonical = root if page == 1 else f"{root}page/{page}/"
    full_title = SITE if home else f"{title} | {SITE}"
    if page > 1:
        full_title = f"{title or 'Trang chủ'} - Trang {page} | {SITE}"
    return _page(base, full_title, canonical, "\n".join(parts), body_class="list", current=root if root in dict(_MENU) else "", rss=rss or f"{root}index.xml")


def _alias(base: str, target: str) -> str:
    """Hugo's alias page."""
    url = f"{base}{href(target)}"
    return (
        f'<!DOCTYPE html>\n<html lang="vi">\n  <head>\n    <title>{url}</title>\n    <link rel="canonical" href="{url}">\n'
        f'    <meta name="robots" content="noindex">\n    <meta charset="utf-8">\n'
        f'    <meta http-equiv="refresh" content="0; url={url}">\n  </head>\n</html>\n'
    )


def _terms_page(request: Request, kind: str, title: str) -> str:
    base = base_url(request)
    if kind == "categories":
        terms = [(c, sum(s.cat == c for s in STORIES)) for c in CATEGORIES]
    elif kind == "tags":
        terms = sorted(tag_counts().items())
    else:
        terms = [(SERIES[0], len(series_posts()))]
    items = "\n".join(
        f'<li>\n<a href="{base}{href(f"/{kind}/{urlize(t)}/")}">{esc(t)} <sup><strong><sup>{n}</sup></strong></sup> </a>\n</li>'
        for t, n in terms
    )
    main = f'<header class="page-header">\n  <h1>{esc(title)}</h1>\n</header>\n<ul class="terms-tags">\n{items}\n</ul>'
    return _page(base, f"{title} | {SITE}", f"/{kind}/", main, body_class="list", current=f"/{kind}/" if kind != "series" else "", rss=f"/{kind}/index.xml")


def _archives(request: Request) -> str:
    base = base_url(request)
    parts = ['<header class="page-header">\n  <h1>Lưu trữ</h1>\n</header>']
    posts = newest()
    for year in sorted({s.opts["day"].year for s in posts}, reverse=True):
        in_year = [s for s in posts if s.opts["day"].year == year]
        parts.append(f'<div class="archive-year">\n  <h2 class="archive-year-header">{year}<sup class="archive-count">&nbsp;&nbsp;{len(in_year)}</sup></h2>')
        for month in sorted({s.opts["day"].month for s in in_year}, reverse=True):
            in_month = [s for s in in_year if s.opts["day"].month == month]
            entries = "\n".join(
                f'<div class="archive-entry">\n  <h3 class="archive-entry-title entry-hint-parent">{esc(s.title)}</h3>\n'
                f'  <div class="archive-meta">{_meta_line(s)}</div>\n'
                f'  <a class="entry-link" aria-label="post link to {esc(s.title)}" href="{base}{href(post_path(s))}"></a>\n</div>'
                for s in in_month
            )
            parts.append(
                f'  <div class="archive-month">\n    <h3 class="archive-month-header">{_MONTHS[month - 1]}<sup class="archive-count">&nbsp;&nbsp;{len(in_month)}</sup></h3>\n'
                f'    <div class="archive-posts">\n{entries}\n    </div>\n  </div>'
            )
        parts.append("</div>")
    return _page(base, f"Lưu trữ | {SITE}", "/archives/", "\n".join(parts), body_class="list", current="/archives/")


def _search(request: Request) -> str:
    base = base_url(request)
    main = """<header class="page-header">
    <h1>Tìm kiếm <svg xmlns="http://www.w3.org/2000/svg" width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><circle cx="11" cy="11" r="8"></circle><line x1="21" y1="21" x2="16.65" y2="16.65"></line></svg></h1>
    <div class="post-description">Nhập từ khóa để tìm bài viết</div>
</header>
<div id="searchbox">
    <input id="searchInput" autofocus placeholder="Tìm kiếm ↵" aria-label="search" type="search" autocomplete="off" maxlength="64">
    <ul id="searchResults" aria-label="search results"></ul>
</div>"""
    scripts = (
        f'<script defer crossorigin="anonymous" src="{base}/assets/js/search.b8fbc0d4a5d9cd51b0a81ae5a2bf3a64d4c4d1c0e0f8b3a6d0c9e4f0b1a2c3d4.js" '
        'integrity="sha256-uPvA1KXZzVGwqBrlor86ZNTE0cDg+LOm0MnkfwsaLDQ="></script>\n'
        "<script>\n    // fastsearch.js: fetch('../index.json') then Fuse.js over title, permalink, summary, content\n"
        "    window.addEventListener('load', function () { if (typeof loadSearch === 'function') { loadSearch(); } });\n</script>"
    )
    return _page(base, f"Tìm kiếm | {SITE}", "/search/", main, body_class="list", current="/search/", scripts=scripts)


_ABOUT = [
    "Blog “Nhịp cầu Trần Hưng Đạo” do tổ Tin học và Ban Truyền thông của nhà trường thực hiện từ"
    " năm 2023, ban đầu trên Jekyll, từ năm 2024 chuyển sang Hugo.",
    "Bài viết do thầy cô và học sinh gửi về địa chỉ email của nhà trường; Ban biên tập chọn lọc và"
    " đăng tải hằng tuần.",
]


def _about(request: Request) -> str:
    base = base_url(request)
    body = "\n".join(f"<p>{esc(p)}</p>" for p in _ABOUT)
    main = f"""<article class="post-single">
  <header class="post-header">
    <h1 class="post-title entry-hint-parent">Giới thiệu</h1>
  </header>
  <div class="post-content">{body}</div>
  <footer class="post-footer"></footer>
</article>"""
    return _page(base, f"Giới thiệu | {SITE}", "/about/", main, body_class="", current="/about/")


# --------------------------------------------------------------------------- post pages


def _series_box(base: str, s: Story) -> str:
    parts = series_posts()
    items = []
    for p in parts:
        label = esc(p.title.split(": ", 1)[1] if ": " in p.title else p.title)
        n = p.opts["series"]
        if p.id == s.id:
            items.append(f'<li class="current">Phần {n}: {label} <em>(bài đang xem)</em></li>')
        else:
            items.append(f'<li><a href="{base}{href(post_path(p))}">Phần {n}: {label}</a></li>')
    return (
        '<div class="series-box">\n'
        f'  <p class="series-title">Bài viết thuộc loạt bài <a href="{base}{href(f"/series/{SERIES[1]}/")}">{esc(SERIES[0])}</a> ({len(parts)} phần)</p>\n'
        f"  <ol>\n    {chr(10).join(items)}\n  </ol>\n</div>"
    )


def _toc(s: Story) -> str:
    heads = [b for b in s.blocks if isinstance(b, P) and b.style in ("h2", "h3")]
    items = "\n".join(f'<li>\n<a href="#{_heading_id(h.text)}" aria-label="{esc(h.text)}">{esc(h.text)}</a></li>' for h in heads)
    return (
        '<div class="toc">\n    <details >\n        <summary accesskey="c" title="(Alt + C)">\n'
        '            <span class="details">Mục lục</span>\n        </summary>\n\n'
        f'        <div class="inner"><ul>\n{items}\n</ul>\n        </div>\n    </details>\n</div>'
    )


def _related(base: str, s: Story) -> str:
    def score(o: Story) -> tuple[int, date]:
        return (len(set(o.opts["tags"]) & set(s.opts["tags"])) + (o.cat == s.cat), o.opts["day"])

    others = sorted((o for o in STORIES if o.id != s.id), key=score, reverse=True)[:3]
    items = "\n".join(
        f'<li><a href="{base}{href(post_path(o))}">{esc(o.title)}</a> <span class="related-date">({o.opts["day"]:%d/%m/%Y})</span></li>'
        for o in others
    )
    return f'<div class="related-posts">\n  <h3>Bài viết liên quan</h3>\n  <ul>\n{items}\n  </ul>\n</div>'


def _share(base: str, s: Story) -> str:
    url = quote(f"{base}{href(post_path(s))}", safe="")
    title = quote(s.title, safe="")
    return f"""<ul class="share-buttons">
    <li><a target="_blank" rel="noopener noreferrer" aria-label="share {esc(s.title)} on facebook" href="https://facebook.com/sharer/sharer.php?u={url}">Facebook</a></li>
    <li><a target="_blank" rel="noopener noreferrer" aria-label="share {esc(s.title)} on x" href="https://x.com/intent/tweet/?text={title}&amp;url={url}">X</a></li>
    <li><a target="_blank" rel="noopener noreferrer" aria-label="share {esc(s.title)} on zalo" href="https://sp.zalo.me/share_inline?u={url}">Zalo</a></li>
</ul>"""


def _post(request: Request, s: Story) -> str:
    base = base_url(request)
    path = post_path(s)
    posts = newest()
    idx = posts.index(s)
    nav = []
    if idx > 0:
        n = posts[idx - 1]
        nav.append(f'<a class="prev" href="{base}{href(post_path(n))}">\n    <span class="title">« Mới hơn</span>\n    <br>\n    <span>{esc(n.title)}</span>\n  </a>')
    if idx < len(posts) - 1:
        o = posts[idx + 1]
        nav.append(f'<a class="next" href="{base}{href(post_path(o))}">\n    <span class="title">Cũ hơn »</span>\n    <br>\n    <span>{esc(o.title)}</span>\n  </a>')
    meta = _meta_line(s)
    if s.opts.get("lastmod"):
        meta += f"&nbsp;·&nbsp;<span class=\"lastmod\">Cập nhật: {vi_date(s.opts['lastmod'])}</span>"
    desc = f'\n    <div class="post-description">\n      {esc(s.summary)}\n    </div>' if s.summary else ""
    cat = s.cat
    tags = "\n".join(f'<li><a href="{base}{href(f"/tags/{urlize(t)}/")}">{esc(t)}</a></li>' for t in s.opts["tags"])
    series = _series_box(base, s) if "series" in s.opts else ""
    toc = _toc(s) if s.opts.get("toc") else ""
    main = f"""<article class="post-single">
  <header class="post-header">
    <h1 class="post-title entry-hint-parent">
      {esc(s.title)}
    </h1>{desc}
    <div class="post-meta">{meta}</div>
    <div class="post-categories">Chuyên mục: <a href="{base}{href(f"/categories/{urlize(cat)}/")}">{esc(cat)}</a></div>
  </header>
  {series}
  {toc}

  <div class="post-content">{content_html(s)}</div>

  <footer class="post-footer">
    <ul class="post-tags">
{tags}
    </ul>
<nav class="paginav">
  {"".join(nav)}
</nav>
{_share(base, s)}
  </footer>
{_related(base, s)}
<div class="comments">
<script src="https://giscus.app/client.js" data-repo="thcs-tranhungdao/blog" data-repo-id="R_kgDOJ8x2Qw" data-category="Comments"
        data-mapping="pathname" data-lang="vi" crossorigin="anonymous" async></script>
</div>
</article>"""
    day = s.opts["day"]
    modified = s.opts.get("lastmod", day)
    image = s.opts.get("cover") or (s.images[0].src if s.images else "/images/logo-thcs-thd.png")
    image = image if image.startswith("http") else base + image
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": s.title,
        "name": s.title,
        "description": s.summary or summary_text(s),
        "keywords": s.opts["tags"],
        "articleBody": plain(s),
        "wordCount": len(plain(s).split()),
        "inLanguage": "vi",
        "image": image,
        "datePublished": stamp(day),
        "dateModified": stamp(modified),
        "mainEntityOfPage": {"@type": "WebPage", "@id": f"{base}{href(path)}"},
        "publisher": {"@type": "Organization", "name": SITE, "logo": {"@type": "ImageObject", "url": f"{base}/favicon.ico"}},
    }
    if s.opts.get("author"):
        ld["author"] = [{"@type": "Person", "name": s.opts["author"]}]
    tags_meta = "".join(f'<meta property="article:tag" content="{esc(t)}">\n' for t in s.opts["tags"])
    extra = (
        f'<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:description" content="{esc(s.summary or summary_text(s))}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:url" content="{base}{href(path)}">\n'
        f'<meta property="og:image" content="{image}">\n'
        f'<meta property="article:section" content="posts">\n'
        f'<meta property="article:published_time" content="{stamp(day)}">\n'
        f'<meta property="article:modified_time" content="{stamp(modified)}">\n{tags_meta}'
        f'<script type="application/ld+json">\n{json.dumps(ld, ensure_ascii=False)}\n</script>\n'
    )
    return _page(
        base,
        f"{s.title} | {SITE}",
        path,
        main,
        body_class="",
        description=s.summary or summary_text(s),
        extra_head=extra,
        rss=None,
    )


# --------------------------------------------------------------------------- feeds, sitemap, index


def _rfc822(day: date) -> str:
    return format_datetime(datetime(day.year, day.month, day.day, tzinfo=_LOCAL))


def _rss(request: Request, title: str, link: str, items: list[Story]) -> str:
    base = base_url(request)
    entries = "\n".join(
        f"""    <item>
      <title>{esc(s.title)}</title>
      <link>{base}{href(post_path(s))}</link>
      <pubDate>{_rfc822(s.opts["day"])}</pubDate>
      <guid>{base}{href(post_path(s))}</guid>
      <description>{esc(s.summary or summary_text(s))}</description>
    </item>"""
        for s in items[:FEED_SIZE]
    )
    last = _rfc822(items[0].opts["day"]) if items else _rfc822(date(2026, 11, 25))
    return f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{esc(title)}</title>
    <link>{base}{href(link)}</link>
    <description>Recent content {esc("trên " + SITE)}</description>
    <generator>Hugo -- 0.128.2</generator>
    <language>vi</language>
    <lastBuildDate>{last}</lastBuildDate>
    <atom:link href="{base}{href(link)}index.xml" rel="self" type="application/rss+xml" />
{entries}
  </channel>
</rss>
"""


def _json_feed(request: Request) -> str:
    base = base_url(request)
    items = []
    for s in newest()[:FEED_SIZE]:
        url = f"{base}{href(post_path(s))}"
        item = {
            "id": url,
            "url": url,
            "title": s.title,
            "summary": s.summary or summary_text(s),
            "content_html": content_html(s),
            "date_published": stamp(s.opts["day"]),
            "date_modified": stamp(s.opts.get("lastmod", s.opts["day"])),
            "tags": s.opts["tags"],
        }
        if s.opts.get("author"):
            item["authors"] = [{"name": s.opts["author"]}]
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": SITE,
        "home_page_url": f"{base}/",
        "feed_url": f"{base}/feed.json",
        "description": DESCRIPTION,
        "language": "vi",
        "items": items,
    }
    return json.dumps(feed, ensure_ascii=False, indent=2)


def _search_index(request: Request) -> str:
    base = base_url(request)
    entries = [
        {"title": s.title, "content": plain(s), "permalink": f"{base}{href(post_path(s))}", "summary": s.summary or summary_text(s)}
        for s in newest()
    ]
    entries.append({"title": "Giới thiệu", "content": " ".join(_ABOUT), "permalink": f"{base}/about/", "summary": _ABOUT[0]})
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":"))


def _sitemap(request: Request) -> str:
    base = base_url(request)
    rows: list[tuple[str, date]] = []
    latest = newest()[0].opts["day"]
    for s in newest():
        rows.append((post_path(s), s.opts.get("lastmod", s.opts["day"])))
    rows.append(("/", latest))
    rows.append(("/posts/", latest))
    for c in CATEGORIES:
        rows.append((f"/categories/{urlize(c)}/", newest(lambda s, c=c: s.cat == c)[0].opts["day"]))
    rows.append(("/categories/", latest))
    for t in sorted(tag_counts()):
        rows.append((f"/tags/{urlize(t)}/", newest(lambda s, t=t: t in s.opts["tags"])[0].opts["day"]))
    rows.append(("/tags/", latest))
    rows.append((f"/series/{SERIES[1]}/", series_posts()[-1].opts["day"]))
    rows.append(("/series/", series_posts()[-1].opts["day"]))
    rows += [("/about/", date(2024, 3, 1)), ("/archives/", date(2024, 3, 1)), ("/search/", date(2024, 3, 1))]
    urls = "\n".join(
        f"  <url>\n    <loc>{base}{href(p)}</loc>\n    <lastmod>{stamp(d)}</lastmod>\n  </url>" for p, d in rows
    )
    return (
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\n  xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        f"{urls}\n</urlset>\n"
    )


def _not_found(request: Request) -> Response:
    base = base_url(request)
    main = '<div class="not-found">404</div>\n<p class="not-found-text">Không tìm thấy trang. <a href="/">Về trang chủ</a></p>'
    return html(_page(base, f"404 Page not found | {SITE}", "/404.html", main, body_class="list"), status=404)


# --------------------------------------------------------------------------- routing


def _lists() -> dict[str, tuple[list[Story], str | None, str, bool]]:
    """Every paged list: root -> (items, title, crumbs, home)."""
    out: dict[str, tuple[list[Story], str | None, str, bool]] = {
        "/": (newest(), None, "", True),
        "/posts/": (newest(), "Bài viết", "", False),
    }
    for c in CATEGORIES:
        out[f"/categories/{urlize(c)}/"] = (newest(lambda s, c=c: s.cat == c), c, _crumb("categories", "Chuyên mục"), False)
    for t in tag_counts():
        out[f"/tags/{urlize(t)}/"] = (newest(lambda s, t=t: t in s.opts["tags"]), t, _crumb("tags", "Thẻ"), False)
    out[f"/series/{SERIES[1]}/"] = (series_posts(), SERIES[0], _crumb("series", "Loạt bài"), False)
    return out


def _crumb(kind: str, label: str) -> str:
    """PaperMod's breadcrumbs on a term page (the base is filled in per request)."""
    return f'<div class="breadcrumbs"><a href="{{base}}/">Trang chủ</a>&nbsp;»&nbsp;<a href="{{base}}/{kind}/">{label}</a></div>'



LISTS = _lists()
POSTS = {post_path(s): s for s in STORIES}
ALIASES = {a: post_path(s) for s in STORIES for a in s.opts.get("aliases", [])}
_PAGE = re.compile(r"^(.*/)page/(\d+)/$")
_FILES = {"/files/lich-kiem-tra-giua-hk1-2026-2027.pdf"}
_FIXED = {"/categories/", "/tags/", "/series/", "/archives/", "/search/", "/about/"}


class HugoSchoolBlog:
    """The built site: every answer is what the static host serves for the built file."""

    def respond(self, request: Request) -> Response | None:
        path = unicodedata.normalize("NFC", unquote(request.path))
        if path in _FILES:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/images/", "/assets/")) or path in ("/favicon.ico", "/apple-touch-icon.png"):
            return static_file(path) or _not_found(request)
        if path == "/robots.txt":
            body = f"User-agent: *\nDisallow:\nSitemap: {base_url(request)}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            return Response(200, _sitemap(request), {"Content-Type": "application/xml"})
        if path == "/feed.json":
            return Response(200, _json_feed(request), {"Content-Type": "application/feed+json"})
        if path == "/index.json":
            return Response(200, _search_index(request), {"Content-Type": "application/json"})
        if path.endswith("/index.xml"):
            root = path[: -len("index.xml")]
            if root in LISTS:
                items, title, _, home = LISTS[root]
                feed_title = SITE if home else f"{title} trên {SITE}"
                return Response(200, _rss(request, feed_title, root, items), {"Content-Type": "application/rss+xml"})
            if root in ("/categories/", "/tags/", "/series/"):
                return Response(200, _rss(request, SITE, root, []), {"Content-Type": "application/rss+xml"})
            return _not_found(request)
        if path in POSTS:
            return html(_post(request, POSTS[path]))
        if path in ALIASES:
            return html(_alias(base_url(request), ALIASES[path]))
        if m := _PAGE.match(path):
            root, n = m.group(1), int(m.group(2))
            if root in LISTS and n == 1:
                return html(_alias(base_url(request), root))
            if root in LISTS:
                items, title, crumbs, home = LISTS[root]
                page = _list_page(request, root, n, items, title=title, crumbs=crumbs, home=home)
                return html(page) if page else _not_found(request)
            return _not_found(request)
        if path in LISTS:
            items, title, crumbs, home = LISTS[path]
            return html(_list_page(request, path, 1, items, title=title, crumbs=crumbs, home=home))
        if path == "/categories/":
            return html(_terms_page(request, "categories", "Chuyên mục"))
        if path == "/tags/":
            return html(_terms_page(request, "tags", "Thẻ"))
        if path == "/series/":
            return html(_terms_page(request, "series", "Loạt bài"))
        if path == "/archives/":
            return html(_archives(request))
        if path == "/search/":
            return html(_search(request))
        if path == "/about/":
            return html(_about(request))
        if not path.endswith("/") and (path + "/" in LISTS or path + "/" in POSTS or path + "/" in _FIXED):
            return Response(301, b"", {"Location": href(path + "/")})
        return _not_found(request)


def build_site() -> HugoSchoolBlog:
    return HugoSchoolBlog()


# --------------------------------------------------------------------------- gold (by hand)


def _gold(s: Story) -> dict:
    return gold_record(s, href(post_path(s)), s.cat)


GOLD: list[dict] = [_gold(s) for s in newest()]

NON_ARTICLES: list[str] = [
    *(href(p) for root, (items, *_rest) in LISTS.items() for p in list_pages(root, items)),
    "/categories/",
    "/tags/",
    "/series/",
    "/archives/",
    "/search/",
    "/about/",
]

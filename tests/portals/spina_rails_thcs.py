"""Trường THCS Chu Văn An (Buôn Ma Thuột, Đắk Lắk): Spina CMS 2 on Rails with a blog plugin.

Platform
--------
Spina CMS 2 (Ruby on Rails 7, Hotwire Turbo) with a spina-articles-plugin style blog. The
theme was built by a local freelancer ("Minh Khoa Web"): Vietnamese-abbreviated class names
(``bv-`` = bài viết, ``dm-`` = danh mục, ``tt-`` = tóm tắt), Turbo frames for the list
pagination and the comments, article text written in the Trix editor and rendered by ActionText
(``<div class="trix-content">`` with ``<div>`` blocks whose paragraphs are separated by
``<br><br>``, headings as Trix ``<h1>``, images as ``<action-text-attachment>`` figures).

URL scheme
----------
- ``/`` home: slider (3 latest), block "Tin tức - Sự kiện" (3), notice ticker, link to the list.
- ``/bai-viet`` all articles, 5 a page, newest first; ``?page=N`` (N = 2, 3) is loaded by a lazy
  ``<turbo-frame src="/bai-viet?page=N" loading="lazy">`` at the bottom of the previous page; the
  only ``<a>`` to it sits inside ``<noscript>``.
- ``/bai-viet/<slug>`` article; ``/bai-viet/<slug>?ref=lien-quan`` the same article (the "Tin
  liên quan" links carry it); ``/bai-viet/le-ky-niem-ngay-nha-giao-20-11`` (old slug) answers 301
  to the new slug of article 6.
- ``/bai-viet/danh-muc/<slug>`` category list, 3 a page, Pagy nav with query-only hrefs
  (``href="?page=2"``).
- ``/bai-viet/<year>/<month>`` archives (all of the month, no paging). The sidebar's archive
  widget links only the last two months (12/2026, 11/2026); ``/bai-viet/2026/10`` answers but is
  linked from nowhere.
- ``/gioi-thieu``, ``/doi-ngu``, ``/lien-he``, ``/thu-vien-anh``: Spina pages (not articles).
- ``/tim-kiem?q=`` search (GET form in the header).
- ``/rails/active_storage/blobs/redirect/<signed id>/<filename>`` images: 302 to
  ``/rails/active_storage/disk/<key>/<filename>?…`` which serves the bytes; list thumbnails use
  ``/rails/active_storage/representations/redirect/<signed id>/<variation>/<filename>``.
- A request carrying the ``Turbo-Frame`` header gets the bare frame document (turbo-rails'
  frame layout), any other the full page.

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), the site name as an ``<h1>``
(before the article's own ``<h1>``), menu with drop-downs, breadcrumb, sidebar (categories with
counts, "Bài viết xem nhiều", archive widget, visitor counter, poll, links), footer.
Article: breadcrumb "Trang chủ › Bài viết › <category>", ``<h1 class="bv-tieude">``, a meta row
("✍ <author field>", "Ngày đăng: dd/mm/yyyy" inside ``<time datetime=…Z>``, maybe "Cập nhật:
dd/mm/yyyy HH:MM", "Lượt xem"), the teaser (``<div class="bv-tt">``, bold) when the article has
one, the Trix content, tags, share tools, "Tin liên quan" (same category, ``?ref=lien-quan``),
comments (``<turbo-frame id="binh_luan_…">``), "Các bài viết khác".

How each gold article is reached
--------------------------------
1–5 on /bai-viet (page 1) and the archive 12/2026 or 11/2026; 6–10 on /bai-viet?page=2 (lazy
frame); 11–13 only on /bai-viet?page=3, and on their category pages: 12 only on
/bai-viet/danh-muc/hoat-dong-chuyen-mon?page=2, 13 only on /bai-viet/danh-muc/tin-tuc-su-kien?page=2,
11 on /bai-viet/danh-muc/doan-doi. "Tin liên quan" links reach some of them too, with ``?ref``.

Traps
-----
1. Pagination of /bai-viet is a chain of lazy Turbo frames (``<turbo-frame src=… loading=lazy>``)
   whose only ``<a>`` is in ``<noscript>``; category pages use query-only hrefs ("?page=2").
   Gold: articles 11–13 exist and must be found (page 3 / category page 2 only).
2. Trix paragraphs are not ``<p>``: one ``<div>`` holds several paragraphs separated by
   ``<br><br>`` (sometimes a single ``<br>``), headings are ``<h1>`` inside the text, empty
   ``<div><br></div>`` spacers. Gold: each br-separated piece is its own paragraph; spacers none.
3. Two ``<h1>`` on every article page: the site name in the header comes first. Gold title: the
   article's ``<h1 class="bv-tieude">`` (its line break and double spaces collapsed).
4. Dates: the page prints only a day ("Ngày đăng: 04/12/2026") while ``<time datetime>``,
   ``article:published_time`` and JSON-LD carry the day's local midnight in UTC
   ("2026-12-03T17:00:00Z", the previous day); some pages also print "Cập nhật: 05/12/2026 08:14".
   Gold: the day alone ("2026-12-04"), never the update time nor the UTC day.
5. ActionText captions: an image without a caption still has a ``<figcaption>`` printing the file
   name and size ("IMG_20261204_081532.jpg 2.4 MB"). Gold caption None. A caption "(…)" loses its
   parentheses; "Ảnh: Đinh Công Sơn" is a credit (caption None, photographer); one editor typed
   the caption as an italic line under a file-name figure: that line is the caption, not body.
   Two images side by side come in an ``attachment-gallery`` wrapper.
6. Bylines: the meta row's author field is often the CMS account ("quantri", "Admin", "BBT",
   -> nobody); the real byline is the last ``<br><br>`` piece of the Trix text ("Tin, ảnh: …",
   "Tin: X - Ảnh: Y", "Bài, ảnh: …"), a right-aligned unit, or a name followed by its post.
   Gold: names only, without "ThS." or post; a unit signing alone as printed; byline not body.
7. Article 2 is an official notice typed in Trix without a table: letterhead lines, "Số: …",
   "Buôn Ma Thuột, ngày 01 tháng 12 năm 2026", "THÔNG BÁO" (Trix h1) and "Về việc …", then
   "Nơi nhận" and "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / Nguyễn Thị Hồng Nhung". Gold: only the text
   between subject and "Nơi nhận" is body; date = letterhead day "2026-12-01" (the page says
   03/12/2026); author the signer.
8. Duplicates: "Tin liên quan" links carry ``?ref=lien-quan`` (same article, canonical to the
   clean path); an old slug of article 6 answers 301 (linked from a "Xem thêm:" line in article
   7). Gold: the clean path; the variants are alt_paths.
9. Chrome that reads like text: parents' comments (``<turbo-frame id="binh_luan_…">`` with
   ``<p>``), the teaser repeated in list cards, the notice ticker, "Xem thêm: <link>" lines.
   Gold: none of it is body.
10. Article 13's text was pasted from a Mac (NFD, decomposed tone marks) and article 6 uses
    ``&nbsp;`` double spaces. Gold: NFC, collapsed.

Gold decisions on ambiguous points
----------------------------------
- The teaser (``bv-tt``, printed bold in its own element above the text) is the sapo: summary and
  first body paragraph. Articles without a teaser: summary None (the meta description then is the
  first 160 characters of the text, not a sapo).
- Image paths are the ``src`` as printed (blobs/redirect), not the ``srcset`` representations nor
  the disk URL the redirect ends at. The article's cover image appears only as og:image and in list
  thumbnails: not an article image.
- The old-slug path (301) is listed in alt_paths of article 6 along with the ``?ref`` variants.
- "Theo Báo Đắk Lắk" as the closing line -> source "Báo Đắk Lắk"; article 12's first sentence
  "Theo Kế hoạch số …" is text.
- Footnote calls typed as "[1]" stay in their sentence; the "Chú thích:" line and its entries
  are body paragraphs.
- A photo credit "Ảnh: X" under a photo also makes X a photographer.
- The meta row's author field counts when it holds a person or a unit ("Nguyễn Hữu Phước",
  "ThS. Phạm Minh Đức - Tổ trưởng tổ Ngữ văn" -> "Phạm Minh Đức", "Tổ Ngoại ngữ"); a CMS account
  ("quantri", "admin", "Admin", "BBT") is nobody, and then the byline in the text decides.
- Category: as the breadcrumb prints it ("Tin tức - Sự kiện", "Hoạt động chuyên môn",
  "Đoàn - Đội", "Thông báo").
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import unicodedata
from urllib.parse import quote

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
    text,
)

NAME = "spina_rails_thcs"
PLATFORM = "Spina CMS 2 (Ruby on Rails, Turbo) + articles plugin"
START_PATH = "/"

SITE_NAME = "Trường THCS Chu Văn An"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
LIST_SIZE = 5
CAT_SIZE = 3

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
    "thong-bao": "Thông báo",
}
OLD_SLUG = "le-ky-niem-ngay-nha-giao-20-11"


# --- ActiveStorage ---------------------------------------------------------------------------


def signed_id(blob_id: int) -> str:
    """A Rails 6+ signed blob id: base64 JSON around a marshalled integer, then a digest."""
    inner = base64.b64encode(b"\x04\x08i\x02" + blob_id.to_bytes(2, "little")).decode()
    msg = json.dumps({"_rails": {"message": inner, "exp": None, "pur": "blob_id"}}, separators=(",", ":"))
    data = base64.urlsafe_b64encode(msg.encode()).decode()
    return f"{data}--{hashlib.sha1(data.encode()).hexdigest()}"


def blob(blob_id: int, filename: str) -> str:
    return f"/rails/active_storage/blobs/redirect/{signed_id(blob_id)}/{filename}"


def representation(blob_id: int, filename: str, size: str = "400x260") -> str:
    variation = base64.urlsafe_b64encode(
        json.dumps({"_rails": {"message": f"resize_to_fill:{size}", "pur": "variation"}}).encode()
    ).decode()
    return (
        f"/rails/active_storage/representations/redirect/{signed_id(blob_id)}/"
        f"{variation}--{hashlib.sha1(variation.encode()).hexdigest()[:40]}/{filename}"
    )


# --- the stories -----------------------------------------------------------------------------

BR1 = "br1"  # joined to the previous paragraph by a single <br>


def _img(bid: int, filename: str, printed: str | None, caption: str | None, style: str = "cap") -> Img:
    return Img(blob(bid, filename), printed, caption, style)


S1 = Story(
    1,
    "lien-doi-to-chuc-hoi-trai-tien-buoc-len-doan-2026",
    "Liên đội tổ chức Hội trại “Tiến bước lên Đoàn” chào mừng 82 năm Ngày thành lập QĐND Việt Nam",
    "doan-doi",
    "2026-12-04",
    [
        P("Sáng ngày 29/11/2026, tại sân trường, Trường THCS Chu Văn An đã phối hợp cùng Liên đội tổ chức Hội trại với chủ đề “Tiến bước lên Đoàn”. Tham dự hội trại có đại diện Ban Thường vụ Thành đoàn Buôn Ma Thuột, Ban đại diện Cha mẹ học sinh và toàn thể đội viên các chi đội khối 8, 9."),
        P("Phát biểu khai mạc, thầy Lê Văn Hùng, Hiệu trưởng nhà trường nhấn mạnh ý nghĩa của hội trại trong việc giáo dục truyền thống cách mạng, lòng yêu nước và tinh thần đoàn kết cho học sinh."),
        _img(101, "IMG_20261129_074512.jpg", "IMG_20261129_074512.jpg 2.4 MB", None, "file"),
        P("Hội trại gồm nhiều nội dung hấp dẫn: thi dựng trại, trang trí cổng trại, thi nghi thức Đội, trò chơi lớn “Hành quân theo dấu chân anh Bộ đội Cụ Hồ” và đêm lửa trại giao lưu văn nghệ."),
        P("Kết quả, Ban tổ chức đã trao 01 giải Nhất cho chi đội 9A3, 02 giải Nhì cho các chi đội 9A1, 8A2 và 03 giải Ba cho các chi đội 8A1, 8A4, 9A5."),
        Raw("<strong>Tin, ảnh: Hoàng Thị Thu Trang</strong>"),
    ],
    authors=["Hoàng Thị Thu Trang"],
    photographers=["Hoàng Thị Thu Trang"],
    summary="Hội trại là hoạt động thiết thực chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026), đồng thời bồi dưỡng đội viên ưu tú cho tổ chức Đoàn.",
    sapo_outside=True,
    opts={"field": "quantri", "updated": "05/12/2026 08:14", "cover": (151, "hoi-trai-bia.jpg"),
          "comments": [("Phụ huynh lớp 9A3", "Cảm ơn nhà trường đã tạo sân chơi bổ ích cho các cháu!")]},
)

S2 = Story(
    2,
    "thong-bao-kiem-tra-danh-gia-cuoi-hoc-ky-i-2026-2027",
    "Thông báo về việc tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
    "thong-bao",
    "2026-12-01",
    [
        Raw("<div><strong>UBND THÀNH PHỐ BUÔN MA THUỘT</strong><br><strong>TRƯỜNG THCS CHU VĂN AN</strong><br>Số: 112/TB-THCSCVA</div>"),
        Raw("<div><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></div>"),
        Raw("<div><em>Buôn Ma Thuột, ngày 01 tháng 12 năm 2026</em></div>"),
        Raw("<h1>THÔNG BÁO</h1>"),
        Raw("<div><strong>Về việc tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027</strong></div>"),
        P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026-2027, Trường THCS Chu Văn An thông báo lịch kiểm tra, đánh giá cuối học kỳ I như sau:", "new"),
        P("1. Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026.", "li"),
        P("2. Các môn kiểm tra tập trung: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí.", "li"),
        P("3. Các môn còn lại giáo viên bộ môn tổ chức kiểm tra trên lớp theo kế hoạch của tổ chuyên môn.", "li"),
        P("Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo thẻ học sinh."),
        P("Đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực hiện.", BR1),
        Raw("<div><strong>Nơi nhận:</strong><br>- Các tổ chuyên môn;<br>- GVCN các lớp;<br>- Lưu: VT.</div>"),
        Raw("<div style=\"text-align: right;\"><strong>KT. HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong><br><br><br><strong>Nguyễn Thị Hồng Nhung</strong></div>"),
    ],
    authors=["Nguyễn Thị Hồng Nhung"],
    opts={"field": "quantri", "shown_day": "2026-12-03"},
)

S3 = Story(
    3,
    "to-khtn-chuyen-de-stem-che-tao-den-pin-don-gian",
    "Tổ Khoa học tự nhiên thực hiện chuyên đề “Dạy học STEM: Chế tạo đèn pin đơn giản”",
    "hoat-dong-chuyen-mon",
    "2026-12-02",
    [
        P("Chuyên đề được thực hiện tại lớp 8A2 do cô Trần Thị Ngọc Ánh giảng dạy, với sự tham dự của Ban giám hiệu và toàn thể giáo viên trong tổ."),
        P("Tiến trình bài học", "h"),  # (harmonised: a heading of the text is body)
        P("Bài học được tổ chức theo quy trình thiết kế kỹ thuật gồm 5 bước: xác định vấn đề, nghiên cứu kiến thức nền, đề xuất giải pháp, chế tạo mẫu và thử nghiệm, chia sẻ và điều chỉnh."),
        P("Học sinh làm việc theo nhóm, sử dụng vật liệu dễ tìm như ống nhựa, pin tiểu, bóng đèn LED và dây dẫn để chế tạo đèn pin."),
        _img(102, "stem-den-pin-1.jpg", "(Học sinh lớp 8A2 thử nghiệm sản phẩm đèn pin)", "Học sinh lớp 8A2 thử nghiệm sản phẩm đèn pin"),
        _img(103, "stem-den-pin-2.jpg", "Cô Trần Thị Ngọc Ánh hướng dẫn các nhóm hoàn thiện mạch điện", "Cô Trần Thị Ngọc Ánh hướng dẫn các nhóm hoàn thiện mạch điện"),
        P("Rút kinh nghiệm", "h"),  # (harmonised: a heading of the text is body)
        P("Sau tiết dạy, tổ đã tổ chức rút kinh nghiệm, thống nhất nhân rộng mô hình dạy học STEM trong các khối lớp 6, 7 ở học kỳ II."),
        Raw("<div style=\"text-align: right;\"><strong>Tổ Khoa học tự nhiên</strong></div>"),
    ],
    authors=["Tổ Khoa học tự nhiên"],
    summary="Nhằm đổi mới phương pháp dạy học theo định hướng phát triển năng lực, Tổ Khoa học tự nhiên đã tổ chức chuyên đề dạy học STEM cho học sinh khối 8.",
    sapo_outside=True,
    opts={"field": "quantri", "cover": (152, "stem-bia.jpg")},
)

S4 = Story(
    4,
    "hoc-sinh-dat-12-giai-hoi-thi-tin-hoc-tre-2026",
    "Học sinh Trường THCS Chu Văn An đạt 12 giải tại Hội thi Tin học trẻ tỉnh Đắk Lắk năm 2026",
    "tin-tuc-su-kien",
    "2026-12-01",
    [
        P("Hội thi Tin học trẻ tỉnh Đắk Lắk lần thứ XXVII năm 2026 diễn ra từ ngày 27 đến 29/11/2026 tại Trường Đại học Tây Nguyên, thu hút 312 thí sinh đến từ các trường THCS và THPT trong tỉnh."),
        P("Đội tuyển của Trường THCS Chu Văn An gồm 14 học sinh tham gia ở các bảng B (THCS) và bảng sáng tạo sản phẩm. Kết quả cụ thể:"),
        P("Bảng B - Lập trình: 01 giải Nhất, 02 giải Nhì, 02 giải Ba;", "li"),
        P("Bảng B - Kỹ năng ứng dụng: 01 giải Nhì, 03 giải Ba;", "li"),
        P("Bảng sáng tạo sản phẩm: 01 giải Nhì, 02 giải Khuyến khích.", "li"),
        _img(104, "tin-hoc-tre-2026.jpg", "Đội tuyển Tin học trẻ của trường nhận giải tại lễ tổng kết", "Đội tuyển Tin học trẻ của trường nhận giải tại lễ tổng kết"),
        P("Em Nguyễn Hoàng Minh Khôi, lớp 9A1, đạt giải Nhất bảng B với sản phẩm phần mềm tra cứu thời khóa biểu trên điện thoại và được chọn tham dự vòng toàn quốc."),
        Raw("<em>Theo Báo Đắk Lắk</em>"),
    ],
    authors=["Nguyễn Hữu Phước"],
    source="Báo Đắk Lắk",
    summary="Với 01 giải Nhất, 04 giải Nhì, 05 giải Ba và 02 giải Khuyến khích, Trường THCS Chu Văn An tiếp tục là đơn vị dẫn đầu khối THCS tại Hội thi Tin học trẻ tỉnh năm 2026.",
    sapo_outside=True,
    opts={"field": "Nguyễn Hữu Phước", "cover": (153, "tin-hoc-bia.jpg")},
)

S5 = Story(
    5,
    "hoi-thao-sinh-hoat-chuyen-mon-nghien-cuu-bai-hoc-ngu-van",
    "Hội thảo đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học môn Ngữ văn",
    "hoat-dong-chuyen-mon",
    "2026-11-28",
    [
        P("Chiều ngày 25/11/2026, Tổ Ngữ văn tổ chức hội thảo chuyên đề “Đổi mới sinh hoạt chuyên môn theo nghiên cứu bài học” với sự tham gia của 16 giáo viên."),
        P("1. Mục đích", "h"),  # (harmonised: a heading of the text is body)
        P("Giúp giáo viên chuyển trọng tâm từ đánh giá giờ dạy của giáo viên sang quan sát việc học của học sinh, từ đó điều chỉnh cách tổ chức hoạt động học."),
        P("2. Nội dung", "h"),  # (harmonised: a heading of the text is body)
        P("Hội thảo tập trung phân tích video tiết dạy bài “Chiếc lá cuối cùng” lớp 8A5; các thành viên chia sẻ những điều quan sát được về học sinh."),
        P("Một số ý kiến đề xuất điều chỉnh thời lượng hoạt động khởi động và tăng cường câu hỏi mở trong phần đọc hiểu.", BR1),
        P("“Sinh hoạt chuyên môn không phải để phán xét một giờ dạy, mà để cùng nhau hiểu học sinh học như thế nào.”", "q"),
        P("Kết thúc hội thảo, tổ thống nhất xây dựng kế hoạch bài học chung cho chủ đề văn bản nghị luận ở học kỳ II."),
    ],
    authors=["Phạm Minh Đức"],
    summary="Hội thảo giúp giáo viên tổ Ngữ văn chia sẻ kinh nghiệm tổ chức sinh hoạt chuyên môn lấy học sinh làm trung tâm.",
    sapo_outside=True,
    opts={"field": "ThS. Phạm Minh Đức - Tổ trưởng tổ Ngữ văn", "cover": (154, "ngu-van-bia.jpg")},
)

S6 = Story(
    6,
    "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-2026",
    "Long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    "tin-tuc-su-kien",
    "2026-11-20",
    [
        P("Sáng ngày 19/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.  Đến dự có đại diện lãnh đạo UBND phường, Hội Cựu giáo chức và đông đảo cha mẹ học sinh.", "nb"),
        P("Tại buổi lễ, cô Nguyễn Thị Hồng Nhung, Phó Hiệu trưởng, đã ôn lại truyền thống vẻ vang của ngành Giáo dục và điểm lại những thành tích nổi bật của nhà trường trong năm học vừa qua."),
        _img(105, "le-20-11-a.jpg", "Ảnh: Đinh Công Sơn", None),
        P("Thay mặt học sinh toàn trường, em Lê Ngọc Bảo Trâm, lớp 9A2, bày tỏ lòng biết ơn:"),
        P("“Chúng em xin hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ của thầy cô.”", "q"),
        _img(106, "le-20-11-b.jpg", "Khen thưởng giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp tỉnh", "Khen thưởng giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp tỉnh", "gal"),
        _img(107, "le-20-11-c.jpg", "le-20-11-c.jpg 1.8 MB", None, "galfile"),
        P("Dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc và 35 học sinh đạt giải trong các kỳ thi cấp tỉnh."),
        Raw("<strong>Tin: Vũ Thị Lan - Ảnh: Đinh Công Sơn</strong>"),
    ],
    authors=["Vũ Thị Lan"],
    photographers=["Đinh Công Sơn"],
    summary="Buổi lễ là dịp để các thế hệ học sinh bày tỏ lòng tri ân đối với thầy cô giáo, những người đã tận tụy với sự nghiệp trồng người.",
    sapo_outside=True,
    opts={"field": "admin", "cover": (155, "20-11-bia.jpg"),
          "comments": [("Cựu học sinh khóa 2015-2019", "Chúc thầy cô luôn mạnh khỏe, hạnh phúc và thành công!"),
                       ("Nguyễn Văn Tâm", "Buổi lễ rất ý nghĩa, xin chúc mừng nhà trường.")]},
)

S7 = Story(
    7,
    "hoi-dien-van-nghe-tri-an-thay-co-2026",
    "Sôi nổi Hội diễn văn nghệ “Tri ân thầy cô” năm 2026 🎉",
    "doan-doi",
    "2026-11-16",
    [
        P("Hưởng ứng đợt thi đua chào mừng ngày 20/11, Liên đội Trường THCS Chu Văn An tổ chức Hội diễn văn nghệ “Tri ân thầy cô” với sự tham gia của 32 chi đội."),
        P("Các tiết mục múa, hát, tiểu phẩm được dàn dựng công phu 🎶, nhiều tiết mục mang đậm bản sắc văn hóa các dân tộc Tây Nguyên như múa xoang, hòa tấu cồng chiêng."),
        Raw("<div><br></div>"),
        P("Kết quả: giải Nhất thuộc về chi đội 7A3 với tiết mục múa “Em đi giữa biển vàng”; giải Nhì chi đội 9A4; giải Ba chi đội 6A1 và 8A5.", "new"),
        Raw("<div>Xem thêm: <a href=\"/bai-viet/le-ky-niem-ngay-nha-giao-20-11\">Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11</a></div>"),
    ],
    opts={"field": "Admin", "cover": (156, "van-nghe-bia.jpg")},
)

S8 = Story(
    8,
    "chuyen-de-ung-dung-tri-tue-nhan-tao-day-hoc-toan-9",
    "Chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán lớp 9”",
    "hoat-dong-chuyen-mon",
    "2026-11-10",
    [
        P("Ngày 07/11/2026, Tổ Toán - Tin tổ chức chuyên đề ứng dụng trí tuệ nhân tạo (AI) trong dạy học môn Toán lớp 9 tại phòng Tin học số 2."),
        P("Tại chuyên đề, giáo viên giới thiệu cách sử dụng các công cụ AI để tạo ngân hàng câu hỏi trắc nghiệm, gợi ý lời giải theo từng bước và hỗ trợ học sinh tự học ở nhà."),
        _img(108, "chuyen-de-ai-toan-9.jpg", "chuyen-de-ai-toan-9.jpg 965 KB", "Thầy Trần Quốc Bảo trình bày chuyên đề", "below"),
        P("Các giáo viên cũng thảo luận về những lưu ý khi sử dụng AI: kiểm chứng kết quả, bảo vệ dữ liệu cá nhân của học sinh và tránh để học sinh phụ thuộc vào công cụ."),
        Raw("<strong>Trần Quốc Bảo</strong> (Tổ Toán - Tin)"),
    ],
    authors=["Trần Quốc Bảo"],
    summary="Chuyên đề giúp giáo viên làm quen với các công cụ trí tuệ nhân tạo hỗ trợ thiết kế bài giảng và đánh giá học sinh.",
    sapo_outside=True,
    opts={"field": "quantri", "updated": "12/11/2026 16:40", "cover": (157, "ai-bia.jpg")},
)

S9 = Story(
    9,
    "thong-bao-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
    "Thông báo lịch họp Cha mẹ học sinh giữa học kỳ I năm học 2026-2027",
    "thong-bao",
    "2026-11-03",
    [
        P("Nhà trường trân trọng kính mời Quý Cha mẹ học sinh đến dự buổi họp giữa học kỳ I năm học 2026-2027."),
        P("Thời gian: 7 giờ 30 phút, Chủ nhật ngày 08/11/2026.", "new"),
        P("Địa điểm: tại phòng học của các lớp.", BR1),
        P("Nội dung: thông báo kết quả học tập, rèn luyện giữa học kỳ I; trao đổi biện pháp phối hợp giáo dục học sinh.", BR1),
        P("Rất mong Quý Cha mẹ học sinh sắp xếp thời gian đến dự đầy đủ, đúng giờ."),
    ],
    opts={"field": "quantri"},
)

S10 = Story(
    10,
    "doan-cong-tac-so-gddt-kiem-tra-dau-nam-hoc",
    "Đoàn công tác Sở GD&ĐT Đắk Lắk kiểm tra công tác chuẩn bị năm học mới",
    "tin-tuc-su-kien",
    "2026-10-30",
    [
        P("Ngày 28/10/2026, đoàn công tác của Sở Giáo dục và Đào tạo tỉnh Đắk Lắk do ông Y Jút Byă, Phó Giám đốc Sở làm trưởng đoàn đã đến kiểm tra công tác đầu năm học tại Trường THCS Chu Văn An."),
        P("Đoàn đã kiểm tra hồ sơ kế hoạch giáo dục, cơ sở vật chất, thiết bị dạy học và dự giờ một số tiết dạy theo Chương trình giáo dục phổ thông 2018."),
        _img(109, "kiem-tra-dau-nam.jpg", "Đoàn công tác làm việc với Ban giám hiệu nhà trường", "Đoàn công tác làm việc với Ban giám hiệu nhà trường"),
        P("Kết luận buổi kiểm tra, đoàn ghi nhận sự chuẩn bị chu đáo của nhà trường, đồng thời đề nghị tiếp tục đầu tư phòng học bộ môn và đẩy mạnh chuyển đổi số trong quản lý."),
        Raw("<em>Bài, ảnh: Lê Thị Kim Oanh</em>"),
    ],
    authors=["Lê Thị Kim Oanh"],
    photographers=["Lê Thị Kim Oanh"],
    summary="Đoàn đánh giá cao công tác chuẩn bị cơ sở vật chất và kế hoạch giáo dục của nhà trường.",
    sapo_outside=True,
    opts={"field": "BBT", "cover": (158, "kiem-tra-bia.jpg")},
)

S11 = Story(
    11,
    "chi-doan-giao-vien-toa-dam-20-10",
    "Chi đoàn giáo viên tổ chức tọa đàm chào mừng Ngày Phụ nữ Việt Nam 20/10",
    "doan-doi",
    "2026-10-20",
    [
        P("Chiều ngày 19/10/2026, Chi đoàn giáo viên Trường THCS Chu Văn An tổ chức buổi tọa đàm “Phụ nữ hiện đại - Tự tin, bản lĩnh” chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam."),
        P("Buổi tọa đàm diễn ra trong không khí thân mật, các đoàn viên nam đã gửi tặng những bó hoa tươi thắm và các tiết mục văn nghệ tới các cô giáo."),
        P("Các nữ giáo viên chia sẻ kinh nghiệm cân bằng giữa công việc và gia đình, giữ gìn nét đẹp của người phụ nữ Việt Nam trong thời đại mới."),
        Raw("<div style=\"text-align: right;\"><em>Nguyễn Thị Thanh Hà (Bí thư Chi đoàn giáo viên)</em></div>"),
    ],
    authors=["Nguyễn Thị Thanh Hà"],
    opts={"field": "quantri"},
)

S12 = Story(
    12,
    "ket-qua-khao-sat-dau-nam-tieng-anh-khoi-6",
    "Kết quả khảo sát chất lượng đầu năm môn Tiếng Anh khối 6",
    "hoat-dong-chuyen-mon",
    "2026-10-12",
    [
        P("Theo Kế hoạch số 45/KH-THCSCVA của nhà trường, Tổ Ngoại ngữ đã tổ chức khảo sát chất lượng đầu năm môn Tiếng Anh cho 385 học sinh khối 6."),
        P("Kết quả: có 275 học sinh đạt điểm từ 5,0 trở lên, chiếm tỷ lệ 71,4%.[1] Kỹ năng nghe và viết còn hạn chế ở nhiều học sinh đến từ các trường tiểu học vùng ven."),
        P("Tổ đã đề xuất tổ chức phụ đạo vào chiều thứ Năm hằng tuần và lồng ghép hoạt động câu lạc bộ tiếng Anh.[2]"),
        P("Chú thích:", "b"),
        P("[1] Năm học 2025-2026, tỷ lệ này là 68,9%.", BR1),
        P("[2] Câu lạc bộ “English Corner” sinh hoạt vào sáng thứ Bảy.", BR1),
    ],
    authors=["Tổ Ngoại ngữ"],
    summary="Kết quả khảo sát là cơ sở để tổ chuyên môn xây dựng kế hoạch phụ đạo và bồi dưỡng học sinh ngay từ đầu năm học.",
    sapo_outside=True,
    opts={"field": "Tổ Ngoại ngữ", "cover": (159, "tieng-anh-bia.jpg")},
)

S13 = Story(
    13,
    "ra-quan-ngay-chu-nhat-xanh-2026",
    "Ra quân “Ngày Chủ nhật xanh” làm sạch khuôn viên trường học",
    "tin-tuc-su-kien",
    "2026-10-05",
    [
        P("Sáng Chủ nhật ngày 04/10/2026, hơn 600 đoàn viên, đội viên và giáo viên Trường THCS Chu Văn An đã ra quân hưởng ứng “Ngày Chủ nhật xanh”."),
        P("Các lực lượng đã thu gom rác thải, phát quang bụi rậm, trồng mới 50 cây xanh và chăm sóc các bồn hoa quanh khuôn viên trường."),
        _img(110, "chu-nhat-xanh-%C4%91oan-vien.jpg", "Đoàn viên trồng cây xanh trong khuôn viên trường", "Đoàn viên trồng cây xanh trong khuôn viên trường"),
        P("Hoạt động góp phần nâng cao ý thức bảo vệ môi trường, xây dựng trường học xanh - sạch - đẹp - an toàn."),
        Raw("<em>Tin: H'Linh Niê (GV Tổ Sử - Địa)</em>"),
    ],
    authors=["H'Linh Niê"],
    summary="Hoạt động nằm trong chuỗi chương trình “Trường học xanh” của Liên đội năm học 2026-2027.",
    sapo_outside=True,
    opts={"field": "quantri", "nfd": True, "cover": (160, "chu-nhat-xanh-bia.jpg")},
)

STORIES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
BY_SLUG = {s.slug: s for s in STORIES}


# --- rendering helpers -----------------------------------------------------------------------


def dmy(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


def shown_day(story: Story) -> str:
    return story.opts.get("shown_day") or story.published_at  # type: ignore[return-value]


def utc_midnight(day: str) -> str:
    """The local midnight of ``day`` in UTC, as a Rails app with config.time_zone unset prints."""
    y, m, d = (int(x) for x in day.split("-"))
    # 00:00 +07:00 is 17:00Z the day before; months here never start on the 1st... except Dec 1
    if d > 1:
        return f"{y:04d}-{m:02d}-{d - 1:02d}T17:00:00Z"
    prev_days = {12: 30, 11: 31, 10: 30}[m]
    return f"{y:04d}-{m - 1:02d}-{prev_days:02d}T17:00:00Z"


def excerpt(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first[:157].rsplit(" ", 1)[0] + "…"


_BLOCK_TAGS = ("<div", "<h1", "<ul", "<ol", "<figure", "<blockquote", "<action")


def _figure(img: Img, in_gallery: bool = False) -> str:
    filename = img.src.rsplit("/", 1)[1]
    bid = int(hashlib.sha1(img.src.encode()).hexdigest()[:4], 16)
    size = "800x600" if in_gallery else "1024x768"
    if img.style in ("file", "galfile", "below"):
        name, _, human = (img.printed or "").partition(" ")
        if img.style == "below":
            name, human = filename, "965 KB"
        caption = (
            f'<span class="attachment__name">{esc(name)}</span> '
            f'<span class="attachment__size">{esc(human)}</span>'
        )
        trix_caption = ""
    else:
        caption = esc(img.printed or "")
        trix_caption = img.printed or ""
    attach = json.dumps(
        {"contentType": "image/jpeg", "filename": filename, "caption": trix_caption, "presentation": "gallery"},
        ensure_ascii=False,
    )
    return (
        f'<action-text-attachment sgid="BAh7CEkiCGdpZAY6BkVUSSI{bid:04x}" content-type="image/jpeg" '
        f'url="{esc(img.src)}" filename="{esc(filename)}" presentation="gallery" '
        f"data-trix-attachment=\"{esc(attach)}\">"
        f'<figure class="attachment attachment--preview attachment--jpg">'
        f'<img src="{esc(img.src)}" srcset="{esc(representation(bid, filename, size))} 1x" '
        f'width="{800 if in_gallery else 1024}" height="{600 if in_gallery else 683}" loading="lazy">'
        f'<figcaption class="attachment__caption">{caption}</figcaption></figure>'
        "</action-text-attachment>"
    )


def trix(story: Story) -> str:
    """The story's blocks as ActionText renders Trix content."""
    nfd = bool(story.opts.get("nfd"))

    def tx(value: str) -> str:
        out = text(value, nfd=nfd)
        return out.replace("  ", "&nbsp; ")

    out: list[str] = []
    group: list[tuple[str, str]] = []
    items: list[str] = []
    gallery: list[str] = []

    def flush() -> None:
        if group:
            out.append("<div>" + "".join(sep + frag for sep, frag in group).removeprefix("<br><br>") + "</div>")
            group.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()
        if gallery:
            out.append(f'<div class="attachment-gallery attachment-gallery--{len(gallery)}">' + "".join(gallery) + "</div>")
            gallery.clear()

    for block in story.blocks:
        if isinstance(block, P):
            if block.style == "li":
                if group or gallery:
                    saved = list(items)
                    items.clear()
                    flush()
                    items.extend(saved)
                items.append(tx(block.text))
                continue
            if items or gallery:
                flush()
            if block.style == "h":
                flush()
                out.append(f"<h1>{tx(block.text)}</h1>")
            elif block.style == "q":
                flush()
                out.append(f"<blockquote>{tx(block.text)}</blockquote>")
            elif block.style == "new":
                flush()
                group.append(("<br><br>", tx(block.text)))
            elif block.style == "b":
                group.append(("<br><br>", f"<strong>{tx(block.text)}</strong>"))
            elif block.style == BR1:
                group.append(("<br>", tx(block.text)))
            else:
                group.append(("<br><br>", tx(block.text)))
        elif isinstance(block, Img):
            if block.style in ("gal", "galfile"):
                if group or items:
                    saved_g = list(gallery)
                    gallery.clear()
                    flush()
                    gallery.extend(saved_g)
                gallery.append(_figure(block, in_gallery=True))
                continue
            flush()
            out.append(_figure(block))
            if block.style == "below":
                out.append(f"<div><em>{tx(block.caption or '')}</em></div>")
        else:
            markup = unicodedata.normalize("NFD", block.html) if nfd else block.html
            if block.html.startswith(_BLOCK_TAGS):
                flush()
                out.append(markup)
            else:
                if items or gallery:
                    flush()
                group.append(("<br><br>", markup))
    flush()
    return '<div class="trix-content">\n' + "\n".join(out) + "\n</div>"


# --- chrome ----------------------------------------------------------------------------------

ASSETS = (
    '<link rel="stylesheet" href="/assets/application-5f1c2a9e.css" data-turbo-track="reload">'
    '<script type="importmap" data-turbo-track="reload">{"imports":{"application":"/assets/application-0b8e.js",'
    '"@hotwired/turbo-rails":"/assets/turbo.min-3c8a.js"}}</script>'
    '<script type="module">import "application"</script>'
)


def _csrf(seed: str) -> str:
    return base64.b64encode(hashlib.sha256(seed.encode()).digest() * 2).decode()


def menu() -> str:
    cats = "".join(
        f'<li><a href="/bai-viet/danh-muc/{slug}" data-turbo-frame="_top">{esc(name)}</a></li>'
        for slug, name in CATEGORIES.items()
    )
    return f"""
<nav class="mnc" id="menu-chinh"><ul class="mnc-ul">
 <li><a href="/">Trang chủ</a></li>
 <li class="co-con"><a href="/gioi-thieu">Giới thiệu ▾</a>
  <ul class="mnc-con"><li><a href="/gioi-thieu">Giới thiệu chung</a></li><li><a href="/doi-ngu">Đội ngũ cán bộ, giáo viên</a></li></ul></li>
 <li class="co-con"><a href="/bai-viet">Bài viết ▾</a><ul class="mnc-con">{cats}</ul></li>
 <li><a href="/thu-vien-anh">Thư viện ảnh</a></li>
 <li><a href="/lien-he">Liên hệ</a></li>
</ul>
<form action="/tim-kiem" method="get" class="o-tim"><input type="text" name="q" placeholder="Tìm kiếm…"><button type="submit">🔍</button></form>
</nav>"""


def header() -> str:
    return f"""
<div class="thanh-tren"><span class="ngay-hom-nay">📅 {TODAY_LINE}</span>
<span class="hotline">Hotline: 0262 3 852 417</span>
<span class="mxh"><a href="https://www.facebook.com/thcschuvanan.bmt" target="_blank" rel="noopener">Facebook</a></span></div>
<header class="dau-trang">
 <a href="/" class="logo"><img src="/assets/logo-cva-2f9a.png" alt="Logo"></a>
 <div class="ten-truong"><div class="cq-chu-quan">UBND THÀNH PHỐ BUÔN MA THUỘT</div>
 <h1 class="ten">TRƯỜNG THCS CHU VĂN AN</h1>
 <div class="khau-hieu">Kỷ cương - Tình thương - Trách nhiệm</div></div>
</header>{menu()}"""


def sidebar() -> str:
    counts = {slug: sum(1 for s in STORIES if s.cat == slug) for slug in CATEGORIES}
    cats = "".join(
        f'<li><a href="/bai-viet/danh-muc/{slug}">{esc(name)}</a> <span class="sl">({counts[slug]})</span></li>'
        for slug, name in CATEGORIES.items()
    )
    most = sorted(STORIES, key=lambda s: -s.views())[:4]
    most_html = "".join(
        f'<li><a href="/bai-viet/{s.slug}">{esc(s.title)}</a> <small>{s.views()} lượt xem</small></li>' for s in most
    )
    return f"""
<aside class="cot-phai">
 <section class="kh-dm"><h3 class="kh-tieude">Danh mục</h3><ul>{cats}</ul></section>
 <section class="kh-xn"><h3 class="kh-tieude">Bài viết xem nhiều</h3><ol>{most_html}</ol></section>
 <section class="kh-lt"><h3 class="kh-tieude">Lưu trữ</h3><ul>
  <li><a href="/bai-viet/2026/12">Tháng 12/2026</a> (4)</li><li><a href="/bai-viet/2026/11">Tháng 11/2026</a> (5)</li></ul></section>
 <section class="kh-bc"><h3 class="kh-tieude">Thăm dò ý kiến</h3>
  <form action="/binh-chon" method="post"><input type="hidden" name="authenticity_token" value="{_csrf('poll')}">
  <p>Bạn đánh giá thế nào về website mới của trường?</p>
  <label><input type="radio" name="y_kien" value="1"> Rất hữu ích</label><br>
  <label><input type="radio" name="y_kien" value="2"> Hữu ích</label><br>
  <label><input type="radio" name="y_kien" value="3"> Cần cải thiện</label><br>
  <button type="submit">Bình chọn</button></form></section>
 <section class="kh-lk"><h3 class="kh-tieude">Liên kết website</h3><ul>
  <li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
  <li><a href="https://daklak.edu.vn" target="_blank">Sở GD&amp;ĐT Đắk Lắk</a></li>
  <li><a href="https://baodaklak.vn" target="_blank">Báo Đắk Lắk</a></li></ul></section>
 <section class="kh-tk"><h3 class="kh-tieude">Thống kê truy cập</h3>
  <table class="bang-tk"><tr><td>Đang online</td><td>27</td></tr><tr><td>Hôm nay</td><td>412</td></tr>
  <tr><td>Tổng truy cập</td><td>1.284.906</td></tr></table></section>
</aside>"""


def footer() -> str:
    return """
<footer class="chan-trang"><div class="ct-trai">
 <strong>TRƯỜNG THCS CHU VĂN AN - THÀNH PHỐ BUÔN MA THUỘT</strong><br>
 Địa chỉ: 54 Y Ngông, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk<br>
 Điện thoại: 0262 3 852 417 - Email: thcschuvanan.bmt@daklak.edu.vn</div>
 <div class="ct-phai">© 2026 Trường THCS Chu Văn An. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br>
 Thiết kế: <a href="https://minhkhoaweb.vn" target="_blank">Minh Khoa Web</a> · Chạy trên Spina CMS</div>
</footer>"""


def ticker() -> str:
    notes = [s for s in STORIES if s.cat == "thong-bao"]
    items = " ★ ".join(f'<a href="/bai-viet/{s.slug}">{esc(s.title)}</a>' for s in notes)
    return f'<div class="tb-chay"><span class="nhan">THÔNG BÁO:</span> <marquee scrollamount="4">{items}</marquee></div>'


def crumbs(parts: list[tuple[str, str | None]]) -> str:
    out = []
    for label, href in parts:
        out.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="dhd" id="breadcrumb">' + " › ".join(out) + "</div>"


def page(request: Request, title: str, main: str, head: str = "", with_sidebar: bool = True) -> Response:
    side = sidebar() if with_sidebar else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="{_csrf(request.path)}">
<meta name="turbo-prefetch" content="true">
{head}
{ASSETS}
</head>
<body class="spina-theme cva">
{header()}
{ticker()}
<div class="khung"><main class="cot-trai">{main}</main>{side}</div>
{footer()}
</body></html>"""
    return html(doc, headers={"X-Request-Id": hashlib.md5(request.target.encode()).hexdigest()})


# --- listings --------------------------------------------------------------------------------


def card(story: Story) -> str:
    cover = story.opts.get("cover") or (200 + story.id, f"bv-{story.id}.jpg")
    return f"""
<article class="the-bv" id="bai_viet_{story.id}">
 <a href="/bai-viet/{story.slug}" class="the-anh"><img src="{esc(representation(*cover))}" alt="" loading="lazy"></a>
 <div class="the-nd"><span class="the-dm">{esc(CATEGORIES[story.cat])}</span>
 <h3 class="the-td"><a href="/bai-viet/{story.slug}">{esc(story.title)}</a></h3>
 <div class="the-ngay">{dmy(shown_day(story))}</div>
 <div class="the-tt">{esc(excerpt(story))}</div></div>
</article>"""


def ordered() -> list[Story]:
    return sorted(STORIES, key=lambda s: (shown_day(s), s.id), reverse=True)


def list_page(request: Request) -> Response | None:
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    n = int(raw)
    stories = ordered()
    pages = (len(stories) + LIST_SIZE - 1) // LIST_SIZE
    if not 1 <= n <= pages:
        return None
    chunk = stories[(n - 1) * LIST_SIZE : n * LIST_SIZE]
    more = ""
    if n < pages:
        more = (
            f'<turbo-frame id="trang_{n + 1}" src="/bai-viet?page={n + 1}" loading="lazy" target="_top">'
            '<div class="dang-tai">Đang tải thêm bài viết…</div></turbo-frame>'
            f'<noscript><a href="/bai-viet?page={n + 1}" class="xem-them">Xem thêm bài viết</a></noscript>'
        )
    frame = f'<turbo-frame id="trang_{n}">' + "".join(card(s) for s in chunk) + more + "</turbo-frame>"
    if request.headers.get("Turbo-Frame"):
        return html(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>{frame}</body></html>")
    main = crumbs([("Trang chủ", "/"), ("Bài viết", None)]) + '<h2 class="tieu-de-trang">Tất cả bài viết</h2>' + frame
    return page(request, f"Bài viết{f' - Trang {n}' if n > 1 else ''} | {SITE_NAME}", main)


def pagy_nav(n: int, pages: int) -> str:
    if pages < 2:
        return ""
    parts = ['<nav class="pagy nav" aria-label="Trang">']
    parts.append(f'<a href="?page={n - 1}" aria-label="Trước">‹</a>' if n > 1 else '<a role="link" aria-disabled="true">‹</a>')
    for i in range(1, pages + 1):
        parts.append(f'<a role="link" aria-current="page" class="current">{i}</a>' if i == n else f'<a href="?page={i}">{i}</a>')
    parts.append(f'<a href="?page={n + 1}" aria-label="Sau">›</a>' if n < pages else '<a role="link" aria-disabled="true">›</a>')
    return "".join(parts) + "</nav>"


def category_page(request: Request, slug: str) -> Response | None:
    if slug not in CATEGORIES:
        return None
    raw = request.params.get("page", "1")
    if not raw.isdigit():
        return None
    n = int(raw)
    stories = [s for s in ordered() if s.cat == slug]
    pages = max(1, (len(stories) + CAT_SIZE - 1) // CAT_SIZE)
    if not 1 <= n <= pages:
        return None
    chunk = stories[(n - 1) * CAT_SIZE : n * CAT_SIZE]
    name = CATEGORIES[slug]
    main = (
        crumbs([("Trang chủ", "/"), ("Bài viết", "/bai-viet"), (name, None)])
        + f'<h2 class="tieu-de-trang dm-ten">{esc(name)}</h2>'
        + f'<div class="dm-ds">{"".join(card(s) for s in chunk)}</div>'
        + pagy_nav(n, pages)
    )
    return page(request, f"{name} | {SITE_NAME}", main)


def archive_page(request: Request, year: str, month: str) -> Response | None:
    stories = [s for s in ordered() if shown_day(s).startswith(f"{year}-{month}-")]
    if not stories or request.query:
        return None
    label = f"Tháng {int(month)}/{year}"
    main = (
        crumbs([("Trang chủ", "/"), ("Bài viết", "/bai-viet"), (f"Lưu trữ {label}", None)])
        + f'<h2 class="tieu-de-trang">Lưu trữ: {label}</h2>'
        + "".join(card(s) for s in stories)
    )
    return page(request, f"Lưu trữ {label} | {SITE_NAME}", main)


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in ordered() if q and q.lower() in s.title.lower()][:5]
    main = (
        crumbs([("Trang chủ", "/"), ("Tìm kiếm", None)])
        + f'<h2 class="tieu-de-trang">Kết quả tìm kiếm: “{esc(q)}”</h2>'
        + ("".join(card(s) for s in hits) if hits else "<p>Không tìm thấy bài viết phù hợp.</p>")
    )
    return page(request, f"Tìm kiếm | {SITE_NAME}", main)


def home(request: Request) -> Response:
    latest = ordered()
    slides = "".join(
        f'<div class="sl-muc"><a href="/bai-viet/{s.slug}"><img src="{esc(representation(*(s.opts.get("cover") or (200 + s.id, "x.jpg")), "1200x500"))}" alt="">'
        f'<span class="sl-td">{esc(s.title)}</span></a></div>'
        for s in latest[:3]
    )
    news = [s for s in latest if s.cat == "tin-tuc-su-kien"][:3]
    main = (
        f'<div class="slider" data-controller="slider">{slides}</div>'
        '<section class="khoi-tc"><h2 class="khoi-td"><a href="/bai-viet/danh-muc/tin-tuc-su-kien">Tin tức - Sự kiện</a></h2>'
        + "".join(card(s) for s in news)
        + '</section><section class="khoi-tc"><h2 class="khoi-td">Bài viết mới</h2>'
        + "".join(card(s) for s in latest[3:6])
        + '<p class="xem-tat-ca"><a href="/bai-viet">Xem tất cả bài viết »</a></p></section>'
    )
    head = '<meta name="description" content="Cổng thông tin điện tử Trường THCS Chu Văn An, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk">'
    return page(request, f"{SITE_NAME} - Buôn Ma Thuột", main, head)


# --- article ---------------------------------------------------------------------------------


def related(story: Story) -> list[Story]:
    same = [s for s in ordered() if s.cat == story.cat and s.id != story.id]
    return same[:2]


def article_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    canonical = f"{base}/bai-viet/{story.slug}"
    name = CATEGORIES[story.cat]
    day = shown_day(story)
    updated = story.opts.get("updated")
    cover = story.opts.get("cover")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": utc_midnight(day),
        "author": {"@type": "Person", "name": story.opts.get("field", "quantri")},
        "publisher": {"@type": "Organization", "name": SITE_NAME},
    }
    if updated:
        d, t = updated.split()
        dd, mm, yy = d.split("/")
        hh, mi = (int(x) for x in t.split(":"))
        ld["dateModified"] = f"{yy}-{mm}-{dd}T{hh - 7 if hh >= 7 else hh + 17:02d}:{mi:02d}:00Z"
    head = [
        f'<link rel="canonical" href="{esc(canonical)}">',
        f'<meta name="description" content="{esc(excerpt(story)[:160])}">',
        f'<meta property="og:title" content="{esc(story.title)} | THCS Chu Văn An">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{esc(canonical)}">',
        f'<meta property="article:published_time" content="{utc_midnight(day)}">',
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
    ]
    if cover:
        head.append(f'<meta property="og:image" content="{esc(base + blob(*cover))}">')
    title_html = esc(story.title)
    if story.id == 6:
        title_html = title_html.replace(" (20/11", "\n   (20/11").replace("Lễ kỷ niệm", "Lễ kỷ&nbsp; niệm")
    meta = [f'<span class="bv-tg">✍ {esc(story.opts.get("field", "quantri"))}</span>']
    meta.append(f'<span class="bv-ngay">Ngày đăng: <time datetime="{utc_midnight(day)}">{dmy(day)}</time></span>')
    if updated:
        meta.append(f'<span class="bv-cn">Cập nhật: {esc(updated)}</span>')
    meta.append(f'<span class="bv-lx">👁 {story.views()}</span>')
    teaser = ""
    if story.sapo_outside and story.summary:
        teaser = f'<div class="bv-tt"><strong>{text(story.summary, nfd=bool(story.opts.get("nfd")))}</strong></div>'
    rel = "".join(
        f'<li><a href="/bai-viet/{s.slug}?ref=lien-quan">{esc(s.title)}</a> <em>({dmy(shown_day(s))})</em></li>'
        for s in related(story)
    )
    others = [s for s in ordered() if s.id != story.id and s.cat != story.cat][:4]
    other_html = "".join(f'<li><a href="/bai-viet/{s.slug}">{esc(s.title)}</a></li>' for s in others)
    comments = story.opts.get("comments", [])
    cm_html = "".join(
        f'<div class="bl-muc" id="binh_luan_{story.id}_{i}"><div class="bl-ten"><b>{esc(who)}</b> · 2 ngày trước</div><p>{esc(what)}</p></div>'
        for i, (who, what) in enumerate(comments, 1)
    )
    main = f"""
{crumbs([("Trang chủ", "/"), ("Bài viết", "/bai-viet"), (name, f"/bai-viet/danh-muc/{story.cat}")])}
<article class="bv-ct" id="bai_viet_{story.id}" data-controller="bai-viet">
 <h1 class="bv-tieude">{title_html}</h1>
 <div class="bv-meta">{" · ".join(meta)}</div>
 {teaser}
 {trix(story)}
 <div class="bv-the">Từ khóa: <span class="the-tu">{esc(name)}</span> <span class="the-tu">THCS Chu Văn An</span></div>
 <div class="bv-cc">Chia sẻ:
  <a href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe='')}" target="_blank">Facebook</a>
  <a href="https://zalo.me/share?u={quote(canonical, safe='')}" target="_blank">Zalo</a>
  <a href="javascript:window.print()">🖨 In bài</a></div>
</article>
<section class="bv-lq"><h3>Tin liên quan</h3><ul>{rel}</ul></section>
<turbo-frame id="binh_luan_bai_viet_{story.id}"><section class="bv-bl"><h3>Ý kiến bạn đọc ({len(comments)})</h3>{cm_html}
 <form action="/bai-viet/{story.slug}/binh-luan" method="post" data-turbo-frame="binh_luan_bai_viet_{story.id}">
 <input type="hidden" name="authenticity_token" value="{_csrf(story.slug)}">
 <input type="text" name="binh_luan[ten]" placeholder="Họ tên"><textarea name="binh_luan[noi_dung]"></textarea>
 <button type="submit">Gửi ý kiến</button></form></section></turbo-frame>
<section class="bv-khac"><h3>Các bài viết khác</h3><ul>{other_html}</ul></section>"""
    return page(request, f"{story.title} | {SITE_NAME}", main, "\n".join(head))


# --- Spina pages (not articles) --------------------------------------------------------------


def info_page(request: Request, key: str) -> Response:
    titles = {
        "gioi-thieu": "Giới thiệu chung",
        "doi-ngu": "Đội ngũ cán bộ, giáo viên",
        "lien-he": "Liên hệ",
        "thu-vien-anh": "Thư viện ảnh",
    }
    bodies = {
        "gioi-thieu": (
            "<div>Trường THCS Chu Văn An được thành lập năm 1992, tọa lạc tại trung tâm thành phố Buôn Ma Thuột."
            "<br><br>Năm học 2026-2027, trường có 32 lớp với 1.412 học sinh, 78 cán bộ, giáo viên, nhân viên."
            "<br><br>Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</div>"
        ),
        "doi-ngu": (
            "<table class=\"bang-dn\"><tr><th>Họ và tên</th><th>Chức vụ</th></tr>"
            "<tr><td>Lê Văn Hùng</td><td>Hiệu trưởng</td></tr>"
            "<tr><td>Nguyễn Thị Hồng Nhung</td><td>Phó Hiệu trưởng</td></tr>"
            "<tr><td>Đặng Văn Quang</td><td>Phó Hiệu trưởng</td></tr></table>"
        ),
        "lien-he": (
            "<div>Địa chỉ: 54 Y Ngông, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk<br>Điện thoại: 0262 3 852 417</div>"
            f'<form action="/lien-he" method="post"><input type="hidden" name="authenticity_token" value="{_csrf("lh")}">'
            '<input name="lien_he[ten]"><input name="lien_he[email]"><textarea name="lien_he[noi_dung]"></textarea>'
            "<button>Gửi</button></form>"
        ),
        "thu-vien-anh": '<div class="album">'
        + "".join(
            f'<a href="{esc(blob(300 + i, f"album-{i}.jpg"))}" data-lightbox="album"><img src="{esc(representation(300 + i, f"album-{i}.jpg", "300x200"))}" alt="Ảnh {i}"></a>'
            for i in range(1, 7)
        )
        + "</div>",
    }
    title = titles[key]
    main = (
        crumbs([("Trang chủ", "/"), (title, None)])
        + f'<div class="spina-page"><h2 class="tieu-de-trang">{esc(title)}</h2>{bodies[key]}</div>'
    )
    return page(request, f"{title} | {SITE_NAME}", main)


# --- routing ---------------------------------------------------------------------------------

_ARCHIVE = re.compile(r"^/bai-viet/(\d{4})/(\d{2})$")
_CATEGORY = re.compile(r"^/bai-viet/danh-muc/([a-z0-9-]+)$")
_ARTICLE = re.compile(r"^/bai-viet/([a-z0-9-]+)$")
_BLOB = re.compile(r"^/rails/active_storage/(blobs|representations)/redirect/([\w=-]+--[0-9a-f]+)/(?:[\w=-]+--[0-9a-f]+/)?([^/]+)$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            if path in ("/binh-chon", "/lien-he") or (path.startswith("/bai-viet/") and path.endswith("/binh-luan")):
                return redirect(path.removesuffix("/binh-luan") if path != "/binh-chon" else "/", 303)
            return None
        if path.startswith("/rails/active_storage/"):
            m = _BLOB.match(path)
            if m:
                key = hashlib.sha1(m.group(2).encode()).hexdigest()[:28]
                return redirect(f"/rails/active_storage/disk/{key}/{m.group(3)}?content_type=image%2Fjpeg&disposition=inline")
            if path.startswith("/rails/active_storage/disk/"):
                return static_file(path)
            return None
        if path.startswith("/assets/") or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request) if not request.query else None
        if path == "/bai-viet":
            return list_page(request)
        if path == "/tim-kiem":
            return search_page(request)
        if path in ("/gioi-thieu", "/doi-ngu", "/lien-he", "/thu-vien-anh") and not request.query:
            return info_page(request, path[1:])
        if m := _ARCHIVE.match(path):
            return archive_page(request, m.group(1), m.group(2))
        if m := _CATEGORY.match(path):
            return category_page(request, m.group(1))
        if m := _ARTICLE.match(path):
            slug = m.group(1)
            if slug == OLD_SLUG:
                return redirect(f"/bai-viet/{S6.slug}", 301)
            story = BY_SLUG.get(slug)
            if story is None or request.params.keys() - {"ref"}:
                return None
            return article_page(request, story)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [f"/bai-viet/{story.slug}?ref=lien-quan"]
    if story is S6:
        alts.append(f"/bai-viet/{OLD_SLUG}")
    return alts


GOLD = [
    gold_record(s, f"/bai-viet/{s.slug}", CATEGORIES[s.cat], alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu", "/doi-ngu", "/lien-he", "/thu-vien-anh"]
